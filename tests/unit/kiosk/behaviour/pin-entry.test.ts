import { describe, expect, it } from 'vitest';
import {
  lockMsAfter,
  MAX_PIN_DIGITS,
  PIN_ATTEMPTS_BEFORE_LOCK,
  PIN_LOCK_MS,
  PIN_MAX_LOCK_MS,
  PinEntry,
  plainPinCheck,
} from '../../../../src/kiosk/behaviour/pin-entry.ts';

function type(entry: PinEntry, digits: string): void {
  for (const digit of digits) entry.press(digit);
}

async function tryPin(entry: PinEntry, digits: string, nowMs: number): Promise<string> {
  type(entry, digits);
  return entry.submit(nowMs);
}

describe('PinEntry', () => {
  describe('#press', () => {
    it('takes digits only, up to the maximum length', () => {
      const entry = new PinEntry(plainPinCheck('2468'));
      type(entry, '1a2-');
      expect(entry.digits).toBe('12');
      type(entry, '3'.repeat(20));
      expect(entry.digits).toHaveLength(MAX_PIN_DIGITS);
    });
  });

  describe('#backspace', () => {
    it('removes the last digit', () => {
      const entry = new PinEntry(plainPinCheck('2468'));
      type(entry, '246');
      entry.backspace();
      expect(entry.digits).toBe('24');
    });
  });

  describe('#submit', () => {
    it('accepts the right PIN and clears the digits', async () => {
      const entry = new PinEntry(plainPinCheck('2468'));
      expect(await tryPin(entry, '2468', 0)).toBe('accepted');
      expect(entry.digits).toBe('');
    });

    it('refuses a wrong PIN and a prefix of the PIN', async () => {
      const entry = new PinEntry(plainPinCheck('24680'));
      expect(await tryPin(entry, '1357', 0)).toBe('wrong');
      expect(await tryPin(entry, '2468', 0)).toBe('wrong');
      expect(entry.digits).toBe('');
    });

    it('locks after repeated wrong PINs, even against the right one, until the lock ends', async () => {
      const entry = new PinEntry(plainPinCheck('2468'));
      const outcomes: string[] = [];
      for (let i = 0; i < PIN_ATTEMPTS_BEFORE_LOCK; i++) outcomes.push(await tryPin(entry, '0000', 0));
      expect(outcomes.at(-1)).toBe('locked');
      expect(outcomes.slice(0, -1).every((outcome) => outcome === 'wrong')).toBe(true);
      expect(await tryPin(entry, '2468', PIN_LOCK_MS - 1)).toBe('locked');
      expect(await tryPin(entry, '2468', PIN_LOCK_MS)).toBe('accepted');
    });

    it('locks longer after each further wrong PIN, and the right one clears it', async () => {
      const entry = new PinEntry(plainPinCheck('2468'), { failures: PIN_ATTEMPTS_BEFORE_LOCK, lockedUntilMs: 0 });
      expect(await tryPin(entry, '0000', 0)).toBe('locked');
      expect(entry.lockState).toEqual({ failures: PIN_ATTEMPTS_BEFORE_LOCK + 1, lockedUntilMs: 2 * PIN_LOCK_MS });
      expect(await tryPin(entry, '2468', 2 * PIN_LOCK_MS)).toBe('accepted');
      expect(entry.lockState).toEqual({ failures: 0, lockedUntilMs: 0 });
    });

    it('keeps a lock it was given, as after a reload', async () => {
      const entry = new PinEntry(plainPinCheck('2468'), { failures: PIN_ATTEMPTS_BEFORE_LOCK, lockedUntilMs: 5000 });
      expect(await tryPin(entry, '2468', 4999)).toBe('locked');
    });
  });
});

describe('lockMsAfter', () => {
  it('doubles from a minute up to an hour', () => {
    expect(lockMsAfter(PIN_ATTEMPTS_BEFORE_LOCK - 1)).toBe(0);
    expect(lockMsAfter(PIN_ATTEMPTS_BEFORE_LOCK)).toBe(PIN_LOCK_MS);
    expect(lockMsAfter(PIN_ATTEMPTS_BEFORE_LOCK + 2)).toBe(4 * PIN_LOCK_MS);
    expect(lockMsAfter(PIN_ATTEMPTS_BEFORE_LOCK + 20)).toBe(PIN_MAX_LOCK_MS);
  });
});
