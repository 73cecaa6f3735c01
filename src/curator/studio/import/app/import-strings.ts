// Every string of the register import's screen in Kazakh, Russian and English: the screen's own
// words, the register's columns, each kind of row problem and each failure by its code. Its
// readers are historians and archivists, so the words are plain ones; `satisfies` makes a
// missing translation a type error. Counts go through Intl: the studio runs in the curator's
// desktop browser, which has the locale data a kiosk's may lack. No DOM.

import type { Language } from '../../../../feed/languages.ts';
import type { ImportFailure } from '../import-protocol.ts';

type Texts<T> = Readonly<Record<Language, T>>;

const STRINGS = {
  title: { kk: 'Есімдер тізімін енгізу', ru: 'Импорт списка имён', en: 'Import the register' },
  intro: {
    kk: 'Мұрағаттан алынған кестені (.xlsx) немесе CSV файлын таңдаңыз. Сіз растағанға дейін ештеңе жазылмайды.',
    ru: 'Выберите таблицу (.xlsx) или CSV-файл, выгруженный из архива. Пока вы не подтвердите, ничего не записывается.',
    en: 'Choose a spreadsheet (.xlsx) or a CSV file exported from the archive. Nothing is written until you confirm.',
  },
  chooseFile: { kk: 'Файлды таңдау', ru: 'Выбрать файл', en: 'Choose a file' },
  theFile: { kk: 'Файл', ru: 'Файл', en: 'The file' },
  workbook: { kk: 'Excel кітабы', ru: 'Книга Excel', en: 'Excel workbook' },
  csvFile: { kk: 'CSV файлы', ru: 'CSV-файл', en: 'CSV file' },
  encoding: { kk: 'Кодтау', ru: 'Кодировка', en: 'Encoding' },
  separator: { kk: 'Бөлгіш', ru: 'Разделитель', en: 'Separator' },
  guessed: {
    kk: 'болжам: төмендегі жолдарды тексеріңіз',
    ru: 'предположение: проверьте строки ниже',
    en: 'a guess: check the rows below',
  },
  headerRow: { kk: 'Тақырып жолы', ru: 'Строка заголовков', en: 'Heading row' },
  preview: { kk: 'Алғашқы жолдар, оқылған күйінде', ru: 'Первые строки, как они прочитаны', en: 'The first rows, as read' },
  previewHint: {
    kk: 'Әріптер дұрыс оқылмаса, басқа кодтауды таңдаңыз.',
    ru: 'Если буквы читаются неправильно, выберите другую кодировку.',
    en: 'If the letters read wrong, choose another encoding.',
  },
  columns: { kk: 'Бағандар', ru: 'Столбцы', en: 'Columns' },
  columnsHint: {
    kk: 'Әр бағанның тізімде неге айналатынын тексеріңіз. Бұл таңдау осы файл атауы үшін есте сақталады.',
    ru: 'Проверьте, чем станет каждый столбец в списке. Этот выбор запоминается для файла с таким именем.',
    en: 'Check what each column becomes in the register. The choice is remembered for a file of this name.',
  },
  heading: { kk: 'Файлдағы тақырыбы', ru: 'Заголовок в файле', en: 'Heading in the file' },
  examples: { kk: 'Мысалдар', ru: 'Примеры', en: 'Examples' },
  filled: { kk: 'Толтырылған', ru: 'Заполнено', en: 'Filled' },
  goesTo: { kk: 'Тізімде', ru: 'В списке', en: 'In the register' },
  noHeading: { kk: '(тақырыбы жоқ)', ru: '(без заголовка)', en: '(no heading)' },
  problems: { kk: 'Жолдардағы ақаулар', ru: 'Проблемы в строках', en: 'Problems in rows' },
  problemsHint: {
    kk: 'Қатесі бар жол жазылады, бірақ түзетілгенше киоскіде көрсетілмейді. Мұнда түзетуге немесе жолды алып тастауға болады.',
    ru: 'Строка с ошибкой записывается, но не показывается на киоске, пока её не исправят. Здесь её можно исправить или не импортировать.',
    en: 'A row with an error is written, but kiosks do not show it until it is fixed. You can fix it here, or leave it out.',
  },
  allKinds: { kk: 'Барлық ақаулар', ru: 'Все проблемы', en: 'All problems' },
  allColumns: { kk: 'Барлық бағандар', ru: 'Все столбцы', en: 'All columns' },
  allSeverities: { kk: 'Қателер мен ескертулер', ru: 'Ошибки и предупреждения', en: 'Errors and warnings' },
  errorsOnly: { kk: 'Тек қателер', ru: 'Только ошибки', en: 'Errors only' },
  warningsOnly: { kk: 'Тек ескертулер', ru: 'Только предупреждения', en: 'Warnings only' },
  find: { kk: 'Іздеу', ru: 'Найти', en: 'Find' },
  exportCsv: { kk: 'CSV ретінде жүктеп алу', ru: 'Скачать как CSV', en: 'Download as CSV' },
  row: { kk: 'Жол', ru: 'Строка', en: 'Row' },
  column: { kk: 'Баған', ru: 'Столбец', en: 'Column' },
  problem: { kk: 'Ақау', ru: 'Проблема', en: 'Problem' },
  value: { kk: 'Мәні', ru: 'Значение', en: 'Value' },
  error: { kk: 'қате', ru: 'ошибка', en: 'error' },
  warning: { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
  saveFix: { kk: 'Түзетуді сақтау', ru: 'Сохранить исправление', en: 'Save the fix' },
  skipRow: { kk: 'Жолды енгізбеу', ru: 'Не импортировать строку', en: 'Leave the row out' },
  keepRow: { kk: 'Жолды енгізу', ru: 'Импортировать строку', en: 'Import the row' },
  skipped: { kk: 'енгізілмейді', ru: 'не импортируется', en: 'left out' },
  noProblems: { kk: 'Ақау табылған жоқ.', ru: 'Проблем не найдено.', en: 'No problems found.' },
  previous: { kk: 'Алдыңғы', ru: 'Назад', en: 'Previous' },
  next: { kk: 'Келесі', ru: 'Далее', en: 'Next' },
  summary: { kk: 'Жазылатын нәрсе', ru: 'Что будет записано', en: 'What will be written' },
  registerFile: { kk: 'Тізім файлы', ru: 'Файл списка', en: 'Register file' },
  newFile: { kk: 'жаңа файл', ru: 'новый файл', en: 'a new file' },
  confirm: { kk: 'Тізімді жазу', ru: 'Записать список', en: 'Write the register' },
  anotherFile: { kk: 'Басқа файлды енгізу', ru: 'Импортировать другой файл', en: 'Import another file' },
  mappingBlocked: {
    kk: 'Бағандарды осылай жазу мүмкін емес:',
    ru: 'Со столбцами в таком виде список записать нельзя:',
    en: 'The register cannot be written with these columns:',
  },
  rememberProblem: {
    kk: 'Баған таңдауы есте сақталмайды: names/.import-mappings.json файлын оқу мүмкін емес.',
    ru: 'Выбор столбцов не запомнится: файл names/.import-mappings.json не читается.',
    en: 'The column choice is not remembered: names/.import-mappings.json cannot be read.',
  },
} satisfies Record<string, Texts<string>>;

/** The separators by the character (detect-separator.ts). */
const SEPARATORS = {
  ',': { kk: 'үтір (,)', ru: 'запятая (,)', en: 'comma (,)' },
  ';': { kk: 'нүктелі үтір (;)', ru: 'точка с запятой (;)', en: 'semicolon (;)' },
  '\t': { kk: 'табуляция', ru: 'табуляция', en: 'tab' },
} satisfies Record<string, Texts<string>>;

/** What each target of a column is called (column-names.ts). */
const TARGETS = {
  id: { kk: 'Жазба нөмірі (id)', ru: 'Номер записи (id)', en: 'Record number (id)' },
  surname: { kk: 'Тегі', ru: 'Фамилия', en: 'Surname' },
  given_name: { kk: 'Аты', ru: 'Имя', en: 'Given name' },
  patronymic: { kk: 'Әкесінің аты', ru: 'Отчество', en: 'Patronymic' },
  name_variants: { kk: 'Басқа жазылулары', ru: 'Другие написания', en: 'Other spellings' },
  birth_year: { kk: 'Туған жылы', ru: 'Год рождения', en: 'Year of birth' },
  birth_place: { kk: 'Туған жері', ru: 'Место рождения', en: 'Place of birth' },
  nationality: { kk: 'Ұлты', ru: 'Национальность', en: 'Nationality' },
  occupation: { kk: 'Кәсібі', ru: 'Род занятий', en: 'Occupation' },
  arrest_date: { kk: 'Тұтқындалған күні', ru: 'Дата ареста', en: 'Date of arrest' },
  charge: { kk: 'Айыбы', ru: 'Обвинение', en: 'Charge' },
  sentence: { kk: 'Үкім', ru: 'Приговор', en: 'Sentence' },
  fate: { kk: 'Тағдыры', ru: 'Судьба', en: 'Fate' },
  death_date: { kk: 'Қайтыс болған күні', ru: 'Дата смерти', en: 'Date of death' },
  rehabilitation_date: { kk: 'Ақталған күні', ru: 'Дата реабилитации', en: 'Date of rehabilitation' },
  source: { kk: 'Мұрағат сілтемесі', ru: 'Архивный шифр', en: 'Archive reference' },
  images: { kk: 'Суреттер', ru: 'Изображения', en: 'Images' },
  lang: { kk: 'Жазба тілі', ru: 'Язык записи', en: 'Language of the record' },
  restricted: {
    kk: 'Шектеулі (тек есімі мен жылдары)',
    ru: 'Ограничено (только имя и годы)',
    en: 'Restricted (name and years only)',
  },
  full_name: {
    kk: 'Толық аты-жөні (тегі, аты, әкесінің аты)',
    ru: 'ФИО целиком (фамилия, имя, отчество)',
    en: 'Full name (surname, given name, patronymic)',
  },
  extra: { kk: 'Қосымша өріс ретінде сақтау', ru: 'Сохранить как доп. поле', en: 'Keep as an extra field' },
  ignore: { kk: 'Енгізбеу', ru: 'Не импортировать', en: 'Do not import' },
} satisfies Record<string, Texts<string>>;

/** Each kind of row or mapping problem, in a few words; the value and column are shown beside it. */
const PROBLEMS = {
  'register.required-empty': { kk: 'Міндетті өріс бос', ru: 'Обязательное поле пусто', en: 'A required field is empty' },
  'register.bad-year': { kk: 'Жыл емес', ru: 'Это не год', en: 'Not a year' },
  'register.bad-date': {
    kk: 'Күн емес (1937, 1937-11 немесе 1937-11-05 болуы керек)',
    ru: 'Это не дата (нужно 1937, 1937-11 или 1937-11-05)',
    en: 'Not a date (write 1937, 1937-11 or 1937-11-05)',
  },
  'register.bad-flag': { kk: 'yes, no немесе бос болуы керек', ru: 'Нужно yes, no или пусто', en: 'Must be yes, no or empty' },
  'register.bad-image': { kk: 'Сурет файлы жоқ', ru: 'Нет такого файла изображения', en: 'No such image file' },
  'register.bad-language': { kk: 'kk, ru немесе en болуы керек', ru: 'Нужно kk, ru или en', en: 'Must be kk, ru or en' },
  'register.duplicate-id': {
    kk: 'Бұл нөмір басқа жолда да бар',
    ru: 'Этот номер уже есть в другой строке',
    en: 'This record number is in another row too',
  },
  'register.line-break': {
    kk: 'Бір жолдық өрісте жол ауысуы бар',
    ru: 'В однострочном поле есть перенос строки',
    en: 'A line break in a one-line field',
  },
  'register.cell-too-long': { kk: 'Мәні тым ұзын', ru: 'Значение слишком длинное', en: 'The value is far too long' },
  'register.invisible-char': {
    kk: 'Көрінбейтін таңбалар алынып тасталды',
    ru: 'Удалены невидимые символы',
    en: 'Invisible characters were removed',
  },
  'register.runaway-quote': {
    kk: 'Тырнақша жабылмаған: төмендегі жолдар бір ұяшыққа түсті',
    ru: 'Кавычка не закрыта: строки ниже попали в одну ячейку',
    en: 'A quote left open took in the rows below',
  },
  'register.quote-not-closed': { kk: 'Тырнақша жабылмаған', ru: 'Кавычка не закрыта', en: 'A quote is never closed' },
  'register.unread-rest': {
    kk: 'Файлдың қалған бөлігі оқылмады',
    ru: 'Остаток файла не прочитан',
    en: 'The rest of the file was not read',
  },
  'register.missing-column': {
    kk: 'Тізімге қажет баған таңдалмаған',
    ru: 'Не выбран столбец, без которого списка нет',
    en: 'A column the register needs is not chosen',
  },
  'register.duplicate-column': {
    kk: 'Бір өріс екі бағаннан алынады',
    ru: 'Одно поле берётся из двух столбцов',
    en: 'One field comes from two columns',
  },
  'import.bad-bytes': {
    kk: 'Кодтауда жоқ таңбалар (�)',
    ru: 'Символы, которых нет в кодировке (�)',
    en: 'Characters the encoding cannot read (�)',
  },
  'import.lost-letters': {
    kk: 'Қазақ әріптері «?» болып кеткен: файлды «CSV UTF-8» ретінде сақтаңыз',
    ru: 'Казахские буквы стали «?»: сохраните файл как «CSV UTF-8»',
    en: 'Kazakh letters became "?": save the file as "CSV UTF-8"',
  },
  'import.formula-no-value': {
    kk: 'Формуланың сақталған мәні жоқ: Excel-де қайта есептеп, сақтаңыз',
    ru: 'У формулы нет сохранённого значения: пересчитайте и сохраните в Excel',
    en: 'A formula with no saved value: recalculate and save it in Excel',
  },
  'import.cell-error': { kk: 'Ұяшықта қате мәні (#N/A)', ru: 'В ячейке ошибка (#Н/Д)', en: 'The cell shows an error (#N/A)' },
  'import.cells-past-header': {
    kk: 'Тақырыбы жоқ бағандағы мәндер енгізілмейді',
    ru: 'Значения в столбцах без заголовка не импортируются',
    en: 'Values in columns without a heading are not imported',
  },
  'import.extra-is-column': {
    kk: 'Қосымша өрістің атауы тізім бағанымен бірдей',
    ru: 'Имя доп. поля совпадает со столбцом списка',
    en: 'The extra field is named like a register column',
  },
} satisfies Record<string, Texts<string>>;

/** The studio's own error table takes its shared failures (write-failed, internal, offline) from here. */
export const FAILURES = {
  'unreadable-file': {
    kk: 'Бұл файлды оқу мүмкін емес. Оны Excel-де ашып, .xlsx немесе «CSV UTF-8» ретінде қайта сақтаңыз.',
    ru: 'Этот файл не читается. Откройте его в Excel и сохраните заново как .xlsx или «CSV UTF-8».',
    en: 'This file cannot be read. Open it in Excel and save it again as .xlsx or "CSV UTF-8".',
  },
  'no-header': {
    kk: 'Файлда тақырып жолы табылмады.',
    ru: 'В файле не нашлась строка заголовков.',
    en: 'No heading row was found in the file.',
  },
  'bad-target': {
    kk: 'Тізім файлы names/ папкасындағы .csv файл болуы керек, мысалы names/register.csv.',
    ru: 'Файл списка должен быть файлом .csv в папке names/, например names/register.csv.',
    en: 'The register file must be a .csv file in names/, such as names/register.csv.',
  },
  'not-found': {
    kk: 'Бұл енгізу енді жоқ (студия қайта іске қосылған болуы мүмкін). Файлды қайта таңдаңыз.',
    ru: 'Этого импорта больше нет (возможно, студию перезапустили). Выберите файл заново.',
    en: 'This import is gone (the studio may have restarted). Choose the file again.',
  },
  busy: {
    kk: 'Соңғы өзгеріс әлі өңделуде; аздап күтіңіз.',
    ru: 'Последнее изменение ещё обрабатывается; подождите немного.',
    en: 'The last change is still being worked on; wait a moment.',
  },
  'not-ready': {
    kk: 'Алдымен бағандарды түзетіңіз.',
    ru: 'Сначала исправьте выбор столбцов.',
    en: 'Correct the columns first.',
  },
  'not-a-problem-row': {
    kk: 'Бұл жолда түзететін ақау жоқ.',
    ru: 'В этой строке нечего исправлять.',
    en: 'This row has nothing to fix.',
  },
  'too-large': {
    kk: 'Файл тым үлкен (1 ГБ-тан асады).',
    ru: 'Файл слишком большой (больше 1 ГБ).',
    en: 'The file is too large (over 1 GB).',
  },
  'bad-request': {
    kk: 'Студия бұл сұрауды түсінбеді. Бетті қайта жүктеңіз.',
    ru: 'Студия не поняла запрос. Перезагрузите страницу.',
    en: 'The studio did not understand the request. Reload the page.',
  },
  'write-failed': {
    kk: 'Файлды жазу мүмкін болмады. Студия терминалын қараңыз.',
    ru: 'Не удалось записать файл. Смотрите терминал студии.',
    en: 'The file could not be written. See the studio’s terminal.',
  },
  internal: {
    kk: 'Студияда ақау болды. Оның терминалын қараңыз.',
    ru: 'В студии произошёл сбой. Смотрите её терминал.',
    en: 'Something failed in the studio. See its terminal.',
  },
  offline: {
    kk: 'Студияға қосылу мүмкін болмады. Ол іске қосылған терминалды тексеріңіз.',
    ru: 'Не удалось связаться со студией. Проверьте терминал, в котором она запущена.',
    en: 'The studio could not be reached. Look at the terminal it runs in.',
  },
} satisfies Record<ImportFailure | 'offline', Texts<string>>;

export type ImportFailureKey = keyof typeof FAILURES;

const LOCALES: Texts<string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** 5 000 in Kazakh and Russian, 5,000 in English. */
function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(count);
}

