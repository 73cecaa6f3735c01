// `pin-hash`: turns a technician PIN into the `technicianPinHash` of a kiosk-config. The PIN comes
// from standard input, never the command line, so it stays out of shell history and `ps`.

import { text } from 'node:stream/consumers';
import { hashPin } from '../../feed/pin-hash.ts';
import { UsageError } from '../cli-error.ts';
import type { CliCommand } from '../command.ts';
import { parseFlags } from '../parse-flags.ts';

const HELP = `Usage: npm run feed -- pin-hash

Reads a technician PIN (4 to 8 digits) from standard input and prints the salted
PBKDF2-SHA-256 hash to put in a kiosk-config as "technicianPinHash".
At a terminal, type the PIN and press Enter, then Ctrl-D.

Example:
  npm run feed -- pin-hash < pin.txt
  npm run --silent feed -- pin-hash`;

export const command: CliCommand = {
  name: 'pin-hash',
  summary: 'hash a technician PIN (read from stdin) for kiosk-config',
  help: HELP,
  async run(args, io) {
    parseFlags('pin-hash', args, {}, []);
    if (process.stdin.isTTY) io.err('Type the PIN, press Enter, then Ctrl-D:');
    const pin = (await text(process.stdin)).trim();
    if (!/^\d{4,8}$/.test(pin))
      throw new UsageError('usage.bad-pin', 'pin-hash: the PIN must be 4 to 8 digits, given on standard input');
    io.out(await hashPin(pin));
    return 0;
  },
};
