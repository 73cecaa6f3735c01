// Shows the feed's partial ISO dates (`1937`, `1937-11`, `1937-11-05`) as a reader of each
// language writes them. Own month tables, not Intl: a kiosk's browser may lack Kazakh locale
// data, and a date must read the same on every kiosk. No DOM.

import type { Language } from '../../feed/languages.ts';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Russian puts the month in the genitive after a day number: "30 июля 1937". */
const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** A partial ISO date in words; anything that is not one is returned as it is. */
export function formatPartialDate(date: string, lang: Language): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthIndex = month === undefined ? -1 : Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return `${year}`;
  if (day === undefined) {
    const name = MONTHS[lang][monthIndex];
    return lang === 'kk' ? `${year} ж. ${name}` : `${name} ${year}`;
  }
  const dayNumber = Number(day);
  const name = (lang === 'ru' ? RU_MONTHS_GENITIVE : MONTHS[lang])[monthIndex];
  // Kazakh writes the year first: "1937 ж. 30 шілде".
  return lang === 'kk' ? `${year} ж. ${dayNumber} ${name}` : `${dayNumber} ${name} ${year}`;
}

/** A date or a span of dates ("1937 – 1938"). */
export function formatDateSpan(from: string, to: string | undefined, lang: Language): string {
  const start = formatPartialDate(from, lang);
  return to === undefined ? start : `${start} – ${formatPartialDate(to, lang)}`;
}

/** The year of a partial date, or undefined when it is not one. */
export function yearOf(date: string | undefined): number | undefined {
  const match = date === undefined ? null : /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : undefined;
}

/**
 * A moment (ISO timestamp or epoch ms) for the technician, in local time to the second, written
 * as each language writes a date: `2025 ж. 31 мамыр, 14:05:09`, `31 мая 2025, 14:05:09`,
 * `31 May 2025, 14:05:09`.
 */
export function formatTimestamp(moment: string | number | Date, lang: Language): string {
  const date = new Date(moment);
  if (Number.isNaN(date.getTime())) return String(moment);
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`, lang);
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
