// The kiosk-config schedule as a function of time (docs/design.md §6.2): which mode an instant is
// in, in the kiosk's time zone, and when that next changes. Pure: the instant comes in as an
// argument, so tests set any date and zone. No DOM.
//
// Precedence, highest first: a minute of silence (it is for everyone in the room, whatever runs),
// Remembrance (a museum that names a day wants its names shown, even outside opening hours; give
// the day `from` and `to` to keep it dark at night), closed, open.

import { WEEKDAYS, minutesOfTime, type Schedule } from '../../feed/schedule-schema.ts';
import { instantOfLocal, localTimeAt, type LocalTime } from './zoned-time.ts';

export const SCHEDULED_MODES = ['open', 'remembrance', 'silence', 'closed'] as const;
export type ScheduledMode = (typeof SCHEDULED_MODES)[number];

export interface ModeChange {
  mode: ScheduledMode;
  /** ms since the epoch */
  at: number;
}

export interface ScheduleState {
  mode: ScheduledMode;
  /** The next change of mode, or null when the schedule has none ahead (nothing scheduled). */
  next: ModeChange | null;
}

/** A minute of silence is one minute, from the minute it is set at. */
const SILENCE_MINUTES = 1;
const DAY_MINUTES = 24 * 60;
/** Weekly opening hours change within 8 days; a dated entry is looked for this many years ahead (29 February). */
const OPENING_DAYS_AHEAD = 8;
const YEARS_AHEAD = 8;

export function evaluateSchedule(instantMs: number, timeZone: string, schedule: Schedule): ScheduleState {
  const mode = modeAt(localTimeAt(instantMs, timeZone), schedule);
  for (const at of boundariesAfter(instantMs, timeZone, schedule)) {
    const then = modeAt(localTimeAt(at, timeZone), schedule);
    if (then !== mode) return { mode, next: { mode: then, at } };
  }
  return { mode, next: null };
}

export function modeAt(local: LocalTime, schedule: Schedule): ScheduledMode {
  const today = (date: string) => isOnDate(date, local);
  if (schedule.silence.some(({ date, time }) => today(date) && within(local.minutes, minutesOfTime(time), SILENCE_MINUTES)))
    return 'silence';
  const remembrance = schedule.remembrance.some(
    ({ date, from, to }) =>
      today(date) &&
      (from === undefined || to === undefined || (local.minutes >= minutesOfTime(from) && local.minutes < minutesOfTime(to))),
  );
  if (remembrance) return 'remembrance';
  const hours = schedule.openingHours?.[WEEKDAYS[local.weekday]!];
  if (hours === undefined) return 'open';
  if (hours === 'closed') return 'closed';
  return local.minutes >= minutesOfTime(hours.opens) && local.minutes < minutesOfTime(hours.closes) ? 'open' : 'closed';
}

function within(minutes: number, start: number, length: number): boolean {
  return minutes >= start && minutes < start + length;
}

/** "05-31" every year, "2027-05-31" on that day only. */
function isOnDate(date: string, local: Pick<LocalTime, 'year' | 'month' | 'day'>): boolean {
  const [yearOrMonth, ...rest] = date.split('-').map(Number);
  if (rest.length === 1) return yearOrMonth === local.month && rest[0] === local.day;
  return yearOrMonth === local.year && rest[0] === local.month && rest[1] === local.day;
}

interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/**
 * Every instant after `instantMs`, in order, at which the mode may change: the local midnights,
 * windows and minutes of the days that have something scheduled. The mode can change nowhere else.
 */
function boundariesAfter(instantMs: number, timeZone: string, schedule: Schedule): number[] {
  const now = localTimeAt(instantMs, timeZone);
  const days = new Map<string, { day: LocalDay; minutes: Set<number> }>();
  const add = (day: LocalDay, minutes: readonly number[]) => {
    // Normalised through Date.UTC, so 32 May is 1 June.
    const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
    const key = date.toISOString().slice(0, 10);
    const normal = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    const entry = days.get(key) ?? { day: normal, minutes: new Set<number>([0, DAY_MINUTES]) };
    for (const minute of minutes) entry.minutes.add(minute);
    days.set(key, entry);
  };
  const dated = [
    ...schedule.remembrance.map(({ date, from, to }) => ({
      date,
      minutes: from === undefined || to === undefined ? [] : [minutesOfTime(from), minutesOfTime(to)],
    })),
    ...schedule.silence.map(({ date, time }) => ({
      date,
      minutes: [minutesOfTime(time), minutesOfTime(time) + SILENCE_MINUTES],
    })),
  ];
  for (const { date, minutes } of dated) {
    for (const day of occurrences(date, now)) add(day, minutes);
  }
  const openingHours = schedule.openingHours;
  if (openingHours) {
    for (let offset = 0; offset <= OPENING_DAYS_AHEAD; offset++) {
      const day = { year: now.year, month: now.month, day: now.day + offset };
      const weekday = WEEKDAYS[(now.weekday + offset) % 7]!;
      const hours = openingHours[weekday];
      add(day, hours === 'closed' ? [] : [minutesOfTime(hours.opens), minutesOfTime(hours.closes)]);
    }
  }
  const instants = new Set<number>();
  for (const { day, minutes } of days.values()) {
    for (const minute of minutes) {
      const at = instantOfLocal(day.year, day.month, day.day, minute, timeZone);
      if (at > instantMs) instants.add(at);
    }
  }
  return [...instants].sort((a, b) => a - b);
}

/** The days a dated entry falls on from today on: the one day, or the month-day in each coming year. */
function occurrences(date: string, today: LocalDay): LocalDay[] {
  const parts = date.split('-').map(Number);
  if (parts.length === 3) {
    const [year, month, day] = parts as [number, number, number];
    return isBefore({ year, month, day }, today) ? [] : [{ year, month, day }];
  }
  const [month, day] = parts as [number, number];
  const found: LocalDay[] = [];
  for (let year = today.year; year <= today.year + YEARS_AHEAD; year++) {
    const candidate = { year, month, day };
    // 29 February only in a leap year: Date.UTC would roll it to 1 March.
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || isBefore(candidate, today)) continue;
    found.push(candidate);
  }
  return found;
}

function isBefore(a: LocalDay, b: LocalDay): boolean {
  return a.year * 10_000 + a.month * 100 + a.day < b.year * 10_000 + b.month * 100 + b.day;
}
