// The legal words of each period, as files record them: the articles of the RSFSR criminal
// code and the decrees people were charged under, the sentences available in each period (no
// 25-year terms before 1947), and the bodies that passed them. Data and their small builders.

import type { Sex } from './russian-patronymic.ts';
import type { EthnicGroup } from './register-record.ts';
import { weightedTable, type SeededRandom, type WeightedTable } from './seeded-random.ts';

export type Period = 'early' | 'mid' | 'terror' | 'war' | 'late';

export function periodOf(year: number): Period {
  if (year <= 1933) return 'early';
  if (year <= 1936) return 'mid';
  if (year <= 1938) return 'terror';
  if (year <= 1946) return 'war';
  return 'late';
}

const UK = ' УК РСФСР'; // the Kazakh SSR applied the RSFSR criminal code until 1959
const art = (text: string): string => `ст. ${text}${UK}`;

// prettier-ignore
export const CHARGES: Readonly<Record<Period, WeightedTable<string>>> = {
  early: weightedTable([[art('58-10'), 25], [art('58-2'), 15], [art('59-3'), 12], [art('61'), 8], [art('58-14'), 8],
    [art('58-11'), 8], [art('58-7'), 5], [art('107'), 6], [art('59-2'), 4], [art('58-13'), 5], [art('58-8'), 2]]),
  mid: weightedTable([[art('58-10'), 45], [art('58-11'), 15], [art('58-7'), 10], [art('58-8'), 5], [art('58-6'), 5], [art('58-14'), 5],
    [art('58-10, 58-11'), 8]]),
  terror: weightedTable([[art('58-10'), 30], [art('58-2, 58-11'), 12], [art('58-11'), 15], [art('58-6'), 6], [art('58-7'), 8],
    [art('58-8'), 5], [art('58-9'), 3], [art('58-1а'), 3], [art('58-10, 58-11'), 10], ['социально опасный элемент (СОЭ)', 3]]),
  war: weightedTable([[art('58-10'), 40], [art('58-1а'), 10], [art('58-1б'), 5], [art('58-14'), 8], [art('193-7'), 5],
    [art('58-11'), 8], [art('58-6'), 5]]),
  late: weightedTable([[art('58-10'), 35], [art('58-1а'), 15], [art('58-1б'), 5], [art('58-11'), 10], [art('58-14'), 5], [art('58-6'), 5]]),
};

export const ESPIONAGE = art('58-6');
export const FAMILY_MEMBER_CHARGE = 'член семьи изменника родины (ЧСИР)';
/** Decree of 26.11.1948: leaving a special settlement meant 20 years of hard labour. */
export const ESCAPE_DECREE = 'Указ ПВС СССР от 26.11.1948 (побег с места поселения)';
export const FAMINE_LAW = 'Постановление ЦИК и СНК СССР от 07.08.1932';

export interface Sentence {
  text: string;
  outcome: 'death' | 'camp' | 'exile' | 'dropped';
  years: number;
}

export const sentence = (text: string, outcome: Sentence['outcome'], years = 0): Sentence => ({ text, outcome, years });
export const SHOT = sentence('ВМН — расстрел', 'death');
export const camp = (years: number, word = 'ИТЛ'): Sentence =>
  sentence(`${years} ${years === 1 ? 'год' : years < 5 ? 'года' : 'лет'} ${word}`, 'camp', years);
export const DROPPED = sentence('дело прекращено', 'dropped');

