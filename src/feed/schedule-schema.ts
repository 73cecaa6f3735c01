// kiosk-config `schedule` (docs/design.md §6.2): the days and hours when the kiosk shows
// something other than the exhibit. Wall-clock times in the kiosk's `timeZone`, checked here so
// a typo is told at start-up, not on the morning of 31 May. No DOM; shared by kiosk and CLI.

import { z } from 'zod';

/** "MM-DD" every year, or "YYYY-MM-DD" once. */
const LOCAL_DATE = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/;
/** "HH:MM", 00:00 to 24:00 (24:00 is the end of the day). */
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/** Days in each month of a leap year: 29 February is a real month-day, once in four years. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [match[1], Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  if (year === undefined) return day <= DAYS_IN_MONTH[month - 1]!;
  return day <= new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
}

/** Minutes since local midnight of "HH:MM", or NaN when it is not a time. */
export function minutesOfTime(text: string): number {
  const match = LOCAL_TIME.exec(text);
  if (!match) return Number.NaN;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours * 60 + minutes > 24 * 60) return Number.NaN;
  return hours * 60 + minutes;
}

const localDate = z.string().refine(isLocalDate, 'expected "MM-DD" (every year) or "YYYY-MM-DD" (once)');
const localTime = z.string().refine((text) => !Number.isNaN(minutesOfTime(text)), 'expected "HH:MM", 00:00 to 24:00');
/** A minute that starts something (a minute of silence, the watchdog's nightly reload): 24:00 would be the next day's 00:00, so name that instead. */
export const startMinute = localTime.refine((text) => minutesOfTime(text) < 24 * 60, 'expected "HH:MM", 00:00 to 23:59');

/** Later than `from` on the same day: a window never runs past midnight (give two days instead). */
function laterThan(from: string, to: string): boolean {
  return minutesOfTime(to) > minutesOfTime(from);
}

const remembranceDaySchema = z
  .object({ date: localDate, from: localTime.optional(), to: localTime.optional() })
  .strict()
  .superRefine((day, ctx) => {
    if ((day.from === undefined) !== (day.to === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [day.from === undefined ? 'from' : 'to'],
        message: 'give both from and to, or neither',
      });
    else if (day.from !== undefined && day.to !== undefined && !laterThan(day.from, day.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from' });
  });

const silenceSchema = z.object({ date: localDate, time: startMinute }).strict();

const openHoursSchema = z
  .object({ opens: localTime, closes: localTime })
  .strict()
  .refine((hours) => laterThan(hours.opens, hours.closes), { path: ['closes'], message: 'must be later than opens' });

const dayHoursSchema = z.union([z.literal('closed'), openHoursSchema]);

/** Every weekday named: a day left out by mistake must not darken the kiosk unseen. */
const openingHoursSchema = z
  .object({
    mon: dayHoursSchema,
    tue: dayHoursSchema,
    wed: dayHoursSchema,
    thu: dayHoursSchema,
    fri: dayHoursSchema,
    sat: dayHoursSchema,
    sun: dayHoursSchema,
  })
  .strict();

/** docs/design.md §6.2 defaults: Remembrance all day on 31 May, a minute of silence at 12:00 that day, never closed. */
export const DEFAULT_REMEMBRANCE = [{ date: '05-31' }];
export const DEFAULT_SILENCE = [{ date: '05-31', time: '12:00' }];

export const scheduleSchema = z
  .object({
    /** The days of the names display: all day, or between `from` and `to`. */
    remembrance: z.array(remembranceDaySchema).default(DEFAULT_REMEMBRANCE),
    /** Each starts a minute of silence at `time` on `date`. */
    silence: z.array(silenceSchema).default(DEFAULT_SILENCE),
    /** When the museum is open, per weekday; outside them the kiosk shows its closed screen. None: always open. */
    openingHours: openingHoursSchema.optional(),
  })
  .strict();

export type Schedule = z.output<typeof scheduleSchema>;
export type RemembranceDay = Schedule['remembrance'][number];
export type SilenceTime = Schedule['silence'][number];
export type OpeningHours = NonNullable<Schedule['openingHours']>;
export type OpenHours = Exclude<OpeningHours[Weekday], 'closed'>;

/** Whether the runtime's time zone data knows `name` (Intl throws a RangeError for one it does not). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
