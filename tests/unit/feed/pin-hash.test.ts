import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_PATTERN, verifyPin } from '../../../src/feed/pin-hash.ts';

describe('pin hash', () => {
  it('accepts the PIN it was made from and no other', async () => {
    const hash = await hashPin('2468', 1000);
    expect(hash).toMatch(PIN_HASH_PATTERN);
    expect(await verifyPin('2468', hash)).toBe(true);
    expect(await verifyPin('2469', hash)).toBe(false);
    expect(await verifyPin('24680', hash)).toBe(false);
  });

  it('salts each hash, so two kiosks with one PIN do not share a hash', async () => {
    expect(await hashPin('2468', 1000)).not.toBe(await hashPin('2468', 1000));
  });

  it('refuses text that is not a PIN hash', async () => {
    expect(await verifyPin('2468', '2468')).toBe(false);
  });
});
