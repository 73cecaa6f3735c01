// Guards for what curators type in exhibit.yaml and front matter, and the one function that runs
// them, so every message names the key path and its line (`timeline/x.md:4: title.kz: …`).
// The feed's own shapes stay in src/feed; these only describe the source side.

import { z } from 'zod';
import { MAX_TEXT_CHARS } from '../../feed/content-limits.ts';
import { LANGUAGES, type Language } from '../../feed/languages.ts';
import { formatKeyPath } from '../../feed/parse-with-schema.ts';
import type { Report } from '../report.ts';
import { findHtml, tooLong } from './check-markdown.ts';
import type { LinkRef, TextRef } from './content-refs.ts';
import { isPartialDate, PARTIAL_DATE_HINT } from './partial-date.ts';
import type { YamlSource } from './yaml-source.ts';

/** YAML reads `date: 1937` as a number; dates and ids are text in the feed. */
const numberToString = (value: unknown) => (typeof value === 'number' ? String(value) : value);

export const localizedInput = z.partialRecord(z.enum(LANGUAGES), z.string().trim());
export const partialDateInput = z.preprocess(numberToString, z.string().refine(isPartialDate, PARTIAL_DATE_HINT));
export const idInput = z.preprocess(numberToString, z.string().trim().min(1));
export const idListInput = z.array(idInput);
/** Checked against files/ by read-content-folder, which knows what exists. */
export const filePathInput = z.string().trim().min(1);

const LANGUAGE_LIST = LANGUAGES.join(', ');

/** Zod's wording, reworded for a curator where it says more than "Invalid input". */
function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is required';
  if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (languages are ${LANGUAGE_LIST})`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'record') return `expected a text per language (${LANGUAGE_LIST})`;
  return issue.message.replace(/^Invalid input: /, '');
}

/** A checked YAML value; when invalid, the top-level keys that were fine, so the rest can still be checked. */
export type CheckedYaml<S extends z.ZodObject> =
  { valid: true; value: z.output<S> } | { valid: false; value: Partial<z.output<S>> };

/**
 * Checks a YAML value against `schema`. Unknown top-level keys are warnings (often a typo such
 * as `titel:`); anything else that does not fit is an error at its line.
 */
export function checkYaml<S extends z.ZodObject>(
  schema: S,
  source: YamlSource,
  file: string,
  report: Report,
  /** Top-level keys whose texts are Markdown, checked by check-markdown.ts instead. */
  markdownKeys: readonly string[] = [],
): CheckedYaml<S> {
  const value = source.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      if (!(key in schema.shape)) report.warning(file, source.lineOf([key]), 'key.unknown', `unknown key "${key}" is ignored`);
    }
  }
  reportTextProblems(value, [], source, file, report, markdownKeys);
  const result = schema.safeParse(value);
  if (result.success) return { valid: true, value: result.data };
  for (const issue of result.error.issues) {
    const where = issue.path.length > 0 ? `${formatKeyPath(issue.path)}: ` : '';
    // An unknown key is best shown on its own line, not on its parent's.
    const linePath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const code = issue.code === 'unrecognized_keys' ? 'key.unknown' : 'key.invalid';
    report.error(file, source.lineOf(linePath), code, `${where}${reasonOf(issue)}`);
  }
  return { valid: false, value: validKeys(schema, value, result.error.issues) };
}

/**
 * docs/content-folder.md "Text" and "Limits": no raw HTML anywhere in curator text, titles and
 * alt texts included, and no text over MAX_TEXT_CHARS (a kiosk refuses the document that holds one).
 */
function reportTextProblems(
  value: unknown,
  path: PropertyKey[],
  source: YamlSource,
  file: string,
  report: Report,
  markdownKeys: readonly string[],
): void {
  if (typeof value === 'string') {
    const where = formatKeyPath(path);
    if (value.length > MAX_TEXT_CHARS) {
      report.error(file, source.lineOf(path), 'text.too-long', tooLong(where, value.length, MAX_TEXT_CHARS));
      return;
    }
    const html = findHtml(value);
    if (html !== null) {
      const reason = `${where}: HTML is not allowed in curator text ("${html}"); write plain text`;
      report.error(file, source.lineOf(path), 'markdown.html', reason);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => reportTextProblems(item, [...path, index], source, file, report, markdownKeys));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (path.length === 0 && markdownKeys.includes(key)) continue;
      reportTextProblems(item, [...path, key], source, file, report, markdownKeys);
    }
  }
}

/** The top-level keys of `value` that have no issue, parsed; a bad key is left out, not defaulted. */
function validKeys<S extends z.ZodObject>(schema: S, value: unknown, issues: readonly z.core.$ZodIssue[]): Partial<z.output<S>> {
  const bad = new Set(issues.map((issue) => issue.path[0]));
  if (value === null || typeof value !== 'object' || Array.isArray(value) || bad.has(undefined)) return {};
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !bad.has(key)));
  const parsed = schema.partial().safeParse(rest);
  if (!parsed.success) return {};
  const valid: Record<PropertyKey, unknown> = parsed.data;
  for (const key of bad) delete valid[key as PropertyKey];
  return valid as Partial<z.output<S>>;
}

/** Whether the curator wrote `key` at the top level, valid or not: a bad value is reported once, as bad. */
export function writesKey(source: YamlSource, key: string): boolean {
  return typeof source.value === 'object' && source.value !== null && key in source.value;
}

/** The languages that have non-empty text in a localized value. */
export function languagesOf(value: Partial<Record<Language, string | string[]>>): Language[] {
  return LANGUAGES.filter((language) => {
    const text = value[language];
    return Array.isArray(text) ? text.length > 0 : typeof text === 'string' && text !== '';
  });
}

export function textRef(source: YamlSource, path: readonly PropertyKey[], value: Partial<Record<Language, string>>): TextRef {
  return { line: source.lineOf(path), label: formatKeyPath(path), languages: languagesOf(value) };
}

/** A link per id of a list key (`links.testimonies`), each at its own line. */
export function linkRefs(
  source: YamlSource,
  path: readonly PropertyKey[],
  ids: readonly string[] | undefined,
  target: LinkRef['target'],
): LinkRef[] {
  return (ids ?? []).map((id, index) => ({
    line: source.lineOf([...path, index]),
    label: `${formatKeyPath(path)}[${index}]`,
    target,
    id,
  }));
}
