import { describe, expect, it } from 'vitest';
import {
  addUsage,
  countUsage,
  localDay,
  MAX_USAGE_DAYS,
  readUsage,
  usageCounter,
} from '../../../../src/kiosk/storage/usage-counts.ts';
import { createTestDb } from './test-db.ts';

describe('localDay', () => {
  it('is the day in the kiosk time zone, not in UTC', () => {
    // 19:30 UTC on 30 May is 00:30 on 31 May in Almaty (UTC+5).
    const at = Date.UTC(2026, 4, 30, 19, 30);
    expect(localDay(at, 'Asia/Almaty')).toBe('2026-05-31');
    expect(localDay(at, 'UTC')).toBe('2026-05-30');
  });
});

describe('addUsage', () => {
  it('counts each kind per day', async () => {
    const { db } = createTestDb();
    await addUsage(db, '2026-05-30', 'visit');
    await addUsage(db, '2026-05-31', 'visit');
    await addUsage(db, '2026-05-31', 'visit');
    await addUsage(db, '2026-05-31', 'testimony');
    expect(await readUsage(db)).toEqual([
      { day: '2026-05-31', visit: 2, search: 0, record: 0, testimony: 1 },
      { day: '2026-05-30', visit: 1, search: 0, record: 0, testimony: 0 },
    ]);
  });

  it('loses no count when many arrive at once', async () => {
    const { db } = createTestDb();
    await Promise.all(Array.from({ length: 50 }, () => addUsage(db, '2026-05-31', 'search')));
    expect((await readUsage(db))[0]?.search).toBe(50);
  });

  it('keeps only the newest days', async () => {
    const { db } = createTestDb();
    const day = (i: number): string => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    for (let i = 0; i < MAX_USAGE_DAYS + 3; i++) await addUsage(db, day(i), 'visit');
    const days = await readUsage(db);
    expect(days).toHaveLength(MAX_USAGE_DAYS);
    expect(days[0]?.day).toBe(day(MAX_USAGE_DAYS + 2));
    expect(days.at(-1)?.day).toBe(day(3));
  });
});

describe('countUsage', () => {
  it('stores under the local day of the connected clock', async () => {
    const { db } = createTestDb();
    usageCounter.connect({ db, timeZone: 'Asia/Almaty', now: () => Date.UTC(2026, 4, 30, 19, 30), onError: () => {} });
    await countUsage('record');
    expect(await readUsage(db)).toEqual([{ day: '2026-05-31', visit: 0, search: 0, record: 1, testimony: 0 }]);
  });

  it('reports a failed write instead of throwing', async () => {
    const { db, failWrites } = createTestDb();
    const errors: unknown[] = [];
    usageCounter.connect({ db, timeZone: 'UTC', onError: (error) => errors.push(error) });
    failWrites((table) => table === 'usage');
    await expect(countUsage('visit')).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
