// Who is in the register and why: the share of each people, the nationality word a record uses,
// and what brought them in (arrest, famine, deportation, confiscation). The shares follow the
// published make-up of Kazakhstan's rehabilitation lists and famine records, rounded.

import type { Sex } from './russian-patronymic.ts';
import type { CaseKind, EthnicGroup } from './register-record.ts';
import { weightedTable, type WeightedTable } from './seeded-random.ts';

export interface GroupProfile {
  group: EthnicGroup;
  /** The nationality column as a record writes it, for a man and a woman. */
  nationality: Readonly<Record<Sex, string>>;
  kinds: WeightedTable<CaseKind>;
  /** Share of records (other than Kazakh ones) in which the clerk wrote a patronymic. */
  patronymicShare: number;
  /** Share born inside Kazakhstan rather than in the people's home region. */
  bornInKazakhstan: number;
}

function profile(
  group: EthnicGroup,
  male: string,
  female: string,
  kinds: Partial<Record<CaseKind, number>>,
  patronymicShare: number,
  bornInKazakhstan: number,
): GroupProfile {
  return {
    group,
    nationality: { m: male, f: female },
    kinds: weightedTable(Object.entries(kinds) as [CaseKind, number][]),
    patronymicShare,
    bornInKazakhstan,
  };
}

/** Each people's share of the register (weights, normalised when drawn). */
export const GROUP_PROFILES: WeightedTable<GroupProfile> = weightedTable([
  [profile('kazakh', 'казах', 'казашка', { arrest: 72, famine: 20, confiscation: 8 }, 0, 1), 62],
  [profile('russian', 'русский', 'русская', { arrest: 85, deportation: 15 }, 0.88, 0.35), 13],
  [profile('german', 'немец', 'немка', { arrest: 55, deportation: 45 }, 0.8, 0.05), 7],
  [profile('ukrainian', 'украинец', 'украинка', { arrest: 70, deportation: 30 }, 0.85, 0.2), 6],
  [profile('korean', 'кореец', 'кореянка', { arrest: 40, deportation: 60 }, 0.35, 0.02), 3],
  [profile('tatar', 'татарин', 'татарка', { arrest: 100 }, 0.8, 0.4), 3],
  [profile('chechen', 'чеченец', 'чеченка', { arrest: 30, deportation: 70 }, 0.6, 0), 2.5],
  [profile('polish', 'поляк', 'полька', { arrest: 50, deportation: 50 }, 0.75, 0.02), 2],
  [profile('ingush', 'ингуш', 'ингушка', { arrest: 30, deportation: 70 }, 0.6, 0), 0.8],
]);

/**
 * Share of women by kind of case. NKVD arrests were overwhelmingly of men (women mostly as
 * "family members of traitors"); famine and deportation took whole families.
 */
export const FEMALE_SHARE: Readonly<Record<CaseKind, number>> = {
  arrest: 0.08,
  famine: 0.48,
  deportation: 0.5,
  confiscation: 0.04,
};

/** Share of rows with `restricted: yes` (the brief's ~1.5%: living relatives asked for privacy). */
export const RESTRICTED_SHARE = 0.015;
