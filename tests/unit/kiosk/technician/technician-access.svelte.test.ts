import { beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../../src/feed/pin-hash.ts';
import { PIN_ATTEMPTS_BEFORE_LOCK, type PinLockState } from '../../../../src/kiosk/behaviour/pin-entry.ts';
import { technicianAccess, type PinLockMemory } from '../../../../src/kiosk/technician/technician-access.svelte.ts';

let unlocked = 0;

beforeEach(() => {
  unlocked = 0;
  technicianAccess.configure({ pin: '2468' }, () => (unlocked += 1));
  technicianAccess.close();
});

function openPrompt(startMs = 0): void {
  for (let tap = 0; tap < 5; tap++) technicianAccess.cornerTap(startMs + tap * 100);
}

async function type(digits: string, nowMs: number): Promise<void> {
  for (const digit of digits) await technicianAccess.press(digit, nowMs);
}

describe('technicianAccess', () => {
  it('opens the PIN prompt after five quick corner taps', () => {
    for (let tap = 0; tap < 4; tap++) technicianAccess.cornerTap(tap * 100);
    expect(technicianAccess.promptOpen).toBe(false);
    technicianAccess.cornerTap(400);
    expect(technicianAccess.promptOpen).toBe(true);
  });

  it('unlocks as soon as the right PIN is typed and closes the prompt', async () => {
    openPrompt();
    await type('2468', 1000);
    expect(unlocked).toBe(1);
    expect(technicianAccess.promptOpen).toBe(false);
  });

  it('says the PIN is wrong and stays open', async () => {
    openPrompt(10_000);
    await type('1357', 11_000);
    expect(unlocked).toBe(0);
    expect(technicianAccess.promptOpen).toBe(true);
    expect(technicianAccess.lastOutcome).toBe('wrong');
    expect(technicianAccess.typedCount).toBe(0);
  });

  it('forgets typed digits when cancelled', async () => {
    openPrompt(20_000);
    await technicianAccess.press('2', 21_000);
    technicianAccess.close();
    expect(technicianAccess.typedCount).toBe(0);
    expect(technicianAccess.promptOpen).toBe(false);
  });

  it('checks a hashed PIN on Enter, since its length is not known', async () => {
    technicianAccess.configure({ pinHash: await hashPin('913570', 1000) }, () => (unlocked += 1));
    openPrompt(30_000);
    await type('9135', 31_000);
    expect(technicianAccess.lastOutcome).toBeNull();
    await type('70', 31_000);
    await technicianAccess.submit(31_000);
    expect(unlocked).toBe(1);
  });

  it('keeps the lock in its memory, so a reload does not lift it', async () => {
    let stored: PinLockState | null = null;
    const memory: PinLockMemory = { read: () => stored, write: (state) => (stored = state) };
    technicianAccess.configure({ pin: '2468' }, () => (unlocked += 1), memory);
    openPrompt(40_000);
    for (let i = 0; i < PIN_ATTEMPTS_BEFORE_LOCK; i++) await type('0000', 41_000);
    expect(technicianAccess.lastOutcome).toBe('locked');
    technicianAccess.configure({ pin: '2468' }, () => (unlocked += 1), memory);
    await type('2468', 42_000);
    expect(unlocked).toBe(0);
    expect(technicianAccess.lastOutcome).toBe('locked');
  });
});
