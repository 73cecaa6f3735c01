// Which field of an entry a problem's line falls in, so the Check list can open the editor on
// that field: a key path of the front matter (`title.en`, `images[0].alt.kk`) or a language
// section of the body. Lines are the file's own, 1-based, as the report gives them.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { isLanguage } from '../../feed/languages.ts';
import { FRONT_MATTER_FENCE, SECTION_HEADING } from '../content/read-markdown-entry.ts';
import type { FieldLocation } from './protocol/studio-protocol.ts';

/** Null when the line is outside both (the fences) or the file cannot be read that far. */
export function locateField(text: string, line: number): FieldLocation | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const close = lines.findIndex((each, index) => index > 0 && each.trimEnd() === FRONT_MATTER_FENCE);
  if (lines[0]?.trimEnd() !== FRONT_MATTER_FENCE || close === -1) return null;
  // File line 1 is the opening fence; the front matter runs from line 2 to line `close`.
  if (line >= 2 && line <= close) {
    const path = keyPathAt(lines.slice(1, close).join('\n'), line - 1);
    return path.length === 0 ? null : { path };
  }
  for (let index = Math.min(line, lines.length) - 1; index > close; index--) {
    const name = SECTION_HEADING.exec(lines[index]!)?.[1]?.toLowerCase();
    if (name !== undefined) return isLanguage(name) ? { section: name } : null;
  }
  return null;
}

/** The key path of the deepest key or list item that starts at or before `line` of `yaml`: the one that holds it. */
function keyPathAt(yaml: string, line: number): (string | number)[] {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const lineOf = (offset: number) => counter.linePos(offset).line;
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const keyLines = node.items.map((item) => (isScalar(item.key) && item.key.range ? lineOf(item.key.range[0]) : Infinity));
      const at = keyLines.findLastIndex((keyLine) => keyLine <= line);
      // Keys of one line (a flow map, `alt: { kk: …, ru: … }`) cannot be told apart by it: their parent it is.
      if (at === -1 || keyLines.filter((keyLine) => keyLine === keyLines[at]).length > 1) return path;
      const pair = node.items[at]!;
      path.push(String((pair.key as { value: unknown }).value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findLastIndex(
        (item) => (item as Node).range !== undefined && lineOf((item as Node).range![0]) <= line,
      );
      if (index === -1) return path;
      path.push(index);
      node = node.items[index];
    } else {
      return path;
    }
  }
}
