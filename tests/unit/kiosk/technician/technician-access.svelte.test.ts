import { beforeEach, describe, expect, it } from 'vitest';
import { technicianAccess } from '../../../../src/kiosk/technician/technician-access.svelte.ts';

let unlocked = 0;

beforeEach(() => {
  unlocked = 0;
  technicianAccess.configure('2468', () => (unlocked += 1));
  technicianAccess.close();
});

function openPrompt(startMs = 0): void {
  for (let tap = 0; tap < 5; tap++) technicianAccess.cornerTap(startMs + tap * 100);
}

describe('technicianAccess', () => {
  it('opens the PIN prompt after five quick corner taps', () => {
    for (let tap = 0; tap < 4; tap++) technicianAccess.cornerTap(tap * 100);
    expect(technicianAccess.promptOpen).toBe(false);
    technicianAccess.cornerTap(400);
    expect(technicianAccess.promptOpen).toBe(true);
  });

  it('unlocks as soon as the right PIN is typed and closes the prompt', () => {
    openPrompt();
    for (const digit of '2468') technicianAccess.press(digit, 1000);
    expect(unlocked).toBe(1);
    expect(technicianAccess.promptOpen).toBe(false);
  });

  it('says the PIN is wrong and stays open', () => {
    openPrompt(10_000);
    for (const digit of '1357') technicianAccess.press(digit, 11_000);
    expect(unlocked).toBe(0);
    expect(technicianAccess.promptOpen).toBe(true);
    expect(technicianAccess.lastOutcome).toBe('wrong');
    expect(technicianAccess.typedCount).toBe(0);
  });

  it('forgets typed digits when cancelled', () => {
    openPrompt(20_000);
    technicianAccess.press('2', 21_000);
    technicianAccess.close();
    expect(technicianAccess.typedCount).toBe(0);
    expect(technicianAccess.promptOpen).toBe(false);
  });
});
