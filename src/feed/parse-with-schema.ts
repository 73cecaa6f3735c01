// The one place where untrusted JSON meets a schema: every guard in Eske goes through here, so
// every message names the exact key path (`objects[3].sha256: …`) and what was expected.

import type { z } from 'zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** `at` places a problem's key path in a larger document, for a value checked in parts. */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  value: unknown,
  at: (path: readonly PropertyKey[]) => readonly PropertyKey[] = (path) => path,
): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${formatKeyPath(at(issue.path))}: ${issue.message}`),
  };
}

/** Parses JSON text, turning a syntax error into a problem instead of a throw. */
export function parseJsonText(text: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
