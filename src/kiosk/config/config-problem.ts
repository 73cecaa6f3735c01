// What can be wrong with a kiosk's settings, as data: a stable code per kind of problem and the
// details its message needs. The words come from i18n/config-messages.ts, in each language, so
// nothing here is shown as it is. DOM-free.

import type { z } from 'zod';
import type { kioskConfigSchema } from '../../feed/kiosk-config-schema.ts';

export type ConfigKey = keyof z.input<typeof kioskConfigSchema>;

/** What a JSON value is, for "the file has a text there". */
export type JsonKind = 'text' | 'number' | 'boolean' | 'null' | 'list' | 'object';

/** Where in the file: `path` as the technician finds it (`trustedKeys[0]`), `key` its setting. */
interface At {
  path: string;
  key: ConfigKey;
}

export interface ConfigProblemParams {
  /** `?kiosk=` holds something that cannot name a file. */
  'bad-id': { id: string };
  /** The host says the file is not there (404, 410). */
  'file-missing': { status: number };
  /** A 200 with a web page: a host that answers unknown paths with the app's index.html. */
  'html-page': Record<string, never>;
  /** Any other HTTP failure. */
  'http-error': { status: number; statusText: string };
  /** No answer at all, and no good remembered copy; `detail` is the browser's, for the log. */
  network: { detail: string };
  /** The text does not parse; line and column when the browser says where. */
  'not-json': { line?: number; column?: number };
  /** Valid JSON, but not one object of settings. */
  'not-object': { found: JsonKind };
  /** A required setting is absent; `insteadOf` is an unknown key that looks like a misspelling of it. */
  missing: At & { insteadOf?: string };
  /** A key the schema does not have; `like` is a setting it resembles that is already set. */
  'unknown-key': { path: string; like?: ConfigKey };
  /** A value of the wrong kind (a text where a number belongs). */
  'wrong-type': At & { found: JsonKind };
  /** The right kind, too small or too large (or too short, too long, too few). */
  'out-of-range': At & { value: string };
  /** The right kind, but not a value that works (not a key, not a language, not digits). */
  'bad-value': At & { value: string };
}

export type ConfigProblemCode = keyof ConfigProblemParams;

/** One problem; its wording is looked up by `code` (Workbox's WorkboxError is the model). */
export class ConfigProblem<C extends ConfigProblemCode = ConfigProblemCode> {
  constructor(
    readonly code: C,
    readonly params: ConfigProblemParams[C],
  ) {}

  /** For the developer console: the code and its details, not a sentence. */
  toString(): string {
    return `${this.code} ${JSON.stringify(this.params)}`;
  }
}

export function jsonKindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}
