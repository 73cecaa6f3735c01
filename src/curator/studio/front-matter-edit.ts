// Writes the curator's changes into YAML front matter the way a careful person would by hand:
// a changed text is replaced where it stands, in its own quotes, and only a key whose shape
// changed (an item added, a language added) is written out again, that key alone. Every other
// byte (comments, blank lines, the spacing inside `{ kk: … }` and `[a, b]`) stays as it was.

import { Document, isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, type Node, type ToStringOptions } from 'yaml';

type Json = unknown;
type Front = Record<string, unknown>;

/**
 * Keys and values written anew look as the demo exhibit and docs/content-folder.md write them:
 * texts in double quotes, keys plain, long lines never folded (a folded Kazakh sentence reads
 * badly in a text editor and diffs worse).
 */
const YAML_STYLE: ToStringOptions = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' };

/** Scalar styles that a single line of text can be put back in. */
const INLINE_TYPES = new Set<string | undefined>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

interface Splice {
  start: number;
  end: number;
  text: string;
}

export function isPlainObject(value: Json): value is Front {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A whole front matter written from scratch. */
export function yamlText(value: Front): string {
  return new Document(value).toString(YAML_STYLE).replace(/\n$/, '');
}

/** `source` (the text between the fences) with `previous` changed into `next`. */
export function editFrontMatter(source: string, previous: Front, next: Front): string {
  if (sameJson(previous, next)) return source;
  const yaml = parseDocument(source, { uniqueKeys: true });
  const root = yaml.contents;
  if (!isMap(root)) return yamlText(next);
  const splices: Splice[] = [];
  const added: string[] = [];
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (sameJson(previous[key], next[key])) continue;
    const pair = root.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    const span = pair && lineSpan(source, pair);
    if (!(key in next)) {
      if (span) splices.push({ start: span.start, end: Math.min(source.length, span.end + 1), text: '' });
    } else if (!pair || !span) {
      added.push(pairText(new Pair(key, yaml.createNode(next[key])), false));
    } else {
      const inPlace = scalarSplices(pair.value as Node | null, previous[key], next[key], false);
      if (inPlace) splices.push(...inPlace);
      else {
        const padded = /[{[] (?=\S)/.test(source.slice(span.start, span.end));
        mergeInto(yaml, [key], previous[key], next[key]);
        splices.push({ ...span, text: pairText(root.items.find((item) => item === pair) ?? pair, padded) });
      }
    }
  }
  let text = source;
  for (const splice of splices.sort((a, b) => b.start - a.start))
    text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
  return [text.replace(/\n$/, ''), ...added].filter((part) => part !== '').join('\n');
}

/** From the start of the key's line to the end of the value's last line, without its line break. */
function lineSpan(source: string, pair: Pair): { start: number; end: number } | null {
  const keyRange = (pair.key as Node).range;
  const valueRange = (pair.value as Node | null)?.range;
  if (!keyRange) return null;
  const start = source.lastIndexOf('\n', keyRange[0] - 1) + 1;
  const last = Math.max(keyRange[1], valueRange ? valueRange[1] : 0) - 1;
  const lineEnd = source.indexOf('\n', Math.max(last, start));
  // A block value's range ends after its last line break.
  const end = source[last] === '\n' ? last : lineEnd === -1 ? source.length : lineEnd;
  return { start, end };
}

/** One top-level key and its value as YAML lines. */
function pairText(pair: Pair, padded: boolean): string {
  const map = new YAMLMap();
  map.items.push(pair);
  const doc = new Document();
  doc.contents = map;
  return doc.toString({ ...YAML_STYLE, flowCollectionPadding: padded }).replace(/\n$/, '');
}

/** The splices that change `previous` into `next` one scalar at a time, or null if the shape changed. */
function scalarSplices(node: Node | null, previous: Json, next: Json, inFlow: boolean): Splice[] | null {
  if (sameJson(previous, next)) return [];
  if (isScalar(node) && node.range && (next === null || typeof next !== 'object') && INLINE_TYPES.has(node.type)) {
    const text = inlineScalar(next, node.type, inFlow);
    return text === null ? null : [{ start: node.range[0], end: node.range[1], text }];
  }
  const flow = inFlow || ((isMap(node) || isSeq(node)) && node.flow === true);
  if (isMap(node) && isPlainObject(previous) && isPlainObject(next) && sameJson(Object.keys(previous), Object.keys(next))) {
    const parts = Object.keys(next).map((key) =>
      scalarSplices(node.get(key, true) as Node | null, previous[key], next[key], flow),
    );
    return parts.includes(null) ? null : (parts.flat() as Splice[]);
  }
  if (isSeq(node) && Array.isArray(previous) && Array.isArray(next) && previous.length === next.length) {
    const parts = next.map((value, index) => scalarSplices(node.items[index] as Node | null, previous[index], value, flow));
    return parts.includes(null) ? null : (parts.flat() as Splice[]);
  }
  return null;
}

/** A value as one line in the style `type`; in a flow list or map, plain text that would break it is quoted. */
function inlineScalar(value: Json, type: Scalar['type'], inFlow: boolean): string | null {
  if (typeof value === 'string' && value.includes('\n') && type !== Scalar.QUOTE_DOUBLE) return null;
  const render = (style: Scalar['type']) => {
    const scalar = new Scalar(value);
    scalar.type = style;
    const doc = new Document();
    doc.contents = scalar;
    return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  };
  const text = render(type);
  return inFlow && type === Scalar.PLAIN && /[,[\]{}#]/.test(text) ? render(Scalar.QUOTE_DOUBLE) : text;
}

/** Writes into `yaml` at `path` the parts of `next` that differ from `previous`, keeping the nodes (and their styles) of the rest. */
function mergeInto(yaml: Document, path: (string | number)[], previous: Json, next: Json): void {
  if (sameJson(previous, next)) return;
  const node = yaml.getIn(path, true);
  if (isPlainObject(previous) && isPlainObject(next) && isMap(node)) {
    for (const key of Object.keys(previous)) if (!(key in next)) yaml.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(next)) {
      if (key in previous) mergeInto(yaml, [...path, key], previous[key], value);
      else yaml.setIn([...path, key], yaml.createNode(value));
    }
    return;
  }
  if (Array.isArray(previous) && Array.isArray(next) && isSeq(node)) {
    for (let index = previous.length - 1; index >= next.length; index--) yaml.deleteIn([...path, index]);
    next.forEach((value, index) => {
      if (index < previous.length) mergeInto(yaml, [...path, index], previous[index], value);
      else node.add(yaml.createNode(value));
    });
    return;
  }
  if (isScalar(node) && (next === null || typeof next !== 'object')) {
    node.value = next;
    return;
  }
  const replacement = yaml.createNode(next);
  if ((isSeq(node) || isMap(node)) && node.flow && (isSeq(replacement) || isMap(replacement))) replacement.flow = true;
  yaml.setIn(path, replacement);
}
