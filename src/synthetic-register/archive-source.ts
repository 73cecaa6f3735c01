// The source and case_number columns: where the file is kept today, in the form Kazakhstani
// archives cite it (fond, opis, delo, list; or a security-service case number). Archives carry
// today's oblast names, unlike the period places in the rest of the row. Numbers are synthetic.

import type { CaseKind } from './register-record.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Oblasts with a regional archive of the security service (ДКНБ) and of the police (ДП). */
// prettier-ignore
const ARCHIVE_OBLASTS = [
  'Алматинской', 'Карагандинской', 'Восточно-Казахстанской', 'Павлодарской', 'Акмолинской', 'Жамбылской', 'Кызылординской',
  'Туркестанской', 'Атырауской', 'Западно-Казахстанской', 'Актюбинской', 'Костанайской', 'Северо-Казахстанской', 'Мангистауской',
  'Абайской', 'Жетысуской', 'Улытауской',
] as const;

export interface ArchiveSource {
  source: string;
  caseNumber: string;
}

function fondReference(random: SeededRandom, archive: string, fonds: readonly number[]): string {
  return `${archive}, ф. ${random.pick(fonds)}, оп. ${random.int(1, 12)}, д. ${random.int(1, 9999)}, л. ${random.int(1, 320)}`;
}

export function composeArchiveSource(random: SeededRandom, kind: CaseKind): ArchiveSource {
  const oblast = random.pick(ARCHIVE_OBLASTS);
  switch (kind) {
    case 'arrest':
    case 'confiscation': {
      const roll = random.next();
      if (roll < 0.45) {
        // Security-service archives number their files with letter prefixes (0-, П-, ОФ-).
        const caseNumber = `${random.pick(['0', '0', '0', 'П', 'ОФ'])}-${random.int(100, 99999)}`;
        return { source: `Архив ДКНБ по ${oblast} обл., д. ${caseNumber}`, caseNumber };
      }
      if (roll < 0.7) {
        const caseNumber = `П-${random.int(1000, 99999)}`;
        return { source: `Архив КНБ РК, д. ${caseNumber}`, caseNumber };
      }
      if (roll < 0.85) return { source: fondReference(random, 'ЦГА РК', [5, 30, 44, 74, 81, 1179, 1380]), caseNumber: '' };
      if (roll < 0.95) return { source: fondReference(random, 'Архив Президента РК', [139, 141, 708, 719]), caseNumber: '' };
      return { source: fondReference(random, `Гос. архив ${oblast} обл.`, [12, 40, 107, 132, 223]), caseNumber: '' };
    }
    case 'deportation': {
      if (random.chance(0.65)) {
        const caseNumber = String(random.int(100, 199999));
        return { source: `Архив ДП ${oblast} обл., учётное дело спецпоселенца № ${caseNumber}`, caseNumber };
      }
      return { source: fondReference(random, 'ЦГА РК', [1137, 1987, 1490]), caseNumber: '' };
    }
    case 'famine':
      if (random.chance(0.6))
        return { source: fondReference(random, `Гос. архив ${oblast} обл.`, [12, 40, 107, 132, 223]), caseNumber: '' };
      return { source: fondReference(random, 'ЦГА РК', [5, 30, 44, 74, 1179]), caseNumber: '' };
  }
}
