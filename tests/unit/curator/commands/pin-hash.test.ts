// `feed pin-hash` run as a process, the PIN on standard input as the README tells a technician.

import { describe, expect, it } from 'vitest';
import { PIN_HASH_PATTERN, verifyPin } from '../../../../src/feed/pin-hash.ts';
import { run } from '../run-cli.ts';

// Each test starts a tsx process: seconds on a busy two-core machine.
describe('feed pin-hash', { timeout: 30_000 }, () => {
  it('prints a hash of the PIN read from stdin', async () => {
    const { code, stdout } = await run(['pin-hash'], undefined, '913570\n');
    expect(code).toBe(0);
    const hash = stdout.trim();
    expect(hash).toMatch(PIN_HASH_PATTERN);
    expect(await verifyPin('913570', hash)).toBe(true);
  });

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    const { code, stderr } = await run(['pin-hash'], undefined, '12ab\n');
    expect(code).toBe(2);
    expect(stderr).toContain('4 to 8 digits');
  });

  it('takes no PIN from the command line', async () => {
    const { code } = await run(['pin-hash', '2468'], undefined, '');
    expect(code).toBe(2);
  });
});
