// Makes the one slip a visitor's fingers make in a word: a neighbouring key on the keyboard they
// type on (Kazakh ЙЦУКЕН with its number row of Kazakh letters, or QWERTY), a letter left out,
// a letter struck twice, or two letters swapped. Knows nothing of the engine under test.

import type { SeededRandom } from '../../../src/synthetic-register/seeded-random.ts';

export const TYPO_KINDS = ['substitution', 'deletion', 'doubling', 'transposition'] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

export type Keyboard = 'йцукен' | 'qwerty';

// Key rows from the number row down; '·' marks a key that types no letter. Each row sits about
// half a key right of the one above, so the key under column c touches c and c+1 above it.
const ROWS: Record<Keyboard, readonly string[]> = {
  // The Kazakh layout puts ә і ң ғ ү ұ қ ө һ on the number row, over the Russian letter rows.
  йцукен: ['·әіңғ··үұқөһ', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  qwerty: ['··········', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
};

const NEIGHBOURS: Record<Keyboard, ReadonlyMap<string, readonly string[]>> = {
  йцукен: neighboursOf(ROWS.йцукен),
  qwerty: neighboursOf(ROWS.qwerty),
};

function neighboursOf(rows: readonly string[]): Map<string, string[]> {
  const grid = rows.map((row) => [...row]);
  const at = (r: number, c: number): string | undefined => {
    const key = grid[r]?.[c];
    return key === undefined || key === '·' ? undefined : key;
  };
  const map = new Map<string, string[]>();
  grid.forEach((row, r) =>
    row.forEach((key, c) => {
      if (key === '·') return;
      const around = [at(r, c - 1), at(r, c + 1), at(r - 1, c), at(r - 1, c + 1), at(r + 1, c - 1), at(r + 1, c)];
      map.set(
        key,
        around.filter((k): k is string => k !== undefined),
      );
    }),
  );
  return map;
}

/** The keyboard a word is typed on: Cyrillic on the Kazakh ЙЦУКЕН layout, anything else on QWERTY. */
export function keyboardFor(word: string): Keyboard {
  return /\p{Script=Cyrillic}/u.test(word) ? 'йцукен' : 'qwerty';
}

export interface Typo {
  word: string;
  kind: TypoKind;
}

/**
 * `word` with one slip of the given kind (or a random kind), or null where the word gives that
 * kind no chance (a substitution needs a letter that is on the keyboard, a transposition two
 * different letters side by side).
 */
export function makeTypo(random: SeededRandom, word: string, kind: TypoKind = random.pick(TYPO_KINDS)): Typo | null {
  const letters = [...word];
  const keyboard = keyboardFor(word);
  const positions = letters.map((_, i) => i).filter((i) => canSlip(kind, letters, i, keyboard));
  if (positions.length === 0) return null;
  const i = random.pick(positions);
  const letter = letters[i]!;
  switch (kind) {
    case 'substitution': {
      const neighbour = random.pick(NEIGHBOURS[keyboard].get(letter.toLowerCase())!);
      letters[i] = letter === letter.toLowerCase() ? neighbour : neighbour.toUpperCase();
      break;
    }
    case 'deletion':
      letters.splice(i, 1);
      break;
    case 'doubling':
      letters.splice(i + 1, 0, letter.toLowerCase());
      break;
    case 'transposition': {
      const next = letters[i + 1]!;
      // A capital stays at the start of the word: Байтурсынов → Айбтурсынов would read Абйтурсынов.
      const capital = i === 0 && letter !== letter.toLowerCase();
      letters[i] = capital ? next.toUpperCase() : next;
      letters[i + 1] = capital ? letter.toLowerCase() : letter;
      break;
    }
  }
  return { word: letters.join(''), kind };
}

function canSlip(kind: TypoKind, letters: readonly string[], i: number, keyboard: Keyboard): boolean {
  const letter = letters[i]!;
  if (!/\p{L}/u.test(letter)) return false;
  switch (kind) {
    case 'substitution':
      return (NEIGHBOURS[keyboard].get(letter.toLowerCase())?.length ?? 0) > 0;
    case 'deletion':
      return letters.length > 2;
    case 'doubling':
      return true;
    case 'transposition': {
      const next = letters[i + 1];
      return next !== undefined && /\p{L}/u.test(next) && next.toLowerCase() !== letter.toLowerCase();
    }
  }
}
