// Turns a command's arguments into typed flags and positionals with node:util's parseArgs, and
// its errors into one-line usage messages. Every command parses its arguments here, once.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-error.ts';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

function usageHint(command: string): string {
  return `(see: npm run feed -- ${command} --help)`;
}

/** Parses `args` strictly: an unknown option or a missing option value is a UsageError. */
export function parseFlags<const O extends FlagOptions>(
  command: string,
  args: string[],
  options: O,
  positionalNames: readonly string[],
) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
    const code = error && typeof error === 'object' && 'code' in error ? error.code : '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError('usage.unknown-option', `${command}: unknown option ${option} ${usageHint(command)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError('usage.missing-value', `${command}: option ${option} needs a value ${usageHint(command)}`);
    throw new UsageError('usage.other', `${command}: ${message} ${usageHint(command)}`);
  }
  if (parsed.positionals.length > positionalNames.length) {
    throw new UsageError(
      'usage.unexpected-argument',
      `${command}: unexpected argument "${parsed.positionals[positionalNames.length]}" ${usageHint(command)}`,
    );
  }
  return parsed;
}

/** A required positional or option; `what` names it as the help text does (`DIR`, `--out FEED`). */
export function required<T>(command: string, value: T | undefined, what: string): T {
  if (value === undefined || value === '')
    throw new UsageError('usage.required', `${command}: ${what} is required ${usageHint(command)}`);
  return value;
}

/** A whole number option such as `--port 8080` or `--expires-in 30`, within bounds. */
export function wholeNumber(command: string, value: string, option: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(
      'usage.bad-number',
      `${command}: ${option} expects a whole number from ${min} to ${max}, got "${value}"`,
    );
  }
  return number;
}
