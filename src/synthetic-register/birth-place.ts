// The birth_place column as a clerk wrote it: a tsarist uyezd and volost for Kazakhs born before
// the 1920s, a Soviet district and aul after, a town under the name it bore that year, or a
// deportee's home region. About one record in twelve leaves it empty.

import { AUL_NAMES, ORIGINS, SLAVIC_VILLAGES, SOVIET_DISTRICTS, TOWNS, TSARIST_UYEZDS, VOLOSTS, type Town } from './places.ts';
import type { EthnicGroup } from './register-record.ts';
import { weightedTable, type SeededRandom } from './seeded-random.ts';

const EMPTY_SHARE = 0.08;
/** Kazakh births before this year are often given in the tsarist uyezd/volost division. */
const SOVIET_DIVISION_YEAR = 1921;
/** Aul numbers ran from 1 to about 15 in a volost or district. */
const MAX_AUL_NUMBER = 15;

const TOWN_TABLE = weightedTable(TOWNS.map((town) => [town, town.weight] as const));

export function townName(town: Town, year: number): string {
  let name = town.names[0]?.[1] ?? '';
  for (const [fromYear, later] of town.names) if (year >= fromYear) name = later;
  return `г. ${name}`;
}

export function composeBirthPlace(
  random: SeededRandom,
  group: EthnicGroup,
  birthYear: number | null,
  bornInKazakhstan: number,
): string {
  if (random.chance(EMPTY_SHARE)) return '';
  const year = birthYear ?? 1900;
  if (group === 'kazakh') return kazakhBirthPlace(random, year);
  if (random.chance(bornInKazakhstan)) {
    if (random.chance(0.6) || group === 'tatar') return townName(random.pickWeighted(TOWN_TABLE), year);
    const [oblast, districts] = random.pick(SOVIET_DISTRICTS);
    return `${oblast}, ${random.pick(districts)} р-н, ${random.pick(SLAVIC_VILLAGES)}`;
  }
  const origin = random.pick(ORIGINS[group]);
  // A guberniya alone is vague; Russian and Ukrainian files often add the village.
  if ((group === 'russian' || group === 'ukrainian') && random.chance(0.5)) return `${origin}, ${random.pick(SLAVIC_VILLAGES)}`;
  return origin;
}

function kazakhBirthPlace(random: SeededRandom, year: number): string {
  const roll = random.next();
  if (roll < 0.15) return townName(random.pickWeighted(TOWN_TABLE), year);
  const aulNumber = `аул № ${random.int(1, MAX_AUL_NUMBER)}`;
  if (year < SOVIET_DIVISION_YEAR && random.chance(0.6)) {
    const [oblast, uyezds] = random.pick(TSARIST_UYEZDS);
    const uyezd = `${random.pick(uyezds)} у.`;
    const volost = `${random.pick(VOLOSTS)} вол.`;
    if (roll < 0.5) return `${oblast}, ${uyezd}, ${volost}`;
    if (roll < 0.85) return `${oblast}, ${uyezd}, ${aulNumber}`;
    return `${uyezd}, ${volost}, ${aulNumber}`;
  }
  const [oblast, districts] = random.pick(SOVIET_DISTRICTS);
  const district = `${random.pick(districts)} р-н`;
  if (roll < 0.5) return `${oblast}, ${district}, ${aulNumber}`;
  if (roll < 0.85) return `${oblast}, ${district}, аул ${random.pick(AUL_NAMES)}`;
  return district;
}
