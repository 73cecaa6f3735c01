// Turns what a visitor typed, or what an archive clerk wrote, into comparable name words:
// invisible characters dropped, Unicode NFKC, case folding, ё→е, apostrophes and hyphens dropped,
// anything that is not a letter treated as a space. Indexer and query share it, which is what
// makes results agree.

/** A query longer than this is cut: no name is longer, and the cut keeps a keystroke cheap. */
export const MAX_QUERY_CHARS = 120;
/** More words than this add nothing but work (surname, given name, patronymic, a variant). */
export const MAX_QUERY_WORDS = 6;

/** Kazakh patronymic words written apart from the father's name ("Байтұрсын ұлы"). */
const DETACHED_PATRONYMIC = new Set(['ұлы', 'улы', 'қызы', 'кызы', 'uly', 'uli', 'ulı', 'qyzy', 'kyzy', 'kizi', 'qızı']);

// Letters of the 2017 Kazakh Latin alphabet written with an apostrophe that do not simply lose it.
const APOSTROPHE_DIGRAPHS: [RegExp, string][] = [
  [/s['’ʼ]/g, 'ş'],
  [/c['’ʼ]/g, 'ç'],
  [/y['’ʼ]/g, 'u'],
];

/**
 * Characters that show as nothing yet change the text: zero-width spaces and joiners, direction
 * marks, overrides and isolates (a right-to-left override shows a name reversed), the word joiner,
 * a BOM inside text, and control characters other than tab and line breaks, which separate words.
 * Pasted from documents, they would split a word or make equal names differ. Global: use it with
 * replace or match, whose results do not depend on lastIndex.
 */
export const INVISIBLE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Lowercased NFKC text with ё folded and apostrophes resolved; still one string. */
export function foldText(text: string): string {
  // Lowercasing the Latin İ of Kazakh Latin 2021 adds a combining dot, which would split the word.
  let folded = text
    .replace(INVISIBLE_CHARACTERS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\u0307/g, '');
  if (/['’ʼ`´ʻ]/.test(folded)) {
    for (const [pattern, replacement] of APOSTROPHE_DIGRAPHS) folded = folded.replace(pattern, replacement);
    folded = folded.replace(/['’ʼ`´ʻ]/g, '');
  }
  return folded;
}

/**
 * Splits a name into words. Hyphenated parts are joined (Мұхамед-Жан is also written
 * Мұхамеджан), and a detached ұлы/қызы is joined to the name before it.
 */
export function nameWords(text: string): string[] {
  const words = foldText(text)
    .replace(/[-‐‑‒–—]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
  const joined: string[] = [];
  for (const word of words) {
    if (DETACHED_PATRONYMIC.has(word) && joined.length > 0) joined[joined.length - 1] += word;
    else joined.push(word);
  }
  return joined;
}

/** The words of a query, bounded so that a 10 MB paste costs no more than a name. */
export function queryWords(query: string): string[] {
  return nameWords(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_WORDS);
}

/** A folded word written as a name: capital first letter (folding lost the register's case). */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
