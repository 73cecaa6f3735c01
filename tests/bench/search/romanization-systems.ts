// Writes Cyrillic names the way the benchmark's visitors would type them in Latin letters:
// ICAO 9303 (passports), BGN/PCGN, and the Kazakh Latin alphabet of 2021 with and without its
// diacritics. Written from the systems' tables, independently of the engine's own folding,
// so the benchmark does not grade the engine against itself.

export const LATIN_SYSTEMS = ['icao', 'bgn', 'kz2021', 'kz2021-plain'] as const;
export type LatinSystem = (typeof LATIN_SYSTEMS)[number];

/** Which language's table a system uses where it has two: BGN/PCGN has one for Russian and one for Kazakh. */
export type SourceLanguage = 'kk' | 'ru';

// prettier-ignore
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ъ: '', ь: '',
};

// ICAO 9303 part 3 table for Cyrillic, with the Kazakh letters as Kazakh passports write them.
// prettier-ignore
const ICAO: Record<string, string> = {
  ...COMMON, е: 'e', ё: 'e', ж: 'zh', и: 'i', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ы: 'y', э: 'e', ю: 'iu', я: 'ia', ъ: 'ie',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

// BGN/PCGN 1947 for Russian. The apostrophes it writes for ъ and ь are left out, as people type it.
// prettier-ignore
const BGN_RUSSIAN: Record<string, string> = {
  ...COMMON, е: 'e', ё: 'ë', ж: 'zh', и: 'i', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ы: 'y', э: 'e', ю: 'yu', я: 'ya',
};

// BGN/PCGN 1979 for Kazakh. It differs from the Russian table on the shared letters: и is ī and
// у is ū (Әуезов = Äūezov), while ұ is plain u; э is ė, ё is yo, and е never becomes ye.
// prettier-ignore
const BGN_KAZAKH: Record<string, string> = {
  ...COMMON, е: 'e', ё: 'yo', ж: 'zh', и: 'ī', й: 'y', у: 'ū', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ы: 'y', э: 'ė', ю: 'yu', я: 'ya',
  ә: 'ä', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'ö', ұ: 'u', ү: 'ü', һ: 'h', і: 'i',
};

// Kazakh Latin alphabet approved in 2021: one letter per sound, diacritics for the Kazakh ones
// (і = ı, и and й = i, ы = y, ұ = ū, ү = ü); the Russian-only letters as digraphs.
// prettier-ignore
const KZ2021: Record<string, string> = {
  ...COMMON, е: 'e', ё: 'io', ж: 'j', и: 'i', й: 'i', х: 'h', ц: 's', ч: 'ch', ш: 'ş', щ: 'ş',
  ы: 'y', э: 'e', ю: 'iu', я: 'ia',
  ә: 'ä', ғ: 'ğ', қ: 'q', ң: 'ñ', ө: 'ö', ұ: 'ū', ү: 'ü', һ: 'h', і: 'ı', у: 'u',
};

/** What a visitor without a Kazakh keyboard types for each Kazakh Latin letter. */
const PLAIN: Record<string, string> = { ä: 'a', ğ: 'g', ñ: 'n', ö: 'o', ū: 'u', ü: 'u', ı: 'i', ş: 's', ë: 'e' };

const KAZAKH_ONLY_LETTERS = /[әғқңөұүһі]/iu;
const RUSSIAN_VOWELS_AND_SIGNS = /[аеёиоуыэюяйъь]/u;

/**
 * `cyrillic` in `system`, one word or several. `language` picks the BGN/PCGN table; by default a
 * text with Kazakh-only letters is Kazakh and any other is Russian.
 */
export function romanizeAs(system: LatinSystem, cyrillic: string, language?: SourceLanguage): string {
  const lang = language ?? (KAZAKH_ONLY_LETTERS.test(cyrillic) ? 'kk' : 'ru');
  const table = system === 'icao' ? ICAO : system === 'bgn' ? (lang === 'kk' ? BGN_KAZAKH : BGN_RUSSIAN) : KZ2021;
  return cyrillic
    .split(/(\s+|-)/u)
    .map((word) => (/^\s+$|^-$/u.test(word) || word === '' ? word : romanizeWord(system, table, lang, word)))
    .join('');
}

function romanizeWord(system: LatinSystem, table: Record<string, string>, lang: SourceLanguage, word: string): string {
  let out = '';
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const char = lower[i]!;
    let latin = table[char] ?? char;
    // BGN/PCGN Russian writes е as ye (and ё as yë) at the start of a word and after a vowel, й, ъ or ь.
    if (system === 'bgn' && lang === 'ru' && (char === 'е' || char === 'ё')) {
      if (i === 0 || RUSSIAN_VOWELS_AND_SIGNS.test(lower[i - 1]!)) latin = 'y' + latin;
    }
    out += latin;
  }
  if (system === 'kz2021-plain') out = [...out].map((char) => PLAIN[char] ?? char).join('');
  // Capitalize as a name is written.
  return out.charAt(0).toUpperCase() + out.slice(1);
}
