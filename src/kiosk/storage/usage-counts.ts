// Usage counts per local day (docs/design.md §6.2): visits, searches, records opened and
// testimonies played, counted by the screens through `countUsage` and read by the technician
// panel. Counts only; nothing a visitor typed or chose is stored. No DOM.

import type { EskeDb, UsageDay, UsageKind } from './eske-db.ts';

export type { UsageDay, UsageKind } from './eske-db.ts';

export const USAGE_KINDS: readonly UsageKind[] = ['visit', 'search', 'record', 'testimony'];

/** A year and a bit, so last year's Remembrance Day can be compared; a row is a few dozen bytes. */
export const MAX_USAGE_DAYS = 400;

/** `YYYY-MM-DD` of the instant `at` in `timeZone` (an IANA name, e.g. `Asia/Almaty`). */
export function localDay(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    at,
  );
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function emptyDay(day: string): UsageDay {
  return { day, visit: 0, search: 0, record: 0, testimony: 0 };
}

/** Adds one to `kind` on `day`; the first count of a new day drops days beyond MAX_USAGE_DAYS. */
export async function addUsage(db: EskeDb, day: string, kind: UsageKind): Promise<void> {
  await db.transaction('rw', db.usage, async () => {
    const row = await db.usage.get(day);
    if (row) {
      await db.usage.put({ ...row, [kind]: row[kind] + 1 });
      return;
    }
    await db.usage.put({ ...emptyDay(day), [kind]: 1 });
    const excess = (await db.usage.count()) - MAX_USAGE_DAYS;
    if (excess > 0) await db.usage.bulkDelete(await db.usage.orderBy('day').limit(excess).primaryKeys());
  });
}

/** The newest `limit` days that have any count, newest first. */
export async function readUsage(db: EskeDb, limit: number = MAX_USAGE_DAYS): Promise<UsageDay[]> {
  return db.usage.orderBy('day').reverse().limit(limit).toArray();
}

export interface UsageCounterDependencies {
  db: EskeDb;
  /** The kiosk-config's time zone: a day is the museum's day, not UTC's. */
  timeZone: string;
  now?: () => number;
  /** A count that could not be stored is reported, never thrown at a visitor's screen. */
  onError: (error: unknown) => void;
}

class UsageCounter {
  #dependencies: UsageCounterDependencies | null = null;

  connect(dependencies: UsageCounterDependencies): void {
    this.#dependencies = dependencies;
  }

  /** Resolves once stored (or reported); counts before start-up connected the store are dropped. */
  async count(kind: UsageKind): Promise<void> {
    const dependencies = this.#dependencies;
    if (!dependencies) return;
    try {
      await addUsage(dependencies.db, localDay((dependencies.now ?? Date.now)(), dependencies.timeZone), kind);
    } catch (error) {
      dependencies.onError(error);
    }
  }
}

export const usageCounter = new UsageCounter();

/** What the screens call: one more visit, search, record opened or testimony played today. */
export function countUsage(kind: UsageKind): Promise<void> {
  return usageCounter.count(kind);
}
