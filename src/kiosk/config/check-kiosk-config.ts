// Checks the text of a kiosk-config file against the schema and says, as ConfigProblems, what is
// missing or wrong: the schema validator's own issues are its internals, never the technician's
// reading. A misspelt key beside the missing one it was meant to be becomes one problem. DOM-free.

import type { z } from 'zod';
import { formatKeyPath } from '../../feed/parse-with-schema.ts';
import { kioskConfigSchema, type KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { ConfigProblem, jsonKindOf, type ConfigKey } from './config-problem.ts';
import { nearMiss } from './near-miss.ts';

export type ConfigCheck = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

const CONFIG_KEYS = Object.keys(kioskConfigSchema.shape) as ConfigKey[];

/** A value shown in a message is cut here: a wrong key list could run for lines. */
const MAX_VALUE_CHARS = 60;

export function checkKioskConfig(text: string): ConfigCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [new ConfigProblem('not-json', whereJsonBroke(error, text))] };
  }
  if (jsonKindOf(json) !== 'object')
    return { ok: false, problems: [new ConfigProblem('not-object', { found: jsonKindOf(json) })] };
  const checked = kioskConfigSchema.safeParse(json);
  if (checked.success) return { ok: true, config: checked.data };
  return { ok: false, problems: problemsOf(checked.error.issues, json as Record<string, unknown>) };
}

function problemsOf(issues: readonly z.core.$ZodIssue[], json: Record<string, unknown>): ConfigProblem[] {
  const unknownKeys = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [],
  );
  // Unknown keys already told as the misspelling of a missing one.
  const claimed = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const issue of issues) {
    // A misspelling inside a setting with parts (`schedule.remembrance[0].form`) is told where it is.
    if (issue.code === 'unrecognized_keys' && issue.path.length > 0) {
      for (const unknown of issue.keys)
        problems.push(new ConfigProblem('unknown-key', { path: formatKeyPath([...issue.path, unknown]) }));
    }
    if (issue.code === 'unrecognized_keys') continue;
    const [top] = issue.path;
    const key = CONFIG_KEYS.find((candidate) => candidate === top);
    // Every other issue is about one of the top-level keys (or a part of one).
    if (key === undefined) continue;
    const at = { path: formatKeyPath(issue.path), key };
    const value = valueAt(json, issue.path);
    // 90.5 where a whole number belongs is the right kind with a wrong value.
    const wrongKind = issue.code === 'invalid_type' && !(issue.expected === 'int' && typeof value === 'number');
    // One problem per place in the file: a value that breaks two rules is told once.
    if (problems.some((problem) => 'path' in problem.params && problem.params.path === at.path)) continue;
    // JSON has no undefined: a value that is not there is missing, at the top or inside a part.
    if (value === undefined) {
      const insteadOf =
        issue.path.length === 1
          ? nearMiss(
              key,
              unknownKeys.filter((unknown) => !claimed.has(unknown)),
            )
          : undefined;
      if (insteadOf !== undefined) claimed.add(insteadOf);
      problems.push(new ConfigProblem('missing', { ...at, ...(insteadOf !== undefined && { insteadOf }) }));
    } else if (wrongKind) {
      problems.push(new ConfigProblem('wrong-type', { ...at, found: jsonKindOf(value) }));
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      problems.push(new ConfigProblem('out-of-range', { ...at, value: shown(value) }));
    } else {
      problems.push(new ConfigProblem('bad-value', { ...at, value: shown(value) }));
    }
  }
  const setKeys = CONFIG_KEYS.filter((key) => Object.hasOwn(json, key));
  for (const unknown of unknownKeys) {
    if (claimed.has(unknown)) continue;
    const like = nearMiss(unknown, setKeys);
    problems.push(new ConfigProblem('unknown-key', { path: unknown, ...(like !== undefined && { like }) }));
  }
  return problems;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const step of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  return value;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/**
 * Line and column of a JSON syntax error, from the browser's message: Chrome and Firefox name
 * them ("line 3 column 5"), older V8 gives only "position 42". Neither is always there.
 */
function whereJsonBroke(error: unknown, text: string): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : '';
  const named = /line (\d+) column (\d+)/.exec(message);
  if (named) return { line: Number(named[1]), column: Number(named[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
