import { describe, expect, it } from 'vitest';
import { WATCHDOG_DEFAULTS, watchdogSchema } from '../../../src/feed/watchdog-schema.ts';

describe('watchdogSchema', () => {
  it('gives every part its default when the setting is left out or partly given', () => {
    expect(watchdogSchema.parse({})).toEqual(WATCHDOG_DEFAULTS);
    expect(watchdogSchema.parse({ stallSeconds: 60 })).toEqual({ ...WATCHDOG_DEFAULTS, stallSeconds: 60 });
  });

  it('turns a trigger off with null', () => {
    const settings = watchdogSchema.parse({ nightlyReloadAt: null, stallSeconds: null, errorLimit: null, memoryLimitMB: null });
    expect(settings).toMatchObject({ nightlyReloadAt: null, stallSeconds: null, errorLimit: null, memoryLimitMB: null });
  });

  it('refuses 24:00 for the nightly reload, which would be the next day', () => {
    const result = watchdogSchema.safeParse({ nightlyReloadAt: '24:00' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['nightlyReloadAt']]);
  });

  it('refuses a stall threshold shorter than the timer ticks can tell apart from load', () => {
    expect(watchdogSchema.safeParse({ stallSeconds: 2 }).error?.issues[0]?.code).toBe('too_small');
  });

  it('refuses a key it does not know', () => {
    expect(watchdogSchema.safeParse({ nightlyReload: '04:00' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
