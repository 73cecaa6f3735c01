// Russian patronymics (отчество) from a father's given name written in Russian letters, as a
// Soviet clerk formed them for every nationality: Иван → Иванович, Василий → Васильевич,
// Шокай → Шокаевич, Жума → Жумаевич. Used for Kazakh and all other records alike.

export type Sex = 'm' | 'f';

/** Slavic and biblical names whose patronymic does not follow the endings rule. */
const IRREGULAR: Record<string, readonly [male: string, female: string]> = {
  Яков: ['Яковлевич', 'Яковлевна'],
  Илья: ['Ильич', 'Ильинична'],
  Никита: ['Никитич', 'Никитична'],
  Фома: ['Фомич', 'Фоминична'],
  Кузьма: ['Кузьмич', 'Кузьминична'],
  Лука: ['Лукич', 'Лукинична'],
  Савва: ['Саввич', 'Саввична'],
  Фока: ['Фокич', 'Фокична'],
  Павел: ['Павлович', 'Павловна'],
  Лев: ['Львович', 'Львовна'],
  Пётр: ['Петрович', 'Петровна'],
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Георгий: ['Георгиевич', 'Георгиевна'],
  Андреас: ['Андреевич', 'Андреевна'],
};

const HUSHING = new Set(['ж', 'ш', 'ч', 'щ', 'ц']);
const VOWELS = new Set([...'аеёиоуыэюя']);

export function russianPatronymic(fatherName: string, sex: Sex): string {
  const irregular = IRREGULAR[fatherName];
  if (irregular) return sex === 'm' ? irregular[0] : irregular[1];
  const [stem, soft] = patronymicStem(fatherName);
  if (sex === 'm') return stem + (soft ? 'евич' : 'ович');
  return stem + (soft ? 'евна' : 'овна');
}

/** The stem to add -ович/-евич to, and whether the soft -евич form is the one Russian uses. */
function patronymicStem(name: string): [stem: string, soft: boolean] {
  const last = name.at(-1) ?? '';
  if (name.endsWith('ий')) return [name.slice(0, -2) + 'ь', true]; // Василий → Васильевич
  if (name.endsWith('улла')) return [name.slice(0, -1), false]; // Tatar Хабибулла → Хабибуллович
  if (last === 'й') return [name.slice(0, -1), true]; // Алексей → Алексеевич, Шокай → Шокаевич
  if (last === 'ь') return [name.slice(0, -1), true]; // Эмиль → Эмилевич
  if (VOWELS.has(last)) return [name, true]; // Жума → Жумаевич, Сейткали → Сейткалиевич
  return [name, HUSHING.has(last)]; // Франц → Францевич, Ахмет → Ахметович
}
