// What a key press does to the text typed so far. The keys' names are the docs/design.md §9 `data-key`
// values: a character, or `space`, `backspace`, `clear` (`layout` changes no text). No DOM.

/** A surname query longer than this is a stuck key or play, not a name. */
export const MAX_QUERY_LENGTH = 60;

export type SpecialKey = 'space' | 'backspace' | 'clear' | 'layout';
export type KeyName = SpecialKey | (string & {});

export function applyKey(text: string, key: KeyName, maxLength = MAX_QUERY_LENGTH): string {
  switch (key) {
    case 'backspace':
      // Remove one whole character, not half of a surrogate pair.
      return Array.from(text).slice(0, -1).join('');
    case 'clear':
      return '';
    case 'layout':
      return text;
    case 'space':
      // No leading or doubled spaces: they would only make the query miss.
      return text === '' || text.endsWith(' ') || text.length >= maxLength ? text : `${text} `;
    default:
      return Array.from(key).length === 1 && text.length < maxLength ? text + key : text;
  }
}
