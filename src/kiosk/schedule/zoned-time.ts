// Wall-clock time in a named time zone, both ways, with Intl only (the kiosk ships no tz data of
// its own: the browser's is updated with it). Instants are ms since the epoch. No DOM.

export interface LocalTime {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
  /** 0 Monday to 6 Sunday, the order of WEEKDAYS. */
  weekday: number;
  /** Minutes since local midnight, 0 to 1439. */
  minutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-US with h23 gives plain digits and a 0–23 hour in every runtime.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function localTimeAt(instantMs: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instantMs))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  // getUTCDay counts from Sunday; the schedule's weeks start on Monday.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month, day, weekday, minutes: hour * 60 + minute };
}

/** The local wall time read as if it were UTC: the instant plus the zone's offset at that instant. */
function wallAsUtc(instantMs: number, timeZone: string): number {
  const local = localTimeAt(instantMs, timeZone);
  return Date.UTC(local.year, local.month - 1, local.day) + local.minutes * MINUTE_MS;
}

/**
 * The first instant (to the minute) at which the zone's clock reads the local date and minutes
 * or later: the instant itself for an ordinary time, the earlier of two in an hour the clock goes
 * through twice (autumn), and the moment the clock jumps past it for one it skips (spring).
 * `minutes` may be 1440, the next midnight. Days overflow as in Date.UTC.
 */
export function instantOfLocal(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  // The zone's offsets a day before and a day after: one offset all along, or the two either side
  // of the day's change (no zone changes twice in two days).
  const offsetOf = (instantMs: number) => wallAsUtc(instantMs, timeZone) - instantMs;
  const guesses = [wall - offsetOf(wall - DAY_MS), wall - offsetOf(wall + DAY_MS)].sort((a, b) => a - b);
  const [early, late] = guesses as [number, number];
  if (wallAsUtc(early, timeZone) === wall) return early;
  if (wallAsUtc(late, timeZone) === wall) return late;
  // A skipped time: search, to the minute, the gap between the two guesses for the jump.
  let [low, high] = [early, late];
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallAsUtc(middle, timeZone) >= wall) high = middle;
    else low = middle;
  }
  return high;
}
