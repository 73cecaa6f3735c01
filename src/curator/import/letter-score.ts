// How much a decoded text reads like Russian or Kazakh: the mean log-frequency of its letters,
// with anything a Cyrillic text would not hold (box-drawing signs, Serbian letters, C1 control
// codes) weighed as almost impossible, plus the share of letter pairs that are common in the two
// languages. Read in the wrong 8-bit code page, a register's frequent letters turn into rare ones
// or into such signs, and its pairs into unheard-of ones, so the right code page scores highest,
// for names in capitals as well as for running text, since case is folded first.

/**
 * Letter frequencies in per cent: Russian from the National Corpus (о 11, е 8.5, а 8 …), Kazakh's
 * own letters from Kazakh news text; a letter both languages use takes the higher of the two.
 */
const LETTER_PERCENT =
  'о 11, е 8.5, а 12, и 7.4, н 6.7, т 6.3, с 5.5, р 5.5, в 4.5, л 5.5, к 3.5, м 3.5, д 4, п 2.8, у 2.6, я 2, ы 6.5, ' +
  'ь 1.7, г 1.7, з 1.8, б 3, ч 1.4, й 2.5, х 1, ж 2.5, ш 1.6, ю 0.6, ц 0.5, щ 0.4, э 0.3, ф 0.3, ъ 0.04, ё 0.1, ' +
  'ә 1.5, ғ 1.8, қ 3.5, ң 1.5, ө 0.8, ұ 1.7, ү 1, һ 0.02, і 4.5';
/**
 * Letter pairs that are common in Russian (National Corpus bigram counts) or Kazakh running text
 * and names. A right reading has about half its pairs here, a wrong one about a tenth.
 */
const COMMON_PAIRS = new Set(
  (
    'ст но то на ен ов ни ра во ко ро ан ос пр по ер ал ре ол ли ва ет ор ка ел не ть та ла од ин ом ло го де ит ' +
    'ат ес ар ск ле ви ог ой тр ед ма ак ри ев ий ми да ны ти ам мо он ис об лы ич ав ая ие ем ас из ки ль ме ну ' +
    'ое ок оп от пе пи ру са се си сл со ту ты ул че ше ют ят ия ей ик им ир их лу ля му мы ня оз оч ры ря св су ' +
    'уд ун ур ус ут ци ча чи ые ый ым ых ин кт ук иц ын ың қа ды ін ті ыр ақ ай ға ге ұл ке ім ір ді ек ің ыл ад ' +
    'ша бе қы жа ық ұр сы ғы ні бі тұ ұс бо ұн жы ау ба'
  ).split(' '),
);
/** How much a common pair counts against a letter's log-frequency: enough to settle names in capitals. */
const PAIR_WEIGHT = 2;

/** Non-letters a Cyrillic register writes: quotes, dashes, the number sign, a no-break space. */
const NEUTRAL = new Set('«»—–‘’“”„…№°\u00a0'.split(''));
/** log(percent) of a character no Russian or Kazakh text would hold. */
const IMPOSSIBLE = Math.log(0.0001);

const LOG_FREQUENCY = new Map(
  LETTER_PERCENT.split(', ').map((entry) => {
    const [letter, percent] = entry.split(' ');
    return [letter!, Math.log(Number(percent))];
  }),
);

export interface LetterScore {
  /** Mean log-frequency over the characters outside ASCII; higher reads more like the languages. */
  score: number;
  /** How many characters outside ASCII it was taken over. */
  counted: number;
}

export function scoreLetters(text: string): LetterScore {
  let sum = 0;
  let counted = 0;
  let pairs = 0;
  let commonPairs = 0;
  let previous = '';
  for (const character of text.toLowerCase()) {
    if (character < '\u0080' || NEUTRAL.has(character)) {
      previous = '';
      continue;
    }
    counted++;
    const frequency = LOG_FREQUENCY.get(character);
    sum += frequency ?? IMPOSSIBLE;
    if (frequency !== undefined && previous !== '') {
      pairs++;
      if (COMMON_PAIRS.has(previous + character)) commonPairs++;
    }
    previous = frequency === undefined ? '' : character;
  }
  if (counted === 0) return { score: 0, counted };
  return { score: sum / counted + (pairs === 0 ? 0 : (PAIR_WEIGHT * commonPairs) / pairs), counted };
}
