// The options of the benchmarks that drive the kiosk: each is a whole number above 0 with a
// default, parsed once into a typed object; anything else is a usage error naming the option.

import { parseArgs } from 'node:util';
import { BenchUsageError } from './benchmark.ts';

export function parseWholeFlags<F extends Record<string, number>>(args: readonly string[], defaults: F): F {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      options: Object.fromEntries(Object.keys(defaults).map((name) => [name, { type: 'string' as const }])),
      strict: true,
    }).values;
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const whole = (name: string, fallback: number): number => {
    const text = values[name];
    if (typeof text !== 'string') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new BenchUsageError(`--${name} takes a whole number above 0, not "${text}"`);
    return value;
  };
  return Object.fromEntries(Object.entries(defaults).map(([name, fallback]) => [name, whole(name, fallback)])) as F;
}
