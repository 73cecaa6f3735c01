// The Latin spelling of a Cyrillic name as a Kazakhstani passport of the 1990s–2010s gave it
// (Байтурсынов → Baitursynov, Жансугуров → Zhansugurov): what a descendant abroad types into the
// kiosk. Kazakh letters fold to their plain Latin base, as those passports did.

// prettier-ignore
const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

/** Both cases of every letter, so the hot loop needs no toLowerCase per character. */
const LATIN_ANY_CASE: ReadonlyMap<string, string> = new Map(
  Object.entries(LATIN).flatMap(([cyrillic, latin]) => [
    [cyrillic, latin],
    [cyrillic.toUpperCase(), latin],
  ]),
);

/** Each word starts with a capital, the rest in lower case: Жансугуров Ильяс → Zhansugurov Ilias. */
export function latinSpelling(cyrillic: string): string {
  let out = '';
  let wordStart = true;
  for (const letter of cyrillic) {
    const latin = LATIN_ANY_CASE.get(letter);
    if (latin === undefined) {
      out += letter;
      wordStart = true;
    } else if (latin !== '') {
      out += wordStart ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
      wordStart = false;
    }
  }
  return out;
}
