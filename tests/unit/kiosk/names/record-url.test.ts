import { describe, expect, it } from 'vitest';
import { recordUrl } from '../../../../src/kiosk/names/record-url.ts';

describe('recordUrl', () => {
  it('puts the record id where the template says {id}', () => {
    expect(recordUrl('https://example.org/eske-demo/names/{id}', 'KZ-0000001')).toBe(
      'https://example.org/eske-demo/names/KZ-0000001',
    );
  });

  it('fills every {id} in the template', () => {
    expect(recordUrl('https://example.org/r/{id}?ref={id}', 'A1')).toBe('https://example.org/r/A1?ref=A1');
  });

  it('percent-encodes an id that would otherwise change the address', () => {
    expect(recordUrl('https://example.org/names/{id}', 'a/b?c#d e&f')).toBe('https://example.org/names/a%2Fb%3Fc%23d%20e%26f');
    expect(recordUrl('https://example.org/names?id={id}', 'Қ-1')).toBe('https://example.org/names?id=%D2%9A-1');
  });

  it('gives no address for an id no URL can carry', () => {
    expect(recordUrl('https://example.org/names/{id}', 'KZ-\uD800')).toBeNull();
  });
});
