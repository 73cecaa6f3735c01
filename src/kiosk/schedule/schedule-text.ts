// The schedule in words, in the kiosk's time zone: the week's opening hours and the next opening
// for the closed screen, a moment for the technician's line. Own weekday tables, not Intl, as in
// format-date.ts: a kiosk's browser may lack Kazakh locale data. No DOM.

import type { Language } from '../../feed/languages.ts';
import { WEEKDAYS, type OpeningHours, type Weekday } from '../../feed/schedule-schema.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { ScheduledMode } from './evaluate-schedule.ts';
import { localTimeAt } from './zoned-time.ts';

const WEEKDAY_NAMES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export interface OpeningDay {
  day: Weekday;
  name: string;
  /** "10:00–18:00", or the word for closed. */
  hours: string;
}

export function openingWeek(hours: OpeningHours, lang: Language, t: Pick<UiStrings, 'closedAllDay'>): OpeningDay[] {
  return WEEKDAYS.map((day, at) => {
    const entry = hours[day];
    return { day, name: WEEKDAY_NAMES[lang][at]!, hours: entry === 'closed' ? t.closedAllDay : `${entry.opens}–${entry.closes}` };
  });
}

/** "Opens tomorrow at 10:00", "Opens Tuesday at 10:00": when a closed kiosk opens again. */
export function nextOpeningText(
  nowMs: number,
  opensAtMs: number,
  timeZone: string,
  lang: Language,
  t: Pick<UiStrings, 'closedOpens' | 'closedToday' | 'closedTomorrow'>,
): string {
  const [now, opens] = [localTimeAt(nowMs, timeZone), localTimeAt(opensAtMs, timeZone)];
  const daysApart = Math.round(
    (Date.UTC(opens.year, opens.month - 1, opens.day) - Date.UTC(now.year, now.month - 1, now.day)) / 86_400_000,
  );
  const day = daysApart === 0 ? t.closedToday : daysApart === 1 ? t.closedTomorrow : WEEKDAY_NAMES[lang][opens.weekday]!;
  return t.closedOpens(day, clock(opens.minutes));
}

/** `2027-05-31 00:00` on the kiosk's clock, for the technician. */
export function formatLocalMinute(atMs: number, timeZone: string): string {
  const local = localTimeAt(atMs, timeZone);
  return `${local.year}-${pad(local.month)}-${pad(local.day)} ${clock(local.minutes)}`;
}

export function modeName(mode: ScheduledMode, t: UiStrings): string {
  const names: Record<ScheduledMode, string> = {
    open: t.scheduleModeOpen,
    remembrance: t.scheduleModeRemembrance,
    silence: t.scheduleModeSilence,
    closed: t.scheduleModeClosed,
  };
  return names[mode];
}
