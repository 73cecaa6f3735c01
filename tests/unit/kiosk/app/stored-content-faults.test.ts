import { describe, expect, it } from 'vitest';
import { checkLogLine, watchForEviction } from '../../../../src/kiosk/app/stored-content-faults.ts';
import type { VersionCheck } from '../../../../src/kiosk/storage/check-active-version.ts';
import { writeMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';
import { createTestDb } from '../storage/test-db.ts';

const whole: VersionCheck = {
  version: 3,
  lostVersion: null,
  objects: 40,
  hashedObjects: 40,
  hashedBytes: 1000,
  problems: [],
  screensBlocked: false,
};

describe('checkLogLine', () => {
  it('writes nothing for a whole version', () => {
    expect(checkLogLine(whole)).toBeNull();
  });

  it('names the objects that failed and their codes, and says when the screens wait for them', () => {
    const line = checkLogLine({
      ...whole,
      problems: [
        { name: 'exhibit', sha256: 'a'.repeat(64), role: 'exhibit', code: 'object-hash' },
        { name: 'files/t01.ogg', sha256: 'b'.repeat(64), role: 'media', code: 'stored-content-missing' },
      ],
      screensBlocked: true,
    });
    expect(line).toMatchObject({ level: 'warn', code: 'stored-content-damaged' });
    expect(line?.message).toContain('exhibit (object-hash), files/t01.ogg (missing)');
    expect(line?.message).toContain('being prepared');
  });

  it('counts the objects beyond the first five', () => {
    const problems = Array.from({ length: 8 }, (_, i) => ({
      name: `names shard ${i}`,
      sha256: String(i).repeat(64),
      role: 'names' as const,
      code: 'object-hash',
    }));
    expect(checkLogLine({ ...whole, problems })?.message).toMatch(/names shard 4 \(object-hash\) and 3 more$/);
  });

  it('says when the active version itself was lost', () => {
    expect(checkLogLine({ ...whole, version: null, lostVersion: 3 })).toMatchObject({ code: 'stored-content-damaged' });
  });
});

describe('watchForEviction', () => {
  function watched(shown: number | null) {
    const { db } = createTestDb();
    const lines: LogLine[] = [];
    const state = { shown, evictions: 0 };
    const watch = watchForEviction(db, {
      shownVersion: () => state.shown,
      log: async (line) => void lines.push(line),
      onEvicted: () => {
        state.evictions++;
        state.shown = null;
      },
    });
    return { db, lines, state, watch };
  }

  it('does nothing while the store still holds the version on screen', async () => {
    const { db, lines, state, watch } = watched(3);
    await writeMeta(db, 'activeVersion', 3);
    expect(await watch.check()).toBe(false);
    expect(state.evictions).toBe(0);
    expect(lines).toEqual([]);
  });

  it('does nothing before anything was shown: a first install is not an eviction', async () => {
    const { state, watch } = watched(null);
    expect(await watch.check()).toBe(false);
    expect(state.evictions).toBe(0);
  });

  it('logs and reports once the store has lost what is on screen, once for two checks at a time', async () => {
    const { lines, state, watch } = watched(3);
    const [first, second] = await Promise.all([watch.check(), watch.check()]);
    expect([first, second]).toEqual([true, true]);
    expect(state.evictions).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', code: 'storage-evicted' })]);
    expect(await watch.check()).toBe(false);
  });

  it('notices an eviction again after the content came back', async () => {
    const { db, state, watch } = watched(3);
    await watch.check();
    state.shown = 3;
    await writeMeta(db, 'activeVersion', 3);
    expect(await watch.check()).toBe(false);
    await db.meta.clear();
    expect(await watch.check()).toBe(true);
    expect(state.evictions).toBe(2);
  });
});