/** The form a Russian noun takes after `count`: 1 строка, 2 строки, 5 строк. */
function russianForm(count: number, [one, few, many]: readonly [string, string, string]): string {
  const form = new Intl.PluralRules('ru-RU').select(count);
  return form === 'one' ? one : form === 'few' ? few : many;
}

/** A count of rows as each language writes it: "5 000 жол", "5 000 строк", "5,000 rows". */
function rowsText(count: number, language: Language): string {
  const noun =
    language === 'ru'
      ? russianForm(count, ['строка', 'строки', 'строк'])
      : language === 'kk'
        ? 'жол'
        : count === 1
          ? 'row'
          : 'rows';
  return `${formatCount(count, language)} ${noun}`;
}

/** Phrases with numbers in them, each language in its own order. */
function phrases(language: Language) {
  const n = (count: number) => rowsText(count, language);
  const count = (value: number) => formatCount(value, language);
  const by = <T>(texts: Texts<T>) => texts[language];
  return {
    sheet: (name: string, sheets: number) =>
      by({
        kk: `«${name}» парағы${sheets > 1 ? ` (қалған ${count(sheets - 1)} парақ оқылмайды)` : ''}`,
        ru: `лист «${name}»${sheets > 1 ? ` (остальные листы, ${count(sheets - 1)}, не читаются)` : ''}`,
        en: `sheet "${name}"${sheets > 1 ? ` (the other ${count(sheets - 1)} are not read)` : ''}`,
      }),
    rowNumber: (line: number) => by({ kk: `${count(line)}-жол`, ru: `Строка ${count(line)}`, en: `Row ${count(line)}` }),
    reading: (read: number, percent: number | null) =>
      by({
        kk: `Файл оқылуда: ${n(read)}${percent === null ? '' : ` (${percent}%)`}`,
        ru: `Чтение файла: ${n(read)}${percent === null ? '' : ` (${percent}%)`}`,
        en: `Reading the file: ${n(read)}${percent === null ? '' : ` (${percent}%)`}`,
      }),
    checking: (done: number, total: number) =>
      by({
        kk: `Жолдар тексерілуде: ${count(done)} / ${count(total)}`,
        ru: `Проверка строк: ${count(done)} из ${count(total)}`,
        en: `Checking rows: ${count(done)} of ${count(total)}`,
      }),
    writing: (done: number, total: number) =>
      by({
        kk: `Жазылуда: ${count(done)} / ${count(total)}`,
        ru: `Запись: ${count(done)} из ${count(total)}`,
        en: `Writing: ${count(done)} of ${count(total)}`,
      }),
    namesRows: (value: number) =>
      by({
        kk: `Есімдер жолдары: ${count(value)}`,
        ru: `Строк с именами: ${count(value)}`,
        en: `Rows of names: ${count(value)}`,
      }),
    toWrite: (value: number) =>
      by({ kk: `Жазылады: ${n(value)}`, ru: `Будет записано: ${n(value)}`, en: `To be written: ${n(value)}` }),
    withErrors: (value: number) =>
      by({
        kk: `оның ішінде қатесі барлары (түзетілгенше киоскіде көрсетілмейді): ${n(value)}`,
        ru: `из них с ошибками (не показываются на киоске, пока их не исправят): ${n(value)}`,
        en: `of them with errors (kiosks do not show them until they are fixed): ${n(value)}`,
      }),
    withWarnings: (value: number) =>
      by({
        kk: `тек ескертулері барлары: ${n(value)}`,
        ru: `только с предупреждениями: ${n(value)}`,
        en: `with warnings only: ${n(value)}`,
      }),
    skipped: (value: number) =>
      by({ kk: `сіз алып тастаған: ${n(value)}`, ru: `вы не импортируете: ${n(value)}`, en: `left out by you: ${n(value)}` }),
    notNames: (value: number) =>
      by({
        kk: `есім емес (тақырып, бос жол, қайталанған тақырып, бұзылған жол): ${n(value)}`,
        ru: `не имена (заголовок, пустые, повтор заголовка, испорченные): ${n(value)}`,
        en: `not names (title, blank, heading repeated, broken): ${n(value)}`,
      }),
    rewritten: (value: number) =>
      by({
        kk: `күндер мен жылдар тізім пішініне келтірілді (05.11.1937 → 1937-11-05): ${count(value)}`,
        ru: `даты и годы приведены к виду списка (05.11.1937 → 1937-11-05): ${count(value)}`,
        en: `dates and years written in the register’s form (05.11.1937 → 1937-11-05): ${count(value)}`,
      }),
    replaces: (value: number) =>
      by({
        kk: `қазіргі файлды ауыстырады (онда ${n(value)})`,
        ru: `заменит нынешний файл (в нём ${n(value)})`,
        en: `replaces the file there now (${n(value)})`,
      }),
    problemsShown: (from: number, to: number, total: number) =>
      by({
        kk: `${count(total)} ақаудың ${count(from)}–${count(to)}`,
        ru: `Проблемы ${count(from)}–${count(to)} из ${count(total)}`,
        en: `Problems ${count(from)}–${count(to)} of ${count(total)}`,
      }),
    leftOff: (value: number) =>
      by({
        kk: `Тағы ${count(value)} ақау көрсетілмеген: алдымен бағандар мен кодтауды тексеріңіз.`,
        ru: `Ещё ${count(value)} ${russianForm(value, ['проблема не показана', 'проблемы не показаны', 'проблем не показаны'])}: сначала проверьте столбцы и кодировку.`,
        en: `${count(value)} more problems are not listed: check the columns and the encoding first.`,
      }),
    written: (value: number, file: string) =>
      by({
        kk: `${file} файлына ${n(value)} жазылды. Бүкіл көрмені «Тексеру» бөлімінде тексеріңіз.`,
        ru: `В ${file} записано: ${n(value)}. Проверьте всю экспозицию в разделе «Проверка».`,
        en: `Wrote ${n(value)} to ${file}. Check the whole exhibit under Check.`,
      }),
  };
}

function pick<T extends Record<string, Texts<string>>>(table: T, language: Language): { [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(table).map(([key, texts]) => [key, texts[language]])) as { [K in keyof T]: string };
}

export function importStrings(language: Language) {
  const targets = pick(TARGETS, language) as Record<string, string>;
  const problems = pick(PROBLEMS, language) as Record<string, string>;
  const separators = pick(SEPARATORS, language) as Record<string, string>;
  return {
    ...pick(STRINGS, language),
    ...phrases(language),
    failure: (code: ImportFailureKey) => FAILURES[code][language],
    /** A target's name; an unknown one (a newer server) as it is. */
    target: (target: string) => targets[target] ?? target,
    separatorName: (separator: string, name: string) => separators[separator] ?? name,
    /** A problem in words; a code this screen does not know by its English message. */
    problemWords: (code: string, message: string) => problems[code] ?? message,
  };
}

export type ImportStrings = ReturnType<typeof importStrings>;
