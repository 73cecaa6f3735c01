// The occupation column as records wrote it, fitted to the person: nomad herders before
// collectivisation, kolkhoz workers after it, mullahs and priests, labour-army Germans in 1942–46,
// housewives among the women; children in famine records have none.

import type { Sex } from './russian-patronymic.ts';
import type { CaseKind, EthnicGroup } from './register-record.ts';
import { weightedTable, type SeededRandom, type WeightedTable } from './seeded-random.ts';

interface Occupation {
  text: string;
  /** Only recorded from / until these years (collective farms from 1930, nomad herders until 1935). */
  from?: number;
  until?: number;
}

type Entry = readonly [text: string, weight: number, from?: number, until?: number];

function table(entries: readonly Entry[]): WeightedTable<Occupation> {
  return weightedTable(entries.map(([text, weight, from, until]) => [{ text, from, until }, weight] as const));
}

const KOLKHOZ_MEMBER = 'колхозник';

// prettier-ignore
const KAZAKH_MEN = table([
  [KOLKHOZ_MEMBER, 20, 1930], ['кочевник-скотовод', 10, 0, 1935], ['скотовод', 8], ['бай', 4, 0, 1933], ['бывший бай', 3, 1930],
  ['мулла', 5], ['учитель', 6], ['председатель аулсовета', 4], ['чабан', 4], ['табунщик', 2], ['бухгалтер', 3], ['счетовод', 3],
  ['агроном', 1], ['зоотехник', 1], ['ветфельдшер', 1], ['врач', 0.5], ['журналист', 0.5], ['писатель', 0.3], ['сотрудник наркомата', 1],
  ['секретарь райкома ВКП(б)', 1, 1925], ['студент', 1], ['рабочий', 5], ['шахтёр', 2, 1931], ['кузнец', 1], ['единоличник', 3, 1929],
  ['без определённых занятий', 2], ['бывший бий', 1], ['бывший волостной управитель', 1.5], ['ишан', 0.5], ['председатель колхоза', 2, 1930],
]);

// prettier-ignore
const SLAVIC_MEN = table([
  [KOLKHOZ_MEMBER, 20, 1930], ['крестьянин-единоличник', 10], ['рабочий', 10], ['шахтёр', 4, 1931], ['железнодорожник', 5], ['слесарь', 2],
  ['машинист', 1], ['учитель', 3], ['бухгалтер', 3], ['агроном', 1], ['инженер', 2], ['священник', 3], ['диакон', 1], ['псаломщик', 1],
  ['бывший казак', 2], ['кулак', 3, 0, 1933], ['служащий', 4], ['врач', 1], ['военнослужащий', 2], ['милиционер', 1], ['счетовод', 2],
  ['плотник', 2], ['сапожник', 1], ['портной', 1], ['кладовщик', 2], ['завхоз', 1], ['директор школы', 1], ['техник', 1],
]);

// prettier-ignore
const OCCUPATIONS_MEN: Readonly<Record<EthnicGroup, WeightedTable<Occupation>>> = {
  kazakh: KAZAKH_MEN,
  russian: SLAVIC_MEN,
  ukrainian: SLAVIC_MEN,
  polish: table([[KOLKHOZ_MEMBER, 25, 1930], ['рабочий', 8], ['учитель', 3], ['ксёндз', 1], ['крестьянин-единоличник', 8], ['счетовод', 2],
    ['столяр', 2], ['лесоруб', 2]]),
  german: table([[KOLKHOZ_MEMBER, 25, 1930], ['трудармеец', 8, 1942, 1946], ['рабочий', 10], ['учитель', 3], ['пастор', 1], ['проповедник', 1],
    ['кузнец', 3], ['тракторист', 4, 1930], ['мельник', 1], ['крестьянин-единоличник', 6], ['бухгалтер', 2], ['счетовод', 2], ['механик', 2]]),
  korean: table([[KOLKHOZ_MEMBER, 30, 1930], ['рыбак', 6], ['рисовод', 8], ['учитель', 5], ['рабочий', 8], ['бухгалтер', 3], ['студент', 2],
    ['служащий', 3], ['переводчик', 1]]),
  chechen: table([[KOLKHOZ_MEMBER, 25], ['чабан', 6], ['рабочий', 8], ['мулла', 3], ['кузнец', 2], ['без определённых занятий', 5], ['сторож', 3]]),
  ingush: table([[KOLKHOZ_MEMBER, 25], ['чабан', 6], ['рабочий', 8], ['мулла', 3], ['кузнец', 2], ['без определённых занятий', 5], ['сторож', 3]]),
  tatar: table([['торговец', 8, 0, 1930], ['мулла', 5], ['учитель', 6], ['рабочий', 8], ['приказчик', 3, 0, 1930], ['служащий', 8], ['бухгалтер', 6],
    ['портной', 2], [KOLKHOZ_MEMBER, 8, 1930], ['счетовод', 3], ['сапожник', 2]]),
};

