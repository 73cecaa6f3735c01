// Builds the ranked Kazakh name lists the generator draws from: the listed names first (the
// common head), then compounds (Нұр+ғали, Оспан+жан) as a long tail of rare but plausible names.
// Built once at import with a fixed order, so every seed sees the same vocabulary.

import {
  ABDI_ENDINGS,
  KAZAKH_FEMALE_NAMES,
  KAZAKH_FEMALE_STEMS,
  KAZAKH_MALE_NAMES,
  KAZAKH_MALE_STEMS,
  SECOND_TIER_ENDINGS,
  type CompoundStem,
} from './kazakh-names.ts';
import { SeededRandom } from './seeded-random.ts';

const VOICELESS = new Set(['қ', 'к', 'т', 'п', 'с', 'ш']);
const VOWELS = new Set([...'аәеиоөуұүыіэюя']);
/** Endings that already make a name a compound; those names take no further ending. */
const COMPOUND_ENDING =
  /(бек|бай|хан|жан|ғали|қали|тай|болат|бол|құл|берген|берді|мұрат|жігіт|тас|жол|ахмет|мұхамед|қожа|алы|әлі|ай)$/u;
/** Fixed so the vocabulary does not depend on the register's seed. */
const TAIL_ORDER_SEED = 0x6b617a;

/** Joins a stem and an ending with Kazakh assimilation: Сейіт + ғали → Сейітқали. */
export function joinKazakhStem(prefix: string, ending: string): string {
  const last = prefix.at(-1) ?? '';
  const first = ending[0] ?? '';
  if (VOICELESS.has(last) && first === 'ғ') return prefix + 'қ' + ending.slice(1);
  if (VOICELESS.has(last) && first === 'г') return prefix + 'к' + ending.slice(1);
  return prefix + ending;
}

function compounds(stems: readonly CompoundStem[]): string[] {
  return stems.flatMap(({ prefix, endings }) => endings.map((ending) => joinKazakhStem(prefix, ending)));
}

function secondTier(names: readonly string[]): string[] {
  const eligible = names.filter(
    (name) => name.length >= 3 && name.length <= 6 && !VOWELS.has(name.at(-1) ?? '') && !COMPOUND_ENDING.test(name),
  );
  // -ғали after a voiceless consonant turns into -қали, which reads well only after a few
  // stems (Ахметқали); Мақсұтқали and Жайыққали do not, so those stems skip it.
  return eligible.flatMap((name) =>
    SECOND_TIER_ENDINGS.filter((ending) => ending !== 'ғали' || !VOICELESS.has(name.at(-1) ?? '')).map((ending) =>
      joinKazakhStem(name, ending),
    ),
  );
}

/** The head in its listed order, then the tail in a fixed shuffled order, without repeats. */
function rank(head: readonly string[], tail: readonly string[]): string[] {
  const seen = new Set(head);
  const rest = [...new Set(tail)].filter((name) => !seen.has(name));
  const random = new SeededRandom(TAIL_ORDER_SEED);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
  }
  return [...seen, ...rest];
}

export const KAZAKH_MALE_NAMES_BY_RANK: readonly string[] = rank(KAZAKH_MALE_NAMES, [
  ...compounds(KAZAKH_MALE_STEMS),
  ...ABDI_ENDINGS.map((ending) => 'Әбді' + ending),
  ...secondTier(KAZAKH_MALE_NAMES),
]);

export const KAZAKH_FEMALE_NAMES_BY_RANK: readonly string[] = rank(KAZAKH_FEMALE_NAMES, compounds(KAZAKH_FEMALE_STEMS));
