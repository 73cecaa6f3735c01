// The keys a name word is matched by, from strict to loose. Ranking follows the same order:
// exact > same name in another form (script, romanization, Russian or Kazakh ending) >
// phonetic (the period's spelling confusions) > loose skeleton > typo.

import { romanize } from './romanize.ts';

export interface NameKeys {
  /** The folded word itself: same script, same letters. */
  exact: string;
  /** Romanized, ending kept (used for prefixes while typing). */
  form: string;
  /** Romanized, patronymic ending removed: Байтурсынов = Байтұрсынұлы = Baitursynuly. */
  stem: string;
  /** Stem with the historic spelling confusions merged: Дж/Ж, Ч/Ш, Х/Қ/К, vowel classes. */
  sound: string;
  /** Sound of the whole form, ending kept and not devoiced (prefixes). */
  soundForm: string;
  /** First sound and the consonants after it: survives vowel changes (Жансүгір/Джансугур). */
  skeleton: string;
}

// Russian and Kazakh patronymic endings, as romanize() writes them, longest first.
// -ovich/-ovna and -uli/-kizi are patronymics; -ov/-ova/-in/-ina are surnames made from one.
const ENDINGS = ['ovič', 'evič', 'ovna', 'evna', 'ična', 'kizi', 'uli', 'ova', 'eva', 'ina', 'ov', 'ev', 'in'];
/** A stem shorter than this is a name, not a stem (Ким, Ли, Ильин keep their ending). */
const MIN_STEM = 3;

export function stripEnding(form: string): string {
  let stem = form;
  for (const ending of ENDINGS) {
    if (form.length - ending.length >= MIN_STEM && form.endsWith(ending)) {
      stem = form.slice(0, -ending.length);
      break;
    }
  }
  return dropFinalI(stem);
}

// A name ending in a vowel and й loses the й before a Russian ending (Бекбай → Бекбаев,
// Шоқай → Чокаев), and a name ending in a vowel keeps it (Нұртаза → Нуртазаев): without the
// final й the stems meet either way.
function dropFinalI(stem: string): string {
  return /[aeou]i$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * The stem of a word whose ending has a typo in it (Шаяхметқыыз, Тусипуыл, Латипжанвоа), or
 * null. Only queries use it, as an extra, lower-ranked key: a register word is as written.
 */
export function nearEndingStem(form: string): string | null {
  if (ENDINGS.some((ending) => form.length - ending.length >= MIN_STEM && form.endsWith(ending))) return null;
  for (const ending of ENDINGS) {
    for (const slip of endingSlips(ending)) {
      if (form.length - slip.length >= MIN_STEM && form.endsWith(slip)) return dropFinalI(form.slice(0, -slip.length));
    }
  }
  return null;
}

const slipCache = new Map<string, string[]>();

/** One-edit misspellings of an ending; of two-letter endings only the swap and the doubling. */
function endingSlips(ending: string): string[] {
  let slips = slipCache.get(ending);
  if (slips) return slips;
  const found = new Set<string>();
  for (let i = 0; i + 1 < ending.length; i++) found.add(ending.slice(0, i) + ending[i + 1] + ending[i] + ending.slice(i + 2));
  found.add(ending + ending.at(-1));
  if (ending.length >= 3) {
    const letters = new Set(ending + 'aeiouklnsvz');
    for (let i = 0; i < ending.length; i++) {
      found.add(ending.slice(0, i) + ending.slice(i + 1));
      found.add(ending.slice(0, i) + ending[i] + ending.slice(i));
      for (const letter of letters) {
        found.add(ending.slice(0, i) + letter + ending.slice(i));
        found.add(ending.slice(0, i) + letter + ending.slice(i + 1));
      }
    }
  }
  found.delete(ending);
  for (const other of ENDINGS) found.delete(other);
  slips = [...found].sort((a, b) => b.length - a.length);
  slipCache.set(ending, slips);
  return slips;
}

// ш, ч, щ, ц and с share one sound: Ч/Ш is a period confusion, and Kazakh Latin 2021 typed
// without its marks writes ş (ш) and ц as plain s.
const SOUND_CLASSES: Record<string, string> = {
  a: 'a',
  e: 'a',
  o: 'u',
  u: 'u',
  i: 'i',
  ž: 'j',
  š: 's',
  č: 's',
  h: 'k',
  k: 'k',
  ć: 's',
};
// Voiced consonants at the end of a stem are written voiceless as often as not (Ахмед/Ахмет).
const FINAL_DEVOICING: Record<string, string> = { d: 't', b: 'p', g: 'k', z: 's', v: 'f' };

/** `devoice`: off for prefixes, whose last letter is not the end of the word. */
export function soundOf(form: string, devoice = true): string {
  // я (ia) for ә (Ляззат/Ләззат) is left to the skeleton: "ia" is also и + а (Мәдиұлы).
  const merged = form.replace(/dž/g, 'ž').replace(/ng/g, 'n');
  let out = '';
  for (const char of merged) {
    const mapped = SOUND_CLASSES[char] ?? char;
    if (out.endsWith(mapped)) continue; // doubled letters: Сейфуллин/Сейфулин
    out += mapped;
  }
  const last = out.at(-1);
  const devoiced = last === undefined || !devoice ? undefined : FINAL_DEVOICING[last];
  return devoiced === undefined ? out : out.slice(0, -1) + devoiced;
}

const VOWEL_CLASSES = /[aui]/g;

/** From a sound key that is not devoiced: the skeleton merges с and з itself. */
export function skeletonOf(sound: string): string {
  if (sound.length <= 1) return sound;
  // з meets с here: a final з is written с as often as not.
  return (sound[0] + sound.slice(1).replace(VOWEL_CLASSES, '')).replace(/z/g, 's').replace(/(.)\1+/g, '$1');
}

export function nameKeys(word: string): NameKeys {
  const form = romanize(word);
  const stem = stripEnding(form);
  const sound = soundOf(stem);
  return { exact: word, form, stem, sound, soundForm: soundOf(form, false), skeleton: skeletonOf(soundOf(stem, false)) };
}
