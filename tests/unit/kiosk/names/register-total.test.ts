import { describe, expect, it } from 'vitest';
import { registerTotal } from '../../../../src/kiosk/names/register-total.ts';

describe('registerTotal', () => {
  it('adds up the record counts of the names shards', () => {
    expect(registerTotal([{ records: 2480 }, { records: 2520 }])).toBe(5000);
  });

  it('is zero for a feed without a register', () => {
    expect(registerTotal([])).toBe(0);
  });

  it('gives no total when a shard carries no count', () => {
    expect(registerTotal([{ records: 10 }, { records: undefined }])).toBeNull();
  });
});
