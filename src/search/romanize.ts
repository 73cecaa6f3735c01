// One romanization for every way a name reaches us: Kazakh Cyrillic, Russian Cyrillic, and the
// Latin systems in use (ICAO 9303 passports, BGN/PCGN, Kazakh Latin 2021 with or without
// diacritics). Kazakh letters fold to the Russian letters Soviet clerks wrote for them
// (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), so "with or without Kazakh letters" agree.
// Sounds that need digraphs in Latin get one symbol each, so an edit is one letter:
// ž = ж, š = ш/щ, č = ч, ć = ц, h = х/һ. The result is the "form" of a word.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ć',
  ч: 'č',
  ш: 'š',
  щ: 'š',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ӯ: 'u',
  ѣ: 'e',
};

// Latin letters with diacritics that are their own sound in the systems we read.
const LATIN_LETTERS: Record<string, string> = {
  ş: 'š',
  š: 'š',
  ç: 'č',
  č: 'č',
  ž: 'ž',
  ı: 'i',
  ñ: 'n',
  ŋ: 'n',
  ğ: 'g',
  ä: 'a',
  ö: 'o',
  ü: 'u',
  ū: 'u',
  ë: 'e',
  á: 'a',
  ó: 'o',
  ú: 'u',
  ý: 'i',
  ǵ: 'g',
  ń: 'n',
  ī: 'i',
  w: 'v',
  q: 'k',
  x: 'ks',
  ß: 'ss',
  ł: 'l',
};

// Digraphs and trigraphs of ICAO, BGN/PCGN and German or Polish spellings, longest first.
const LATIN_CLUSTERS: [RegExp, string][] = [
  [/shch|sch|szcz/g, 'š'],
  [/tsch|tch|cz/g, 'č'],
  [/dzh|dj|dž/g, 'dž'],
  [/zh/g, 'ž'],
  // Polish sz is ш; after zh, so that the s of "Kumuszhan" stays an s.
  [/sh|sz/g, 'š'],
  [/ch/g, 'č'],
  [/ts|tz/g, 'ć'],
  [/c/g, 'ć'],
  [/j/g, 'ž'],
  // y before a vowel is й (ya, yu, ye); elsewhere it is ы or й, which fold to i anyway.
  [/y(?=[aeiou])/g, 'i'],
  [/y/g, 'i'],
];

const LATIN_LETTER = /[a-z]/;

/** Romanizes one folded word (see fold-text.ts) into the shared form alphabet. */
export function romanize(word: string): string {
  let out = '';
  let latinRun = '';
  const flush = () => {
    if (latinRun !== '') out += romanizeLatin(latinRun);
    latinRun = '';
  };
  const chars = [...word];
  chars.forEach((char, at) => {
    const cyrillic = CYRILLIC[char];
    if (cyrillic !== undefined) {
      flush();
      // Ь and ъ before е sound as й (Григорьев = Grigoryev); before я and ю the i is there already.
      out += (char === 'ь' || char === 'ъ') && (chars[at + 1] === 'е' || chars[at + 1] === 'ё') ? 'i' : cyrillic;
    } else {
      latinRun += char;
    }
  });
  flush();
  // ICAO writes я and ю as ia and iu, BGN as ya and yu: both arrive here as ia and iu.
  return out;
}

function romanizeLatin(run: string): string {
  let text = '';
  for (const char of run) {
    const mapped = LATIN_LETTERS[char];
    if (mapped !== undefined) text += mapped;
    else if (LATIN_LETTER.test(char)) text += char;
    else text += stripMarks(char);
  }
  // kh and gh first: BGN writes х as kh and ғ as gh, and neither may become ć or ž below.
  text = text.replace(/kh/g, 'h').replace(/gh/g, 'g');
  for (const [pattern, replacement] of LATIN_CLUSTERS) text = text.replace(pattern, replacement);
  // BGN writes е as ye at a word start and after a vowel (Yerlan, Dostoyevskiy); Cyrillic has е.
  return text.replace(/^ie/, 'e').replace(/([aeiou])ie/g, '$1e');
}

/** Other Latin letters with marks (é, à, ć…) count as their base letter. */
function stripMarks(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '');
}