// prettier-ignore
export const SENTENCES: Readonly<Record<Period, WeightedTable<Sentence>>> = {
  early: weightedTable([[SHOT, 8], [camp(10), 10], [camp(5), 15], [camp(3), 12], [camp(3, 'концлагеря'), 10],
    [sentence('ссылка в Северный край на 3 года', 'exile', 3), 8], [sentence('высылка за пределы КАССР на 3 года', 'exile', 3), 6],
    [camp(5, 'лишения свободы'), 6], [DROPPED, 8], [camp(8), 5]]),
  mid: weightedTable([[SHOT, 6], [camp(10), 15], [camp(5), 25], [camp(3), 15], [camp(8), 8], [sentence('ссылка на 3 года', 'exile', 3), 10],
    [DROPPED, 10]]),
  terror: weightedTable([[SHOT, 45], [camp(10), 30], [camp(8), 12], [camp(5), 5], [camp(3), 2], [DROPPED, 3],
    [sentence('5 лет ссылки', 'exile', 5), 3]]),
  war: weightedTable([[SHOT, 8], [camp(10), 30], [camp(8), 15], [camp(5), 15], [camp(7), 8], [camp(3), 5], [DROPPED, 8],
    [sentence('5 лет ссылки', 'exile', 5), 4], [camp(15, 'каторжных работ'), 3]]),
  late: weightedTable([[camp(25), 25], [camp(10), 30], [camp(8), 10], [sentence('ссылка на поселение', 'exile', 5), 8],
    [SHOT, 3], [DROPPED, 6], [camp(15, 'каторжных работ'), 4]]),
};

const MILITARY_COLLEGIUM = 'Военная коллегия Верховного суда СССР';
const BODIES: Readonly<Record<Period, readonly string[]>> = {
  early: ['тройка ПП ОГПУ в КАССР', 'коллегия ОГПУ', 'ОСО при коллегии ОГПУ'],
  mid: ['ОСО при НКВД СССР', 'спецколлегия Верховного суда КАССР'],
  terror: ['тройка НКВД КазССР', 'тройка УНКВД', 'ОСО при НКВД СССР', MILITARY_COLLEGIUM],
  war: ['ОСО при НКВД СССР', 'военный трибунал войск НКВД', 'Верховный суд КазССР'],
  late: ['ОСО при МГБ СССР', 'военный трибунал войск МВД', 'Верховный суд КазССР'],
};

/** Who passed death sentences in each period when the body first drawn could not. */
const DEATH_SENTENCING_BODY: Readonly<Record<Period, string>> = {
  early: 'тройка ПП ОГПУ в КАССР',
  mid: 'спецколлегия Верховного суда КАССР',
  terror: 'тройка НКВД КазССР',
  war: 'военный трибунал войск НКВД',
  late: 'военный трибунал войск МВД',
};

/**
 * The body that passed a sentence, kept within its powers: the Special Board (ОСО) could not
 * sentence to death before November 1941 nor after 1945, the Military Collegium tried the 1937–38
 * "list" cases and nearly always passed death, and the 1937–38 troikas gave death or 8–10 years.
 */
export function sentencingBody(random: SeededRandom, year: number, verdict: Sentence): string {
  const period = periodOf(year);
  const body = random.pick(BODIES[period]);
  const death = verdict === SHOT;
  // Sentences were passed weeks after arrest, so an arrest late in 1941 counts with 1942.
  if (death && body.startsWith('ОСО') && (year < 1941 || year > 1945)) return DEATH_SENTENCING_BODY[period];
  if (!death && body === MILITARY_COLLEGIUM) return 'ОСО при НКВД СССР';
  if (!death && period === 'terror' && body.startsWith('тройка') && verdict.years < 8) return 'ОСО при НКВД СССР';
  return body;
}

/** What a deportee's file says: the legal ground of the eviction, in the record's gender. */
export function evictionGround(group: EthnicGroup, sex: Sex): string {
  const evicted = sex === 'm' ? 'выселен' : 'выселена';
  switch (group) {
    case 'korean':
      return `${evicted} из ДВК по национальному признаку (Постановление СНК СССР и ЦК ВКП(б) от 21.08.1937)`;
    case 'german':
      return `${evicted} по национальному признаку (Указ ПВС СССР от 28.08.1941)`;
    case 'chechen':
    case 'ingush':
      return `${evicted} по национальному признаку (Постановление ГКО от 31.01.1944)`;
    case 'polish':
      return `${evicted} из приграничной полосы (Постановление СНК СССР от 28.04.1936)`;
    default:
      return sex === 'm' ? 'раскулачен, выселен как кулак II категории' : 'раскулачена, выселена с семьёй кулака';
  }
}

export const CONFISCATION_DECREE =
  'Постановление КазЦИК и СНК КАССР от 27.08.1928 «О конфискации и выселении крупнейших байских хозяйств и полуфеодалов»';
