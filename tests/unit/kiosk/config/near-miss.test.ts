import { describe, expect, it } from 'vitest';
import { editDistance, nearMiss } from '../../../../src/kiosk/config/near-miss.ts';

describe('editDistance', () => {
  it('counts inserts, deletes and replacements', () => {
    expect(editDistance('idleSecond', 'idleSeconds')).toBe(1);
    expect(editDistance('timezone', 'timeZones')).toBe(1);
    expect(editDistance('kiosk', 'kiosk')).toBe(0);
    expect(editDistance('', 'pin')).toBe(3);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('idelSeconds', 'idleSeconds')).toBe(1);
  });

  it('ignores case', () => {
    expect(editDistance('feedURL', 'feedUrl')).toBe(0);
  });
});

describe('nearMiss', () => {
  const keys = ['idleSeconds', 'syncIntervalSeconds', 'timeZone', 'technicianPin'] as const;

  it('finds the key a word is a slip for', () => {
    expect(nearMiss('idleSecond', keys)).toBe('idleSeconds');
    expect(nearMiss('timezone', keys)).toBe('timeZone');
  });

  it('finds nothing for a word more than two edits from every key', () => {
    expect(nearMiss('colour', keys)).toBeUndefined();
    expect(nearMiss('idle', keys)).toBeUndefined();
  });

  it('allows a short word fewer edits', () => {
    expect(nearMiss('pin', ['pan', 'tin'])).toBe('pan');
    expect(nearMiss('pn', ['pin'])).toBeUndefined();
  });

  it('prefers the closest key, and the earlier one on a tie', () => {
    expect(nearMiss('idleSeconds2', ['idleSecond', 'idleSeconds'])).toBe('idleSeconds');
    expect(nearMiss('abcdefgh', ['abcdefgx', 'abcdefgy'])).toBe('abcdefgx');
  });
});
