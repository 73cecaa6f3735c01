import { describe, expect, it } from 'vitest';
import { applyKey, MAX_QUERY_LENGTH } from '../../../../src/kiosk/keyboard/apply-key.ts';

describe('applyKey', () => {
  it('appends a character key', () => {
    expect(applyKey('бай', 'т')).toBe('байт');
  });

  it('removes the last character on backspace, and nothing from empty text', () => {
    expect(applyKey('байт', 'backspace')).toBe('бай');
    expect(applyKey('', 'backspace')).toBe('');
  });

  it('removes a whole character on backspace even outside the basic plane', () => {
    expect(applyKey('a𝔸', 'backspace')).toBe('a');
  });

  it('empties the text on clear', () => {
    expect(applyKey('байт', 'clear')).toBe('');
  });

  it('leaves the text alone on layout', () => {
    expect(applyKey('байт', 'layout')).toBe('байт');
  });

  it('adds a space between words but never a leading or doubled one', () => {
    expect(applyKey('иванов', 'space')).toBe('иванов ');
    expect(applyKey('', 'space')).toBe('');
    expect(applyKey('иванов ', 'space')).toBe('иванов ');
  });

  it('stops at the maximum query length', () => {
    const full = 'а'.repeat(MAX_QUERY_LENGTH);
    expect(applyKey(full, 'б')).toBe(full);
    expect(applyKey('аб', 'в', 2)).toBe('аб');
  });

  it('ignores a key name that is not one character', () => {
    expect(applyKey('аб', 'enter')).toBe('аб');
  });
});
