// Parses YAML (exhibit.yaml, front matter) with the `yaml` package and keeps its node tree, so
// every later message can point at the line of the key it is about, not just at the file.

import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Report } from '../report.ts';

export interface YamlSource {
  value: unknown;
  /** The file line of the key at `path`, or of its nearest ancestor that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses `text`; reports syntax errors with their lines and returns null if there were any.
 * `firstLine` is the file line where `text` starts (front matter starts on line 2).
 */
export function parseYamlSource(text: string, file: string, report: Report, firstLine = 1): YamlSource | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => firstLine - 1 + Math.max(1, lineCounter.linePos(offset).line);

  for (const warning of doc.warnings) report.warning(file, lineAt(warning.pos[0]), 'yaml.warning', `YAML: ${warning.message}`);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) report.error(file, lineAt(error.pos[0]), 'yaml.syntax', `YAML: ${error.message}`);
    return null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    report.error(file, firstLine, 'yaml.syntax', `YAML: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = lineAt((node as Node | null)?.range?.[0] ?? 0);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
        node = node.items[key];
        const range = (node as Node).range;
        if (range) line = lineAt(range[0]);
      } else {
        break;
      }
    }
    return line;
  };
  return { value, lineOf };
}
