// Reading and writing one field of an entry's front matter by its key path (`['title', 'en']`,
// `['images', 0, 'alt', 'kk']`), as the editors do. A field set to nothing (empty text, an empty
// list or map) is taken out, so a save writes no empty keys the curator did not type. No DOM.

export type FieldPath = readonly (string | number)[];

/** `title.en`, `images[0].alt.kk`: how the Check's key paths read, and the editors' `data-field`. */
export function pathKey(path: FieldPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

export function getAt(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** A copy of `root` with `value` at `path`; an empty value removes the key, and parents left empty go too. */
export function setAt<T extends Record<string, unknown>>(root: T, path: FieldPath, value: unknown): T {
  return setIn(root, path, value) as T;
}

function setIn(node: unknown, path: FieldPath, value: unknown): unknown {
  const [part, ...rest] = path;
  if (part === undefined) return value;
  const inner = setIn(getAt(node, [part]), rest, value);
  if (typeof part === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    list[part] = inner ?? {};
    return list;
  }
  const map = { ...(node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {}) } as Record<string, unknown>;
  if (isEmpty(inner)) delete map[part];
  else map[part] = inner;
  return map;
}
