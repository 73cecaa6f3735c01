// What happened to a person, told the way an archival file tells it: arrest (or eviction), charge,
// sentence, fate, death and rehabilitation, consistent with each other and with the period
// (an execution follows a death sentence within days; rehabilitation comes after 1956).

import {
  addDays,
  drawArrestDate,
  drawConfiscationDate,
  drawDeportationDate,
  drawFamineDeath,
  formatPartialDate,
  type CalendarDate,
  type DatePrecision,
} from './case-dates.ts';
import type { Sex } from './russian-patronymic.ts';
import type { CaseKind, EthnicGroup } from './register-record.ts';
import { weightedTable, type SeededRandom } from './seeded-random.ts';
import {
  CHARGES,
  CONFISCATION_DECREE,
  ESCAPE_DECREE,
  ESPIONAGE,
  FAMILY_MEMBER_CHARGE,
  FAMINE_LAW,
  SENTENCES,
  camp,
  evictionGround,
  periodOf,
  sentence,
  sentencingBody,
  type Sentence,
} from './verdicts.ts';

export interface CaseHistory {
  /** The year of the arrest, eviction or famine death; the birth year is drawn from it. */
  eventYear: number;
  arrestDate: string;
  charge: string;
  sentence: string;
  fate: string;
  deathDate: string;
  rehabilitationDate: string;
}

// How precisely each kind of date survives (share full, share year-month; the rest is a bare
// year). Execution acts give exact days; famine deaths were often noted only by the year.
const ARREST_PRECISION: DatePrecision = { full: 0.65, yearMonth: 0.2 };
const EXECUTION_PRECISION: DatePrecision = { full: 0.85, yearMonth: 0.1 };
const DEATH_PRECISION: DatePrecision = { full: 0.55, yearMonth: 0.2 };
const LATE_DEATH_PRECISION: DatePrecision = { full: 0.3, yearMonth: 0.1 };
const FAMINE_PRECISION: DatePrecision = { full: 0.15, yearMonth: 0.25 };
const REHABILITATION_PRECISION: DatePrecision = { full: 0.85, yearMonth: 0.03 };

/** Share of sentences that name the body that passed them. */
const BODY_NAMED_SHARE = 0.4;
/** Share of arrested people who died in custody before a sentence was passed. */
const DIED_BEFORE_SENTENCE_SHARE = 0.02;
/** Women arrested in 1937–38 were largely wives of the condemned (NKVD order 00486). */
const FAMILY_MEMBER_SHARE_OF_WOMEN = 0.5;
/** The "national operations" (orders 00439, 00485, the Korean deportation) charged espionage. */
const NATIONAL_OPERATION_ESPIONAGE_SHARE = 0.3;
/** The 1954–56 amnesties and reviews released nearly everyone still held for political articles. */
const GENERAL_RELEASE_YEAR = 1956;

type Gendered = readonly [male: string, female: string];
const FATES = {
  shot: ['расстрелян', 'расстреляна'],
  diedInCamp: ['умер в заключении', 'умерла в заключении'],
  diedInKarlag: ['умер в Карлаге', 'умерла в Карлаге'],
  diedInvestigation: ['умер под следствием', 'умерла под следствием'],
  released: ['освобождён', 'освобождена'],
  diedInExile: ['умер в ссылке', 'умерла в ссылке'],
  unknown: ['судьба неизвестна', 'судьба неизвестна'],
  famine: ['умер от голода', 'умерла от голода'],
  diedFleeing: ['погиб при откочёвке', 'погибла при откочёвке'],
  diedInSettlement: ['умер в спецпоселении', 'умерла в спецпоселении'],
  leftSettlement: ['снят с учёта спецпоселения', 'снята с учёта спецпоселения'],
} as const satisfies Record<string, Gendered>;

const said = (pair: Gendered, sex: Sex): string => (sex === 'm' ? pair[0] : pair[1]);

export function composeCaseHistory(random: SeededRandom, group: EthnicGroup, kind: CaseKind, sex: Sex): CaseHistory {
  switch (kind) {
    case 'arrest':
      return arrestCase(random, group, sex);
    case 'famine':
      return famineCase(random, sex);
    case 'deportation':
      return deportationCase(random, group, sex);
    case 'confiscation':
      return confiscationCase(random, sex);
  }
}

