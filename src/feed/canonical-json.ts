// The canonical JSON text of a value (RFC 8785, JCS): object keys sorted by UTF-16 code units, no
// whitespace, strings and numbers as ECMAScript's JSON.stringify writes them. An eske-feed/2
// signature covers these bytes, so the curator and every kiosk derive the same text from the
// same value whatever the file's layout. No DOM, no Node.

import type { Checked } from './parse-with-schema.ts';

/**
 * Refuses values nested deeper than `maxDepth` (the walk recurses once per level) and anything
 * JSON cannot hold: a non-finite number, a function, undefined in an array. An object property
 * that is undefined is left out, as JSON.stringify leaves it out of the file.
 */
export function canonicalJson(value: unknown, maxDepth: number): Checked<string> {
  try {
    return { ok: true, value: write(value, maxDepth) };
  } catch (error) {
    if (error instanceof CanonicalJsonError) return { ok: false, problems: [error.message] };
    throw error;
  }
}

class CanonicalJsonError extends Error {}

function write(value: unknown, depthLeft: number): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (depthLeft === 0) throw new CanonicalJsonError('nested deeper than the limit');
      if (Array.isArray(value)) return `[${value.map((item: unknown) => write(item, depthLeft - 1)).join(',')}]`;
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) throw new CanonicalJsonError('not a plain object');
      const record = value as Record<string, unknown>;
      const members: string[] = [];
      for (const key of Object.keys(record).sort()) {
        if (record[key] === undefined) continue;
        members.push(`${JSON.stringify(key)}:${write(record[key], depthLeft - 1)}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`a ${typeof value} is not JSON`);
  }
}
