// The text folding the peer engines are given, so none loses a match to case, ё, accents or
// Kazakh letters: what a developer setting one up for Kazakh and Russian names would configure.
// It stops short of transliteration and ending rules, which no peer offers out of the box.

// prettier-ignore
const LETTERS: Readonly<Record<string, string>> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  // Dotless ı (Kazakh Latin 2021) has no decomposition, so accent stripping leaves it.
  ı: 'i',
};
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const MAPPED_LETTER = /[әғқңөұүһіı]/g;

/** Lower case, accents and ё/й marks dropped, Kazakh letters as the Russian ones they sound like. */
export function peerFold(text: string): string {
  return text
    .toLowerCase()
    .replace(MAPPED_LETTER, (letter) => LETTERS[letter]!)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '');
}