function arrestCase(random: SeededRandom, group: EthnicGroup, sex: Sex): CaseHistory {
  const arrest = drawArrestDate(random, group);
  const period = periodOf(arrest.year);
  const arrestDate = formatPartialDate(random, arrest, ARREST_PRECISION);
  if (random.chance(DIED_BEFORE_SENTENCE_SHARE)) {
    const death = addDays(arrest, random.int(10, 200));
    return {
      eventYear: arrest.year,
      arrestDate,
      charge: random.pickWeighted(CHARGES[period]),
      sentence: '',
      fate: said(FATES.diedInvestigation, sex),
      deathDate: formatPartialDate(random, death, DEATH_PRECISION),
      rehabilitationDate: rehabilitation(random, arrest.year),
    };
  }
  let charge = random.pickWeighted(CHARGES[period]);
  let verdict = random.pickWeighted(SENTENCES[period]);
  if (sex === 'f' && period === 'terror' && random.chance(FAMILY_MEMBER_SHARE_OF_WOMEN)) {
    charge = FAMILY_MEMBER_CHARGE;
    verdict = random.chance(0.7) ? camp(8) : camp(5);
  } else if (
    period === 'terror' &&
    (group === 'korean' || group === 'german' || group === 'polish') &&
    random.chance(NATIONAL_OPERATION_ESPIONAGE_SHARE)
  ) {
    charge = ESPIONAGE;
  } else if (arrest.year >= 1949 && (group === 'german' || group === 'chechen' || group === 'ingush') && random.chance(0.3)) {
    charge = ESCAPE_DECREE;
    verdict = camp(20, 'каторжных работ');
  } else if ((arrest.year === 1932 && arrest.month >= 8) || (arrest.year === 1933 && random.chance(0.3))) {
    if (random.chance(0.3)) charge = FAMINE_LAW;
  }
  const body = random.chance(BODY_NAMED_SHARE) ? sentencingBody(random, arrest.year, verdict) : '';
  const sentenced = addDays(arrest, period === 'terror' ? random.int(10, 120) : random.int(30, 240));
  const outcome = fateAfterSentence(random, verdict, sentenced, sex);
  const rehabilitationDate = verdict.outcome === 'dropped' && random.chance(0.8) ? '' : rehabilitation(random, arrest.year);
  // Fields spelled out: object spread here made this the slowest line of a million-row run.
  return {
    eventYear: arrest.year,
    arrestDate,
    charge,
    sentence: body ? `${verdict.text} (${body})` : verdict.text,
    fate: outcome.fate,
    deathDate: outcome.deathDate,
    rehabilitationDate,
  };
}

function fateAfterSentence(
  random: SeededRandom,
  verdict: Sentence,
  sentenced: CalendarDate,
  sex: Sex,
): Pick<CaseHistory, 'fate' | 'deathDate'> {
  switch (verdict.outcome) {
    case 'death':
      // A few files hold the sentence but not the act of execution.
      if (random.chance(0.05)) return { fate: said(FATES.unknown, sex), deathDate: '' };
      return {
        fate: said(FATES.shot, sex),
        deathDate: formatPartialDate(random, addDays(sentenced, random.int(0, 12)), EXECUTION_PRECISION),
      };
    case 'camp': {
      // A quarter died in the camps, half came out, and for the rest the file stops.
      const roll = random.next();
      if (roll < 0.25) {
        const yearsHeld = Math.min(verdict.years, GENERAL_RELEASE_YEAR - sentenced.year);
        const died = addDays(sentenced, random.int(30, Math.max(60, yearsHeld * 365)));
        // Karlag, near Karaganda from 1931, held the largest share of those sentenced in Kazakhstan.
        const where = sentenced.year >= 1931 && random.chance(0.2) ? FATES.diedInKarlag : FATES.diedInCamp;
        return { fate: said(where, sex), deathDate: formatPartialDate(random, died, DEATH_PRECISION) };
      }
      if (roll < 0.75) return released(random, sentenced.year + verdict.years, sex);
      return { fate: said(FATES.unknown, sex), deathDate: '' };
    }
    case 'exile': {
      const roll = random.next();
      if (roll < 0.15) {
        const died = addDays(sentenced, random.int(60, verdict.years * 365));
        return { fate: said(FATES.diedInExile, sex), deathDate: formatPartialDate(random, died, DEATH_PRECISION) };
      }
      if (roll < 0.7) return released(random, sentenced.year + verdict.years, sex);
      return { fate: said(FATES.unknown, sex), deathDate: '' };
    }
    case 'dropped':
      return released(random, sentenced.year, sex);
  }
}

/** Released people: a quarter have a known later death, mostly as a bare year. */
function released(random: SeededRandom, termEndYear: number, sex: Sex): Pick<CaseHistory, 'fate' | 'deathDate'> {
  if (!random.chance(0.25)) return { fate: said(FATES.released, sex), deathDate: '' };
  const releaseYear = Math.min(termEndYear, GENERAL_RELEASE_YEAR);
  const year = random.int(Math.max(releaseYear + 1, 1945), 1995);
  const death = { year, month: random.int(1, 12), day: random.int(1, 28) };
  return { fate: said(FATES.released, sex), deathDate: formatPartialDate(random, death, LATE_DEATH_PRECISION) };
}

