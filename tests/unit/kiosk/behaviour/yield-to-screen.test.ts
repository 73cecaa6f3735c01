import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToScreen } from '../../../../src/kiosk/behaviour/yield-to-screen.ts';

const global = globalThis as { scheduler?: unknown };

describe('yieldToScreen', () => {
  afterEach(() => {
    delete global.scheduler;
  });

  it("uses the browser's scheduler.yield where there is one", async () => {
    let yielded = 0;
    global.scheduler = { yield: () => Promise.resolve(void yielded++) };
    await yieldToScreen();
    expect(yielded).toBe(1);
  });

  it('does without timers where there is none, which a hidden page would throttle', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    try {
      await expect(yieldToScreen()).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
