// Every string of the Curator Studio's own interface, in Kazakh, Russian and English, in one
// table; the `satisfies` check makes a missing translation a type error. Its readers are
// historians and archivists: plain words, no programmers' terms. No DOM.

import type { Language } from '../../../feed/languages.ts';
import { formatCount, russianForm } from '../../../kiosk/i18n/format-count.ts';
import { FAILURES as IMPORT_FAILURES } from '../import/app/import-strings.ts';
import type { StudioErrorCode } from '../protocol/studio-protocol.ts';

type Texts<T> = Readonly<Record<Language, T>>;
/** A phrase with numbers or names in it; each language orders the words its own way. */
type Phrase = (...args: never[]) => string;

function megabytes(bytes: number, language: Language): string {
  const text = (bytes / 1e6).toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 });
  return language === 'en' ? `${text} MB` : `${text} МБ`;
}

const STRINGS = {
  appTitle: { kk: 'Eske · Куратор студиясы', ru: 'Eske · Студия куратора', en: 'Eske · Curator Studio' },
  folder: { kk: 'Мазмұн папкасы', ru: 'Папка материалов', en: 'Content folder' },
  interfaceLanguage: { kk: 'Интерфейс тілі', ru: 'Язык интерфейса', en: 'Interface language' },
  sections: { kk: 'Бөлімдер', ru: 'Разделы', en: 'Sections' },
  navTimeline: { kk: 'Шежіре', ru: 'Хроника', en: 'Timeline' },
  navTestimonies: { kk: 'Куәліктер', ru: 'Свидетельства', en: 'Testimonies' },
  navPlaces: { kk: 'Орындар', ru: 'Места', en: 'Places' },
  navCheck: { kk: 'Тексеру', ru: 'Проверка', en: 'Check' },
  navPreview: { kk: 'Алдын ала көру', ru: 'Предпросмотр', en: 'Preview' },
  navPublish: { kk: 'Жариялау', ru: 'Публикация', en: 'Publish' },
  navImport: { kk: 'Есімдер тізімін енгізу', ru: 'Импорт списка имён', en: 'Import the register' },
  loading: { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' },

  newEntry: { kk: 'Жаңа жазба', ru: 'Новая запись', en: 'New entry' },
  newEntryId: {
    kk: 'Файл атауы: латын кіші әріптері, цифрлар және сызықша (мысалы, 1937-order-00447)',
    ru: 'Имя файла: строчные латинские буквы, цифры и дефис (например, 1937-order-00447)',
    en: 'File name: lowercase Latin letters, digits and hyphens (for example 1937-order-00447)',
  },
  create: { kk: 'Құру', ru: 'Создать', en: 'Create' },
  cancel: { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  noEntries: { kk: 'Әзірге жазба жоқ.', ru: 'Пока нет записей.', en: 'No entries yet.' },
  untitled: { kk: '(атауы жоқ)', ru: '(без названия)', en: '(untitled)' },
  unsaved: { kk: 'сақталмаған', ru: 'не сохранено', en: 'unsaved' },
  orderTimeline: {
    kk: 'Киоск оқиғаларды күні бойынша көрсетеді: ретін өзгерту үшін күнін түзетіңіз.',
    ru: 'Киоск показывает события по дате: чтобы изменить порядок, исправьте дату.',
    en: 'The kiosk shows events by their date: to change the order, change the date.',
  },
  orderByFile: {
    kk: 'Киоск куәліктерді файл атауларының әліпби ретімен көрсетеді (t01-…, t02-…).',
    ru: 'Киоск показывает свидетельства в алфавитном порядке имён файлов (t01-…, t02-…).',
    en: 'The kiosk shows testimonies in the alphabetical order of their file names (t01-…, t02-…).',
  },
  orderPlaces: {
    kk: 'Орындар картада көрсетіледі; оның жанындағы тізім файл атауларының ретімен жүреді.',
    ru: 'Места показываются на карте; список рядом с ней идёт в порядке имён файлов.',
    en: 'Places are shown on the map; the list beside it follows their file names.',
  },

  save: { kk: 'Сақтау', ru: 'Сохранить', en: 'Save' },
  saving: { kk: 'Сақталуда…', ru: 'Сохранение…', en: 'Saving…' },
  saved: { kk: 'Файлға сақталды', ru: 'Сохранено в файл', en: 'Saved to the file' },
  discard: { kk: 'Өзгерістерді тастау', ru: 'Отменить изменения', en: 'Discard changes' },
  draftKept: {
    kk: 'Өзгерістер осы браузерде сақтаулы, бірақ файлға әлі жазылған жоқ.',
    ru: 'Изменения хранятся в этом браузере, но ещё не записаны в файл.',
    en: 'Your changes are kept in this browser but not yet written to the file.',
  },
  draftNotKept: {
    kk: 'Браузер өзгерістерді сақтай алмады (орын жоқ). Жұмысыңыз жоғалмас үшін қазір сақтаңыз.',
    ru: 'Браузер не смог сохранить изменения (нет места). Сохраните сейчас, чтобы не потерять работу.',
    en: 'The browser could not keep your changes (it is out of space). Save now so that nothing is lost.',
  },
  changedOnDisk: {
    kk: 'Бұл файл сіз өңдеп жатқанда студиядан тыс өзгертілді. Қай нұсқаны қалдырасыз?',
    ru: 'Этот файл изменили вне студии, пока вы его правили. Какую версию оставить?',
    en: 'This file was changed outside the studio while you were editing it. Which version do you keep?',
  },
  keepMine: { kk: 'Менің өзгерістерімді', ru: 'Мои изменения', en: 'My changes' },
  takeFile: { kk: 'Файлдағы нұсқаны', ru: 'Версию из файла', en: 'The version in the file' },
  rawText: {
    kk: 'Бұл файлды өрістерге бөліп оқу мүмкін болмады. Мәтінін осында түзетіңіз; себебі «Тексеру» бөлімінде.',
    ru: 'Этот файл не удалось разобрать на поля. Исправьте его текст здесь; причина — в разделе «Проверка».',
    en: 'This file could not be read as fields. Correct its text here; the Check says why.',
  },
  missingTitle: { kk: 'Аудармасы жоқ мәтіндер', ru: 'Тексты без перевода', en: 'Texts missing a translation' },
  allTranslated: {
    kk: 'Барлық мәтін барлық тілде бар.',
    ru: 'Все тексты есть на всех языках.',
    en: 'Every text is there in every language.',
  },
  back: { kk: 'Тізімге', ru: 'К списку', en: 'Back to the list' },

  fieldTitle: { kk: 'Атауы', ru: 'Название', en: 'Title' },
  fieldDate: { kk: 'Күні', ru: 'Дата', en: 'Date' },
  fieldEndDate: { kk: 'Аяқталған күні', ru: 'Дата окончания', en: 'End date' },
  fieldEra: { kk: 'Кезең', ru: 'Эпоха', en: 'Era' },
  fieldSource: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  fieldImages: { kk: 'Суреттер', ru: 'Изображения', en: 'Images' },
  fieldImageFile: { kk: 'Сурет файлы', ru: 'Файл изображения', en: 'Image file' },
  fieldAlt: { kk: 'Суреттің сипаттамасы', ru: 'Описание изображения', en: 'Description of the image' },
  fieldCaption: { kk: 'Сурет астындағы жазу', ru: 'Подпись', en: 'Caption' },
  fieldCredit: { kk: 'Авторы немесе сақтаушысы', ru: 'Автор или владелец', en: 'Credit' },
  fieldContentWarning: { kk: 'Ескерту', ru: 'Предупреждение', en: 'Content warning' },
  fieldLinks: { kk: 'Байланысты жазбалар', ru: 'Связанные записи', en: 'Related entries' },
  fieldLinkTestimonies: { kk: 'Куәліктер', ru: 'Свидетельства', en: 'Testimonies' },
  fieldLinkPlaces: { kk: 'Орындар', ru: 'Места', en: 'Places' },
  fieldLinkEvents: { kk: 'Шежіре оқиғалары', ru: 'События хроники', en: 'Timeline events' },
  fieldLinkNames: { kk: 'Тізімдегі адамдар', ru: 'Люди из списка', en: 'People in the register' },
  fieldSpeaker: { kk: 'Айтушы', ru: 'Рассказчик', en: 'Speaker' },
  fieldRecorded: { kk: 'Жазылған күні', ru: 'Дата записи', en: 'Recorded' },
  fieldRecordedPlace: { kk: 'Жазылған жері', ru: 'Место записи', en: 'Recorded at' },
  fieldAudio: { kk: 'Дыбыс жазбасы', ru: 'Аудиозапись', en: 'Audio recording' },
  fieldVideo: { kk: 'Бейнежазба', ru: 'Видеозапись', en: 'Video recording' },
  fieldSpokenLanguage: { kk: 'Айтылған тілі', ru: 'Язык рассказа', en: 'Language spoken' },
  fieldSynthetic: { kk: 'Дауыс синтезделген', ru: 'Синтезированный голос', en: 'Synthetic voice' },
  fieldTranscripts: { kk: 'Жазба мәтіні (.vtt)', ru: 'Расшифровка (.vtt)', en: 'Transcript (.vtt)' },
  fieldSummary: { kk: 'Қысқаша мазмұны', ru: 'Краткое содержание', en: 'Summary' },
  fieldPortrait: { kk: 'Айтушының суреті', ru: 'Портрет рассказчика', en: 'Portrait' },
  fieldChapters: { kk: 'Тараулар', ru: 'Главы', en: 'Chapters' },
  fieldChapterStart: { kk: 'Басталуы', ru: 'Начало', en: 'Starts at' },
  fieldSynopsis: { kk: 'Қысқаша', ru: 'Кратко', en: 'Synopsis' },
  fieldKeywords: { kk: 'Тақырыптар', ru: 'Темы', en: 'Topics' },
  fieldPlaceName: { kk: 'Атауы', ru: 'Название', en: 'Name' },
  fieldPlaceKind: { kk: 'Түрі', ru: 'Тип', en: 'Kind' },
  fieldCoordinates: { kk: 'Картадағы орны', ru: 'Место на карте', en: 'Location on the map' },
  fieldBody: { kk: 'Мәтін', ru: 'Текст', en: 'Text' },
  bodyEvent: { kk: 'Оқиға туралы мәтін', ru: 'Текст о событии', en: 'The text of the event' },
  bodyTestimony: {
    kk: 'Жазба алдындағы қысқаша мазмұн (немесе хаттың, естеліктің толық мәтіні)',
    ru: 'Краткое содержание перед записью (или полный текст письма, воспоминаний)',
    en: 'The summary shown above the recording (or the whole text of a letter or memoir)',
  },
  bodyPlace: { kk: 'Орын туралы мәтін', ru: 'Текст о месте', en: 'The text of the place' },
  itemImage: { kk: 'Сурет', ru: 'Изображение', en: 'Image' },
  itemChapter: { kk: 'Тарау', ru: 'Глава', en: 'Chapter' },

  hintPartialDate: {
    kk: 'Жыл, жыл мен ай немесе толық күн: 1937, 1937-11, 1937-11-05',
    ru: 'Год, год и месяц или полная дата: 1937, 1937-11, 1937-11-05',
    en: 'A year, a year and month, or a full date: 1937, 1937-11, 1937-11-05',
  },
  hintSource: { kk: 'Деректер қайдан алынды', ru: 'Откуда взяты сведения', en: 'Where the facts come from' },
  hintPlaceSource: {
    kk: 'Деректер мен орны қайдан алынды',
    ru: 'Откуда взяты сведения и место',
    en: 'Where the facts and the location come from',
  },
  hintAlt: {
    kk: 'Суретті көре алмайтындарға арналған: суретте не бейнеленген',
    ru: 'Для тех, кто не видит изображения: что на нём',
    en: 'For visitors who cannot see it: what the image shows',
  },
  hintContentWarning: {
    kk: 'Мәтін мен суреттердің алдында көрсетіледі',
    ru: 'Показывается перед текстом и изображениями',
    en: 'Shown before the text and images',
  },
  hintRegisterIds: {
    kk: 'Тізімдегі нөмірлері, үтір арқылы (мысалы, KZ-0000030)',
    ru: 'Номера из списка через запятую (например, KZ-0000030)',
    en: 'Register ids, separated by commas (for example KZ-0000030)',
  },
  hintRecording: {
    kk: 'Дыбыс немесе бейне; екеуі де жоқ болса, куәлік мәтін ретінде көрсетіледі',
    ru: 'Аудио или видео; если нет ни того ни другого, свидетельство показывается как текст',
    en: 'Audio or video; with neither, the testimony is shown as a text',
  },
  hintTranscripts: {
    kk: 'Әр тілге бір WebVTT файлы; бейненің субтитрі де осы',
    ru: 'Один файл WebVTT на каждый язык; для видео это и субтитры',
    en: 'One WebVTT file per language; a video’s captions too',
  },
  hintSummary: {
    kk: 'Жазбасы жоқ куәлікке ғана (хат, естелік)',
    ru: 'Только для свидетельства без записи (письмо, воспоминания)',
    en: 'Only for a testimony without a recording (a letter, a memoir)',
  },
  hintChapterStart: { kk: 'мин:сек, мысалы 1:42', ru: 'мин:сек, например 1:42', en: 'min:sec, for example 1:42' },
  hintCoordinates: {
    kk: 'Ондық градуспен, мысалы 49.80 және 72.85',
    ru: 'В десятичных градусах, например 49.80 и 72.85',
    en: 'In decimal degrees, for example 49.80 and 72.85',
  },
  hintMarkdown: {
    kk: '*көлбеу*, **қалың**, «- » тізім, «> » дәйексөз, «### » тақырыпша; сілтеме: [мәтін](event:ID)',
    ru: '*курсив*, **жирный**, «- » список, «> » цитата, «### » подзаголовок; ссылка: [текст](event:ID)',
    en: '*italic*, **bold**, "- " list, "> " quote, "### " heading; a link: [text](event:ID)',
  },
  latitude: { kk: 'Ендік', ru: 'Широта', en: 'Latitude' },
  longitude: { kk: 'Бойлық', ru: 'Долгота', en: 'Longitude' },
  notChosen: { kk: '— таңдалмаған —', ru: '— не выбрано —', en: '— not chosen —' },
  yes: { kk: 'Иә', ru: 'Да', en: 'Yes' },
  add: { kk: 'Қосу', ru: 'Добавить', en: 'Add' },
  remove: { kk: 'Алып тастау', ru: 'Убрать', en: 'Remove' },
  moveUp: { kk: 'Жоғары', ru: 'Выше', en: 'Up' },
  moveDown: { kk: 'Төмен', ru: 'Ниже', en: 'Down' },
  write: { kk: 'Жазу', ru: 'Писать', en: 'Write' },
  look: { kk: 'Көрінісі', ru: 'Как выглядит', en: 'How it looks' },
  upload: { kk: 'Файл жүктеу', ru: 'Загрузить файл', en: 'Upload a file' },
  uploading: { kk: 'Жүктелуде…', ru: 'Загружается…', en: 'Uploading…' },
  replaceFile: {
    kk: 'Мұндай атаулы файл бар. Оны жаңасымен ауыстыру керек пе?',
    ru: 'Файл с таким именем уже есть. Заменить его новым?',
    en: 'A file of that name exists. Replace it with the new one?',
  },
  uploadRefused: { kk: 'Файл қабылданбады:', ru: 'Файл не принят:', en: 'The file was not taken:' },
  cuePreview: { kk: 'Мәтінді жазбамен салыстыру', ru: 'Сверить текст с записью', en: 'Check the text against the recording' },
  noCues: {
    kk: 'Бұл файлдан мәтін жолдары оқылмады.',
    ru: 'В этом файле не прочитано ни одной строки.',
    en: 'No lines could be read from this file.',
  },

  checkTitle: { kk: 'Мазмұнды тексеру', ru: 'Проверка материалов', en: 'Checking the content' },
  checkIntro: {
    kk: 'Сақталмаған өзгерістерді қоса, барлық файл «feed validate» сияқты тексеріледі.',
    ru: 'Все файлы проверяются так же, как «feed validate», включая несохранённые изменения.',
    en: 'Every file is checked as "feed validate" checks it, unsaved changes included.',
  },
  checking: { kk: 'Тексерілуде…', ru: 'Проверка…', en: 'Checking…' },
  checkAgain: { kk: 'Қайта тексеру', ru: 'Проверить снова', en: 'Check again' },
  noProblems: { kk: 'Ақау табылған жоқ.', ru: 'Ошибок не найдено.', en: 'No problems found.' },
  fix: { kk: 'Түзету', ru: 'Исправить', en: 'Fix' },
  warning: { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
  error: { kk: 'қате', ru: 'ошибка', en: 'error' },
  reasonLanguage: {
    kk: 'Әр ақаудың себебі ағылшынша, «feed validate» жазғандай берілген.',
    ru: 'Причина каждой ошибки дана по-английски, как её пишет «feed validate».',
    en: 'Each reason is given as "feed validate" writes it.',
  },

  previewTitle: { kk: 'Киоскіде қалай көрінеді', ru: 'Как это выглядит на киоске', en: 'How it looks on a kiosk' },
  previewIntro: {
    kk: 'Бұл нақты киоск бағдарламасы: сақталмаған өзгерістерді қоса, сіздің материалдарыңызды көрсетеді. Ештеңе жарияланбайды.',
    ru: 'Это настоящая программа киоска с вашими материалами, включая несохранённые изменения. Ничего не публикуется.',
    en: 'This is the real kiosk app showing your content, unsaved changes included. Nothing is published.',
  },
  landscape: { kk: 'Көлденең, 1920 × 1080', ru: 'Горизонтально, 1920 × 1080', en: 'Landscape, 1920 × 1080' },
  portrait: { kk: 'Тік, 1080 × 1920', ru: 'Вертикально, 1080 × 1920', en: 'Portrait, 1080 × 1920' },
  kioskLanguage: { kk: 'Киоск тілі', ru: 'Язык киоска', en: 'Kiosk language' },
  refresh: { kk: 'Жаңарту', ru: 'Обновить', en: 'Refresh' },
  previewBuilding: { kk: 'Алдын ала көрініс жасалуда…', ru: 'Готовится предпросмотр…', en: 'Preparing the preview…' },
  previewStopped: {
    kk: 'Алдын ала көрініс жасалмады: алдымен «Тексеру» тапқан қателерді түзетіңіз.',
    ru: 'Предпросмотр не удался: сначала исправьте ошибки, найденные «Проверкой».',
    en: 'The preview could not be made: first fix the errors the Check found.',
  },

  publishTitle: { kk: 'Жаңа нұсқаны жариялау', ru: 'Публикация новой версии', en: 'Publishing a new version' },
  publishNotSetUp: {
    kk: 'Студия жариялау папкасы мен қолтаңба кілтінсіз ашылған. Жариялау үшін оны --out және --key параметрлерімен қайта ашыңыз.',
    ru: 'Студия открыта без папки публикации и ключа подписи. Чтобы публиковать, откройте её заново с --out и --key.',
    en: 'The studio was opened without a feed folder and signing key. To publish, open it again with --out and --key.',
  },
  review: { kk: 'Не өзгеретінін көру', ru: 'Посмотреть, что изменится', en: 'See what will change' },
  publish: { kk: 'Жариялау', ru: 'Опубликовать', en: 'Publish' },
  publishing: { kk: 'Жариялануда…', ru: 'Публикация…', en: 'Publishing…' },
  publishBlocked: {
    kk: 'Тексеру қателер тапты. Оларды түзетпейінше жариялау мүмкін емес.',
    ru: 'Проверка нашла ошибки. Пока они не исправлены, публиковать нельзя.',
    en: 'The Check found errors. Nothing can be published until they are fixed.',
  },
  publishUnsaved: {
    kk: 'Сақталмаған өзгерістер бар. Жариялау тек файлдарға сақталғанды алады: алдымен сақтаңыз.',
    ru: 'Есть несохранённые изменения. Публикуется только сохранённое в файлах: сначала сохраните.',
    en: 'There are unsaved changes. Only what is saved to the files is published: save first.',
  },
  firstVersion: { kk: 'Бұл алғашқы нұсқа болады.', ru: 'Это будет первая версия.', en: 'This will be the first version.' },
  kindEvents: { kk: 'Шежіре оқиғалары', ru: 'События хроники', en: 'Timeline events' },
  kindTestimonies: { kk: 'Куәліктер', ru: 'Свидетельства', en: 'Testimonies' },
  kindPlaces: { kk: 'Орындар', ru: 'Места', en: 'Places' },
  kindRecords: { kk: 'Тізімдегі жазбалар', ru: 'Записи списка', en: 'Register records' },
  added: { kk: 'Қосылды', ru: 'Добавлено', en: 'Added' },
  changed: { kk: 'Өзгерді', ru: 'Изменено', en: 'Changed' },
  removed: { kk: 'Алынды', ru: 'Удалено', en: 'Removed' },
  nothing: { kk: 'жоқ', ru: 'нет', en: 'none' },

  areaExhibit: {
    kk: 'Көрме баптаулары (exhibit.yaml)',
    ru: 'Настройки экспозиции (exhibit.yaml)',
    en: 'Exhibit settings (exhibit.yaml)',
  },
  areaText: { kk: 'Аударма жоқ', ru: 'Нет перевода', en: 'Missing translation' },
  areaMarkdown: { kk: 'Мәтін форматы', ru: 'Оформление текста', en: 'Text formatting' },
  areaField: { kk: 'Өріс мәні', ru: 'Значение поля', en: 'Field value' },
  areaLink: { kk: 'Сілтеме немесе файл', ru: 'Ссылка или файл', en: 'Link or file' },
  areaMedia: { kk: 'Медиа файл', ru: 'Медиафайл', en: 'Media file' },
  areaRegister: { kk: 'Есімдер тізімі', ru: 'Список имён', en: 'Register of names' },
  areaOther: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
} satisfies Record<string, Texts<string>>;

const PHRASES = {
  missingLanguages: {
    kk: (languages: string) => `Жоқ тілдер: ${languages}`,
    ru: (languages: string) => `Нет на языках: ${languages}`,
    en: (languages: string) => `Missing in: ${languages}`,
  },
  problemCounts: {
    kk: (errors: number, warnings: number) => `${errors} қате, ${warnings} ескерту`,
    ru: (errors: number, warnings: number) =>
      `${errors} ${russianForm(errors, ['ошибка', 'ошибки', 'ошибок'])}, ${warnings} ${russianForm(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])}`,
    en: (errors: number, warnings: number) =>
      `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  },
  previewVersion: {
    kk: (version: number) => `Алдын ала көрініс, ${version}-нұсқа`,
    ru: (version: number) => `Предпросмотр, версия ${version}`,
    en: (version: number) => `Preview, version ${version}`,
  },
  publishTo: {
    kk: (folder: string) => `Жарияланатын папка: ${folder}`,
    ru: (folder: string) => `Папка публикации: ${folder}`,
    en: (folder: string) => `Publishes to: ${folder}`,
  },
  lastVersion: {
    kk: (version: number) => `Киосктердегі соңғы нұсқа: ${version}.`,
    ru: (version: number) => `Последняя версия на киосках: ${version}.`,
    en: (version: number) => `The version kiosks have now: ${version}.`,
  },
  unchanged: {
    kk: (version: number) => `${version}-нұсқадан бері ештеңе өзгерген жоқ: жарияланатын жаңа нәрсе жоқ.`,
    ru: (version: number) => `С версии ${version} ничего не изменилось: публиковать нечего.`,
    en: (version: number) => `Nothing has changed since version ${version}: there is nothing new to publish.`,
  },
  download: {
    kk: (files: number, bytes: number) =>
      `Әр киоск ${formatCount(files, 'kk')} файл жүктейді, барлығы ${megabytes(bytes, 'kk')}.`,
    ru: (files: number, bytes: number) =>
      `Каждый киоск загрузит ${formatCount(files, 'ru')} ${russianForm(files, ['файл', 'файла', 'файлов'])}, всего ${megabytes(bytes, 'ru')}.`,
    en: (files: number, bytes: number) =>
      `Each kiosk downloads ${formatCount(files, 'en')} ${files === 1 ? 'file' : 'files'}, ${megabytes(bytes, 'en')} in all.`,
  },
  andMore: {
    kk: (count: number) => `және тағы ${formatCount(count, 'kk')}`,
    ru: (count: number) => `и ещё ${formatCount(count, 'ru')}`,
    en: (count: number) => `and ${formatCount(count, 'en')} more`,
  },
  published: {
    kk: (version: number) => `${version}-нұсқа жарияланды. Киосктер оны келесі тексеруде алады.`,
    ru: (version: number) => `Версия ${version} опубликована. Киоски получат её при следующей проверке.`,
    en: (version: number) => `Version ${version} is published. Kiosks take it at their next check.`,
  },
} satisfies Record<string, Texts<Phrase>>;

/** Why a call to the studio failed, by its code (studio-protocol.ts). */
const ERRORS = {
  offline: IMPORT_FAILURES.offline,
  'forbidden-host': {
    kk: 'Студияны тек осы компьютерден, localhost мекенжайы арқылы ашуға болады.',
    ru: 'Студию можно открыть только на этом компьютере, по адресу localhost.',
    en: 'The studio opens only on this computer, at its localhost address.',
  },
  'forbidden-origin': {
    kk: 'Студия басқа беттерден келген сұрауларды қабылдамайды.',
    ru: 'Студия не принимает запросы с других страниц.',
    en: 'The studio refuses requests from other pages.',
  },
  'not-found': { kk: 'Мұндай жазба немесе файл жоқ.', ru: 'Такой записи или файла нет.', en: 'There is no such entry or file.' },
  'bad-request': {
    kk: 'Студия бұл сұрауды түсінбеді. Бетті қайта жүктеңіз.',
    ru: 'Студия не поняла запрос. Перезагрузите страницу.',
    en: 'The studio did not understand the request. Reload the page.',
  },
  'too-large': { kk: 'Файл тым үлкен.', ru: 'Файл слишком большой.', en: 'The file is too large.' },
  'bad-id': {
    kk: 'Файл атауына тек латын кіші әріптері, цифрлар және сызықша жарайды.',
    ru: 'В имени файла допустимы только строчные латинские буквы, цифры и дефис.',
    en: 'A file name may hold only lowercase Latin letters, digits and hyphens.',
  },
  exists: { kk: 'Мұндай атаулы файл бар.', ru: 'Файл с таким именем уже есть.', en: 'A file of that name exists.' },
  'changed-on-disk': {
    kk: 'Файл студиядан тыс өзгертілген: өзгерістеріңіз сақталмады.',
    ru: 'Файл изменили вне студии: ваши изменения не записаны.',
    en: 'The file was changed outside the studio: your changes were not written.',
  },
  'bad-file-path': {
    kk: 'Файлдар тек files/ папкасында болуы керек.',
    ru: 'Файлы должны лежать в папке files/.',
    en: 'Files belong in the files/ folder.',
  },
  'unsupported-file-type': {
    kk: 'Мұндай файл түрі жарамайды: сурет (JPEG, PNG, WebP), дыбыс (Ogg, MP3, M4A), бейне (MP4, WebM) немесе .vtt мәтін болуы керек.',
    ru: 'Такой тип файла не подходит: нужно изображение (JPEG, PNG, WebP), звук (Ogg, MP3, M4A), видео (MP4, WebM) или текст .vtt.',
    en: 'That kind of file will not do: use an image (JPEG, PNG, WebP), audio (Ogg, MP3, M4A), video (MP4, WebM) or a .vtt transcript.',
  },
  'publish-not-set-up': STRINGS.publishNotSetUp,
  'feed-unreadable': {
    kk: 'Жариялау папкасындағы соңғы нұсқаны оқу мүмкін болмады. Студия терминалын қараңыз.',
    ru: 'Не удалось прочитать последнюю версию в папке публикации. Смотрите терминал студии.',
    en: 'The last version in the feed folder could not be read. See the studio’s terminal.',
  },
  'write-failed': IMPORT_FAILURES['write-failed'],
  internal: IMPORT_FAILURES.internal,
} satisfies Record<StudioErrorCode | 'offline', Texts<string>>;

export type StringKey = keyof typeof STRINGS;
export type ErrorKey = keyof typeof ERRORS;

function pick<T extends Record<string, Texts<unknown>>>(table: T, language: Language): { [K in keyof T]: T[K][Language] } {
  return Object.fromEntries(Object.entries(table).map(([key, texts]) => [key, texts[language]])) as {
    [K in keyof T]: T[K][Language];
  };
}

export function studioStrings(language: Language) {
  return { ...pick(STRINGS, language), ...pick(PHRASES, language), errors: pick(ERRORS, language) };
}

export type StudioStrings = ReturnType<typeof studioStrings>;
