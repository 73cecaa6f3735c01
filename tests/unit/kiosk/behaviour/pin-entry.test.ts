import { describe, expect, it } from 'vitest';
import { MAX_PIN_DIGITS, PIN_ATTEMPTS_BEFORE_LOCK, PIN_LOCK_MS, PinEntry } from '../../../../src/kiosk/behaviour/pin-entry.ts';

function type(entry: PinEntry, digits: string): void {
  for (const digit of digits) entry.press(digit);
}

describe('PinEntry', () => {
  describe('#press', () => {
    it('takes digits only, up to the maximum length', () => {
      const entry = new PinEntry('2468');
      type(entry, '1a2-');
      expect(entry.digits).toBe('12');
      type(entry, '3'.repeat(20));
      expect(entry.digits).toHaveLength(MAX_PIN_DIGITS);
    });
  });

  describe('#backspace', () => {
    it('removes the last digit', () => {
      const entry = new PinEntry('2468');
      type(entry, '246');
      entry.backspace();
      expect(entry.digits).toBe('24');
    });
  });

  describe('#submit', () => {
    it('accepts the right PIN and clears the digits', () => {
      const entry = new PinEntry('2468');
      type(entry, '2468');
      expect(entry.submit(0)).toBe('accepted');
      expect(entry.digits).toBe('');
    });

    it('refuses a wrong PIN and clears the digits', () => {
      const entry = new PinEntry('2468');
      type(entry, '1357');
      expect(entry.submit(0)).toBe('wrong');
      expect(entry.digits).toBe('');
    });

    it('refuses a prefix of the PIN', () => {
      const entry = new PinEntry('24680');
      type(entry, '2468');
      expect(entry.submit(0)).toBe('wrong');
    });

    it('locks after repeated wrong PINs, even against the right one, until the lock ends', () => {
      const entry = new PinEntry('2468');
      const outcomes = Array.from({ length: PIN_ATTEMPTS_BEFORE_LOCK }, () => {
        type(entry, '0000');
        return entry.submit(0);
      });
      expect(outcomes.at(-1)).toBe('locked');
      expect(outcomes.slice(0, -1).every((outcome) => outcome === 'wrong')).toBe(true);
      type(entry, '2468');
      expect(entry.submit(PIN_LOCK_MS - 1)).toBe('locked');
      type(entry, '2468');
      expect(entry.submit(PIN_LOCK_MS)).toBe('accepted');
    });
  });
});