// prettier-ignore
const OCCUPATIONS_WOMEN = table([
  ['колхозница', 25, 1930], ['домохозяйка', 30], ['рабочая', 8], ['учительница', 6], ['служащая', 5], ['медсестра', 3], ['счетовод', 3],
  ['крестьянка', 8, 0, 1932], ['портниха', 1], ['доярка', 2, 1930],
]);

/** Kolkhoz names in ASCII quotes, as typed in the files; a record names one now and then. */
// prettier-ignore
const KOLKHOZES: Readonly<Partial<Record<EthnicGroup, readonly string[]>>> = {
  kazakh: ['Кзыл-Ту', 'Жана-Турмыс', 'Бирлик', 'Енбек', 'Кзыл-Аскер', 'Ленин-Жолы', 'Социализм', 'Коммунизм', 'Жана-Талап', 'Ынтымак'],
  russian: ['Красный Октябрь', 'Путь к социализму', 'Ударник', 'Пятилетка', 'Авангард', 'Парижская коммуна', 'Заветы Ильича', 'Новый путь'],
  ukrainian: ['Червоний шлях', 'Шевченко', 'Красный партизан', 'Пятилетка', 'Новая жизнь'],
  german: ['Роте Фане', 'Фрейндшафт', 'Ленинвег', 'Интернационал', 'Роте Фане'],
  korean: ['Авангард', 'Дальний Восток', 'Политотдел', 'Ленинский путь', 'Гигант'],
};

const FAMINE_OCCUPATIONS: Readonly<Record<Sex, readonly string[]>> = {
  m: ['кочевник-скотовод', 'колхозник', 'бедняк-скотовод', 'скотовод', 'единоличник'],
  f: ['колхозница', 'единоличница', 'домохозяйка'],
};
/** The 1928 decree targeted the largest herd owners and the former steppe nobility. */
const CONFISCATION_OCCUPATIONS = ['бай', 'бай-полуфеодал', 'бывший волостной управитель', 'бывший бий', 'мулла', 'скотовод'];

const KOLKHOZ_NAMED_SHARE = 0.15;
/** Children this young in famine and deportation records have no occupation written. */
const CHILD_AGE = 14;
/** Share of adult records with no occupation written at all. */
const UNKNOWN_SHARE = 0.08;

export function composeOccupation(
  random: SeededRandom,
  group: EthnicGroup,
  sex: Sex,
  kind: CaseKind,
  eventYear: number,
  age: number | null,
): string {
  if (age !== null && age < CHILD_AGE) return random.chance(0.3) ? (sex === 'm' ? 'иждивенец' : 'иждивенка') : '';
  if (random.chance(kind === 'famine' ? 0.45 : UNKNOWN_SHARE)) return '';
  if (kind === 'famine') return random.pick(FAMINE_OCCUPATIONS[sex]);
  if (kind === 'confiscation') return random.pick(CONFISCATION_OCCUPATIONS);
  const options = sex === 'm' ? OCCUPATIONS_MEN[group] : OCCUPATIONS_WOMEN;
  let occupation = random.pickWeighted(options);
  for (let attempt = 0; attempt < 6 && !fits(occupation, eventYear); attempt++) occupation = random.pickWeighted(options);
  if (!fits(occupation, eventYear)) return '';
  const kolkhozes = KOLKHOZES[group];
  if (occupation.text === KOLKHOZ_MEMBER && kolkhozes && random.chance(KOLKHOZ_NAMED_SHARE)) {
    return `колхозник колхоза "${random.pick(kolkhozes)}"`;
  }
  if (occupation.text === 'председатель колхоза' && kolkhozes) return `председатель колхоза "${random.pick(kolkhozes)}"`;
  return occupation.text;
}

function fits(occupation: Occupation, year: number): boolean {
  return (
    (occupation.from === undefined || year >= occupation.from) && (occupation.until === undefined || year <= occupation.until)
  );
}
