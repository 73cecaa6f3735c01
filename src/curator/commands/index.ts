// The one table of curator commands: cli.ts dispatches from it and builds `help` and the
// command list from it, so adding a command means adding one line here.

import type { CliCommand } from '../command.ts';
import { command as build } from './build.ts';
import { command as configSchema } from './config-schema.ts';
import { command as generateRegister } from './generate-register.ts';
import { command as importRegister } from './import.ts';
import { command as search } from './search.ts';
import { command as keygen } from './keygen.ts';
import { command as pinHash } from './pin-hash.ts';
import { command as prune } from './prune.ts';
import { command as serve } from './serve.ts';
import { command as sign } from './sign.ts';
import { command as studio } from './studio.ts';
import { command as validate } from './validate.ts';
import { command as verify } from './verify.ts';

/** In the order a curator meets them: check, build, sign, try, check again, tidy; then the tools. */
export const COMMANDS: readonly CliCommand[] = [
  validate,
  build,
  studio,
  keygen,
  sign,
  verify,
  prune,
  serve,
  search,
  importRegister,
  configSchema,
  pinHash,
  generateRegister,
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