// prettier-ignore
const REHABILITATION_YEARS = weightedTable<number | null>([
  [1956, 5], [1957, 10], [1958, 10], [1959, 8], [1960, 4], [1961, 2], [1962, 1],
  [1989, 15], [1990, 9], [1991, 5], [1992, 4], [1993, 2], [1994, 1], [1995, 1], [1996, 1], [1997, 0.5], [1998, 0.5], [1999, 0.5],
  [2001, 0.5], [2005, 0.5], [2010, 0.5], [2021, 1], [2022, 1.5], [2023, 1.5], [2024, 0.5],
  [null, 17],
]);

function rehabilitation(random: SeededRandom, afterYear: number, table = REHABILITATION_YEARS): string {
  const year = random.pickWeighted(table);
  if (year === null || year <= afterYear) return '';
  return formatPartialDate(random, { year, month: random.int(1, 12), day: random.int(1, 28) }, REHABILITATION_PRECISION);
}

function famineCase(random: SeededRandom, sex: Sex): CaseHistory {
  const death = drawFamineDeath(random);
  const fate = random.chance(0.88) ? FATES.famine : random.chance(0.6) ? FATES.diedFleeing : FATES.unknown;
  return {
    eventYear: death.year,
    arrestDate: '',
    charge: '',
    sentence: '',
    fate: said(fate, sex),
    deathDate: fate === FATES.unknown ? '' : formatPartialDate(random, death, FAMINE_PRECISION),
    rehabilitationDate: '',
  };
}

// prettier-ignore
const SETTLEMENT_REHABILITATION_YEARS = weightedTable<number | null>([
  [1991, 10], [1992, 15], [1993, 15], [1994, 10], [1995, 6], [1996, 4], [1998, 3], [2002, 3], [2008, 2], [2015, 2], [2022, 3],
  [null, 25],
]);

function deportationCase(random: SeededRandom, group: EthnicGroup, sex: Sex): CaseHistory {
  const evicted = drawDeportationDate(random, group);
  const arrestDate = formatPartialDate(
    random,
    evicted,
    group === 'chechen' || group === 'ingush' ? { full: 0.8, yearMonth: 0.15 } : ARREST_PRECISION,
  );
  const roll = random.next();
  let fate: string;
  let deathDate = '';
  if (roll < 0.25) {
    fate = said(FATES.diedInSettlement, sex);
    deathDate = formatPartialDate(random, addDays(evicted, random.int(30, 4 * 365)), DEATH_PRECISION);
  } else if (roll < 0.75) {
    fate = said(FATES.leftSettlement, sex);
    if (random.chance(0.2))
      deathDate = formatPartialDate(
        random,
        { year: random.int(1957, 1995), month: random.int(1, 12), day: random.int(1, 28) },
        LATE_DEATH_PRECISION,
      );
  } else {
    fate = said(FATES.unknown, sex);
  }
  return {
    eventYear: evicted.year,
    arrestDate,
    charge: evictionGround(group, sex),
    sentence: group === 'korean' ? 'административное выселение в КазССР' : 'спецпоселение',
    fate,
    deathDate,
    rehabilitationDate: rehabilitation(random, evicted.year, SETTLEMENT_REHABILITATION_YEARS),
  };
}

// prettier-ignore
const CONFISCATION_REHABILITATION_YEARS = weightedTable<number | null>([
  [1993, 15], [1994, 12], [1995, 10], [1996, 6], [1997, 5], [1998, 4], [2000, 3], [2021, 5], [2022, 6], [2023, 4],
  [null, 30],
]);

function confiscationCase(random: SeededRandom, sex: Sex): CaseHistory {
  const confiscated = drawConfiscationDate(random);
  const exile = random.chance(0.6)
    ? 'конфискация имущества, выселение за пределы округа'
    : 'конфискация имущества, выселение с семьёй за пределы КАССР';
  const outcome = fateAfterSentence(random, sentence(exile, 'exile', 5), confiscated, sex);
  return {
    eventYear: confiscated.year,
    arrestDate: formatPartialDate(random, confiscated, ARREST_PRECISION),
    charge: CONFISCATION_DECREE,
    sentence: exile,
    fate: outcome.fate,
    deathDate: outcome.deathDate,
    rehabilitationDate: rehabilitation(random, confiscated.year, CONFISCATION_REHABILITATION_YEARS),
  };
}
