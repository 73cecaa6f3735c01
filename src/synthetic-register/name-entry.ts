// The compact notation the name lists are written in, and its parser. `Мюллер/Миллер=Müller`
// is one name: the canonical Soviet spelling, other spellings clerks used, and the spelling in
// the person's own Latin alphabet. Keeps the data files short enough to read and check.

export interface NameEntry {
  /** The spelling most Soviet records use; the one the search bench treats as correct. */
  canonical: string;
  /** Other Cyrillic spellings found in records (Миллер, Федоров). */
  alternatives: readonly string[];
  /** The name in its own Latin spelling (Müller, Kowalski), when the people wrote it so. */
  latin: string | null;
}

/** Parses whitespace-separated entries, most common first, as in the data files. */
export function nameEntries(text: string): NameEntry[] {
  return text
    .trim()
    .split(/\s+/u)
    .map((token) => {
      const [cyrillic = '', latin] = token.split('=');
      const [canonical = '', ...others] = cyrillic.split('/');
      if (!canonical) throw new Error(`nameEntries: empty name in "${token}"`);
      const alternatives = [...new Set(others)].filter((other) => other !== canonical);
      return { canonical, alternatives, latin: latin ?? null };
    });
}

/** ё is often typed as е, so a spelling with ё also exists without it. */
export function withoutYo(name: string): string {
  return name.replaceAll('ё', 'е').replaceAll('Ё', 'Е');
}

/** The Russian feminine of a surname: Иванов → Иванова, Ковальский → Ковальская; Шмидт stays. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/u.test(surname)) return surname + 'а';
  if (/(ский|цкий)$/u.test(surname)) return surname.slice(0, -2) + 'ая';
  if (/(ой|ый)$/u.test(surname)) return surname.slice(0, -2) + 'ая';
  return surname;
}
