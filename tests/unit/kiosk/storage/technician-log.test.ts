import { describe, expect, it } from 'vitest';
import { appendLog, MAX_LOG_ENTRIES, readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { createTestDb } from './test-db.ts';

describe('appendLog', () => {
  it('keeps only the newest entries', async () => {
    const { db } = createTestDb();
    for (let i = 0; i < MAX_LOG_ENTRIES + 20; i++) await appendLog(db, i, { level: 'info', message: `line ${i}` });
    const log = await readLog(db);
    expect(log).toHaveLength(MAX_LOG_ENTRIES);
    expect(log[0]?.message).toBe(`line ${MAX_LOG_ENTRIES + 19}`);
    expect(log.at(-1)?.message).toBe('line 20');
  });

  it('counts a repeated line instead of adding it again', async () => {
    const { db } = createTestDb();
    const offline = { level: 'warn', code: 'network', message: 'manifest.json: no response' } as const;
    await appendLog(db, 1, offline);
    await appendLog(db, 2, offline);
    await appendLog(db, 3, { ...offline, level: 'error' });
    await appendLog(db, 4, offline);
    expect((await readLog(db)).map(({ at, level, count }) => [at, level, count])).toEqual([
      [4, 'warn', 1],
      [3, 'error', 1],
      [2, 'warn', 2],
    ]);
  });
});

describe('readLog', () => {
  it('returns at most `limit` entries, newest first', async () => {
    const { db } = createTestDb();
    for (let i = 0; i < 5; i++) await appendLog(db, i, { level: 'info', message: `line ${i}` });
    expect((await readLog(db, 2)).map((entry) => entry.message)).toEqual(['line 4', 'line 3']);
  });
});
