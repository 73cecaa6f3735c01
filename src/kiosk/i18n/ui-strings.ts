// Every string the kiosk's own interface shows, in Kazakh, Russian and English, in one table.
// The `satisfies` check makes a missing translation a type error. Content texts (titles,
// paragraphs) come from the feed instead, through `localized()`. No DOM.

import type { Language } from '../../feed/languages.ts';
import { formatCount, russianForm } from './format-count.ts';

type Texts<T> = Readonly<Record<Language, T>>;
/** A phrase with numbers or names in it; each language orders the words its own way. */
type Phrase = (...args: never[]) => string;

const UI = {
  navHome: { kk: 'Басты бет', ru: 'Главная', en: 'Home' },
  navTimeline: { kk: 'Оқиғалар шежіресі', ru: 'Хроника событий', en: 'Timeline' },
  navTestimonies: { kk: 'Куәліктер', ru: 'Свидетельства', en: 'Testimonies' },
  navNames: { kk: 'Есімдер', ru: 'Имена', en: 'Names' },
  back: { kk: 'Артқа', ru: 'Назад', en: 'Back' },
  navigation: { kk: 'Бөлімдер', ru: 'Разделы', en: 'Sections' },
  language: { kk: 'Тіл', ru: 'Язык', en: 'Language' },
  textSize: { kk: 'Мәтін өлшемі', ru: 'Размер текста', en: 'Text size' },
  highContrast: { kk: 'Контраст', ru: 'Контраст', en: 'Contrast' },
  demo: { kk: 'ДЕМО', ru: 'ДЕМО', en: 'DEMO' },
  demoNotice: {
    kk: 'Демонстрациялық мазмұн',
    ru: 'Демонстрационное содержание',
    en: 'Demonstration content',
  },

  homeTimelineHint: { kk: 'Оқиғалар мен кезеңдер', ru: 'События и эпохи', en: 'Events and eras' },
  homeTestimoniesHint: { kk: 'Куәгерлердің естеліктері', ru: 'Воспоминания свидетелей', en: 'Memories of witnesses' },
  homeNamesHint: { kk: 'Туысыңыздың есімін іздеңіз', ru: 'Найдите имя родного человека', en: 'Look for a relative’s name' },

  preparingTitle: { kk: 'Көрме дайындалуда', ru: 'Экспозиция готовится', en: 'The exhibition is being prepared' },
  preparingBody: {
    kk: 'Материалдар жүктеліп жатыр. Бұл бірнеше минутқа созылуы мүмкін. Сәл күте тұрыңыз.',
    ru: 'Материалы загружаются. Это может занять несколько минут. Пожалуйста, подождите.',
    en: 'The materials are being loaded. This may take a few minutes. Please wait a little.',
  },

  errorTitle: { kk: 'Кешіріңіз, уақытша ақау', ru: 'Извините, временная неполадка', en: 'Sorry, something went wrong' },
  errorBody: {
    kk: 'Көрме бір сәттен кейін қайта жұмыс істейді. Қажет болса, музей қызметкеріне хабарласыңыз.',
    ru: 'Экспозиция скоро снова заработает. При необходимости обратитесь к сотруднику музея.',
    en: 'The exhibit will be back in a moment. If it is not, please ask a member of the museum staff.',
  },
  errorContinue: { kk: 'Басты бетке оралу', ru: 'Вернуться на главную', en: 'Return to the start' },

  configErrorTitle: {
    kk: 'Киоск баптауларында қате бар',
    ru: 'Ошибка в настройках киоска',
    en: 'The kiosk configuration has a problem',
  },
  configErrorFile: { kk: 'Файл', ru: 'Файл', en: 'File' },
  configErrorUnreadable: {
    kk: 'Файл табылмады немесе оқылмады',
    ru: 'Файл не найден или не читается',
    en: 'The file was not found or could not be read',
  },
  configErrorInvalid: {
    kk: 'Мына өрістер дұрыс емес',
    ru: 'Неверные поля',
    en: 'These fields are wrong',
  },
  configErrorBadId: {
    kk: 'Киоск идентификаторы тек a–z, 0–9 және - таңбаларынан тұруы керек',
    ru: 'Идентификатор киоска может содержать только a–z, 0–9 и -',
    en: 'A kiosk id may contain only a–z, 0–9 and -',
  },
  configErrorHint: {
    kk: 'Техникке: файлды түзетіп, бетті қайта жүктеңіз.',
    ru: 'Для техника: исправьте файл и перезагрузите страницу.',
    en: 'For the technician: correct the file and reload the page.',
  },

  timelineTitle: { kk: 'Оқиғалар шежіресі', ru: 'Хроника событий', en: 'Timeline' },
  timelineEras: { kk: 'Кезеңдер', ru: 'Периоды', en: 'Periods' },
  timelineHint: {
    kk: 'Саусақпен сырғытыңыз немесе көрсеткілерді басыңыз',
    ru: 'Листайте пальцем или нажимайте стрелки',
    en: 'Swipe, or use the arrows',
  },
  timelineTrack: { kk: 'Оқиғалар жолағы', ru: 'Лента событий', en: 'Events in date order' },
  timelineDecades: { kk: 'Онжылдықтар', ru: 'Десятилетия', en: 'Decades' },
  timelineDecade: {
    kk: (decade: number) => `${decade}-жылдар`,
    ru: (decade: number) => `${decade}-е`,
    en: (decade: number) => `${decade}s`,
  },
  timelineEarlier: { kk: 'Ертерек', ru: 'Раньше', en: 'Earlier' },
  timelineLater: { kk: 'Кейінірек', ru: 'Позже', en: 'Later' },
  source: { kk: 'Дереккөз', ru: 'Источник', en: 'Source' },
  relatedTestimonies: { kk: 'Байланысты куәліктер', ru: 'Связанные свидетельства', en: 'Related testimonies' },
  relatedNames: { kk: 'Осы оқиғаға қатысты есімдер', ru: 'Имена, связанные с событием', en: 'Names linked to this event' },
  notFound: {
    kk: 'Бұл бет енді жоқ',
    ru: 'Этой страницы больше нет',
    en: 'This page is no longer here',
  },

  // Event page and images: the event's text, its images and the full-screen viewer.
  eventPrevious: { kk: 'Алдыңғы оқиға', ru: 'Предыдущее событие', en: 'Previous event' },
  eventNext: { kk: 'Келесі оқиға', ru: 'Следующее событие', en: 'Next event' },
  eventNeighbours: { kk: 'Шежіре бойынша', ru: 'По хронике', en: 'Along the timeline' },
  relatedPlaces: { kk: 'Байланысты орындар', ru: 'Связанные места', en: 'Related places' },
  contentWarning: { kk: 'Мазмұн туралы ескерту', ru: 'Предупреждение о содержании', en: 'Content warning' },
  contentWarningShow: { kk: 'Көрсету', ru: 'Показать', en: 'Show' },
  imageOpen: { kk: 'Толық экранда ашу', ru: 'Открыть во весь экран', en: 'Open full screen' },
  imageViewer: { kk: 'Суретті қарау', ru: 'Просмотр изображения', en: 'Image viewer' },
  imageClose: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
  imageZoomIn: { kk: 'Үлкейту', ru: 'Увеличить', en: 'Zoom in' },
  imageZoomOut: { kk: 'Кішірейту', ru: 'Уменьшить', en: 'Zoom out' },
  imagePrevious: { kk: 'Алдыңғы сурет', ru: 'Предыдущее изображение', en: 'Previous image' },
  imageNext: { kk: 'Келесі сурет', ru: 'Следующее изображение', en: 'Next image' },
  imageCount: {
    kk: (shown: number, count: number) => `${count} суреттің ${shown}-сі`,
    ru: (shown: number, count: number) => `Изображение ${shown} из ${count}`,
    en: (shown: number, count: number) => `Image ${shown} of ${count}`,
  },
  imageUnavailable: {
    kk: 'Сурет әзірге қолжетімсіз.',
    ru: 'Изображение пока недоступно.',
    en: 'The image is not available at the moment.',
  },

  // Places: the map section and a place's page.
  navPlaces: { kk: 'Орындар', ru: 'Места', en: 'Places' },
  homePlacesHint: {
    kk: 'Лагерьлер мен еске алу орындары картада',
    ru: 'Лагеря и места памяти на карте',
    en: 'Camps and places of memory on a map',
  },
  placesTitle: { kk: 'Орындар картасы', ru: 'Карта мест', en: 'Map of places' },
  placesList: { kk: 'Орындар тізімі', ru: 'Список мест', en: 'List of places' },
  placeKindCamp: { kk: 'Лагерь', ru: 'Лагерь', en: 'Camp' },
  placeKindSpecialSettlement: { kk: 'Арнаулы қоныс', ru: 'Спецпоселение', en: 'Special settlement' },
  placeKindExecutionSite: { kk: 'Ату жазасы орны', ru: 'Место расстрелов', en: 'Execution site' },
  placeKindMemorial: { kk: 'Мемориал', ru: 'Мемориал', en: 'Memorial' },
  mapZoomIn: { kk: 'Жақындату', ru: 'Приблизить', en: 'Zoom in' },
  mapZoomOut: { kk: 'Алыстату', ru: 'Отдалить', en: 'Zoom out' },
  mapLegend: { kk: 'Шартты белгілер', ru: 'Условные обозначения', en: 'Key' },
  mapCredit: { kk: 'Карта негізі: Natural Earth', ru: 'Основа карты: Natural Earth', en: 'Base map: Natural Earth' },
  placeOnMap: { kk: 'Картадағы орны', ru: 'На карте', en: 'On the map' },
  placeEvents: { kk: 'Осы орынға қатысты оқиғалар', ru: 'События, связанные с этим местом', en: 'Events linked to this place' },
  placeNames: { kk: 'Осы орынға қатысты есімдер', ru: 'Имена, связанные с этим местом', en: 'Names linked to this place' },

  testimoniesTitle: { kk: 'Куәліктер', ru: 'Свидетельства', en: 'Testimonies' },
  recorded: { kk: 'Жазылған күні', ru: 'Дата записи', en: 'Recorded' },
  speaker: { kk: 'Баяндаушы', ru: 'Рассказчик', en: 'Speaker' },
  recordingLanguage: { kk: 'Жазба тілі', ru: 'Язык записи', en: 'Language of the recording' },
  syntheticVoice: {
    kk: 'Бұл жазбадағы дауыс синтетикалық: мәтінді компьютер оқиды.',
    ru: 'Голос в этой записи синтетический: текст читает компьютер.',
    en: 'The voice in this recording is synthetic: the text is read by a computer.',
  },
  play: { kk: 'Тыңдау', ru: 'Слушать', en: 'Listen' },
  pause: { kk: 'Кідірту', ru: 'Пауза', en: 'Pause' },
  watch: { kk: 'Көру', ru: 'Смотреть', en: 'Watch' },
  transcript: { kk: 'Жазба мәтіні', ru: 'Расшифровка', en: 'Transcript' },
  transcriptHint: {
    kk: 'Сол жерден тыңдау үшін жолды түртіңіз.',
    ru: 'Коснитесь строки, чтобы слушать с этого места.',
    en: 'Touch a line to listen from there.',
  },
  transcriptMissing: {
    kk: 'Бұл тілде мәтін жоқ.',
    ru: 'Расшифровки на этом языке нет.',
    en: 'There is no transcript in this language.',
  },
  mediaUnavailable: {
    kk: 'Жазба әзірге қолжетімсіз.',
    ru: 'Запись пока недоступна.',
    en: 'The recording is not available at the moment.',
  },

  // Testimonies as oral history: chapters, topics and their moments, speed, volume, two transcripts.
  chapters: { kk: 'Тараулар', ru: 'Главы', en: 'Chapters' },
  chapterTopics: { kk: 'Тарау тақырыптары', ru: 'Темы главы', en: 'Topics of this chapter' },
  testimonyTopics: { kk: 'Тақырыптар', ru: 'Темы', en: 'Topics' },
  keywordKicker: { kk: 'Куәліктердегі тақырып', ru: 'Тема свидетельств', en: 'A topic in the testimonies' },
  keywordMomentsHint: {
    kk: (count: number) => `Бұл туралы айтылатын сәттер: ${count}. Куәлікті сол жерден ашу үшін түртіңіз.`,
    ru: (count: number) => `Моменты, где об этом говорится: ${count}. Коснитесь, чтобы открыть свидетельство с этого места.`,
    en: (count: number) =>
      `${count === 1 ? 'One moment' : `${count} moments`} where this is spoken of. Touch one to open the testimony there.`,
  },
  keywordNoMoments: {
    kk: 'Бұл тақырып әзірге бірде-бір куәлікте кездеспейді.',
    ru: 'Пока ни одно свидетельство не касается этой темы.',
    en: 'No testimony speaks of this topic yet.',
  },
  playbackSpeed: { kk: 'Жылдамдық', ru: 'Скорость', en: 'Speed' },
  playbackRateLabel: {
    kk: (rate: number) => `${String(rate).replace('.', ',')}×`,
    ru: (rate: number) => `${String(rate).replace('.', ',')}×`,
    en: (rate: number) => `${rate}×`,
  },
  volume: { kk: 'Дыбыс', ru: 'Громкость', en: 'Volume' },
  volumeDown: { kk: 'Дыбысты бәсеңдету', ru: 'Тише', en: 'Quieter' },
  volumeUp: { kk: 'Дыбысты күшейту', ru: 'Громче', en: 'Louder' },
  transcriptAsSpoken: {
    kk: (languageName: string) => `Түпнұсқа тілінде: ${languageName}`,
    ru: (languageName: string) => `В оригинале: ${languageName}`,
    en: (languageName: string) => `As spoken: ${languageName}`,
  },
  testimonyIsText: { kk: 'Мәтін', ru: 'Текст', en: 'Text' },
  textLanguage: { kk: 'Мәтін тілі', ru: 'Язык текста', en: 'Language of the text' },
  textAuthor: { kk: 'Авторы', ru: 'Автор', en: 'Written by' },
  textWritten: { kk: 'Жазылған уақыты', ru: 'Когда написано', en: 'Written' },
  testimonyContentWarning: {
    kk: 'Ауыр мазмұн туралы ескерту',
    ru: 'Предупреждение: тяжёлое содержание',
    en: 'Content warning',
  },
  syntheticText: {
    kk: 'Бұл мәтін демонстрация үшін ойдан жазылған.',
    ru: 'Этот текст вымышлен и написан для демонстрации.',
    en: 'This text is fictional, written for the demonstration.',
  },

  namesTitle: { kk: 'Есімдер кітабы', ru: 'Книга имён', en: 'Book of names' },
  searchLabel: { kk: 'Аты-жөні', ru: 'Фамилия, имя', en: 'Name' },
  searchPlaceholder: {
    kk: 'Тегін, атын немесе екеуін де теріңіз',
    ru: 'Наберите фамилию, имя или и то и другое',
    en: 'Type a surname, a given name, or both',
  },
  namesLoading: { kk: 'Есімдер тізімі жүктелуде…', ru: 'Список имён загружается…', en: 'Loading the register of names…' },
  namesEmpty: {
    kk: 'Бұл көрмеде есімдер тізімі жоқ.',
    ru: 'В этой экспозиции нет списка имён.',
    en: 'This exhibit has no register of names.',
  },
  namesUnavailable: {
    kk: 'Есімдер тізімі әзірге қолжетімсіз.',
    ru: 'Список имён пока недоступен.',
    en: 'The register of names is not available at the moment.',
  },
  noResults: {
    kk: 'Ешкім табылмады. Басқаша жазып көріңіз.',
    ru: 'Никого не найдено. Попробуйте другое написание.',
    en: 'No one was found. Try another spelling.',
  },
  resultsFound: {
    kk: (count: number) => `Табылғаны: ${count}`,
    ru: (count: number) => `Найдено: ${count}`,
    en: (count: number) => `Found: ${count}`,
  },
  resultsTruncated: {
    kk: (shown: number) => `Алғашқы ${shown} нәтиже көрсетілді. Іздеуді нақтылау үшін тағы әріп теріңіз.`,
    ru: (shown: number) => `Показаны первые ${shown}. Наберите ещё буквы, чтобы уточнить поиск.`,
    en: (shown: number) => `Showing the first ${shown}. Type more letters to narrow the search.`,
  },
  namesRetry: { kk: 'Қайталау', ru: 'Повторить', en: 'Try again' },
  triedSpellings: { kk: 'Іздеген жазылулар', ru: 'Проверенные написания', en: 'Spellings we looked for' },
  closestNames: { kk: 'Тізімдегі ұқсас есімдер', ru: 'Похожие имена в списке', en: 'Closest names in the register' },
  filtersHideResults: {
    kk: 'Сүзгілер қосулы: олар нәтижелерді жасыруы мүмкін.',
    ru: 'Включены фильтры: они могут скрывать результаты.',
    en: 'Filters are on and may hide results.',
  },
  clearFilters: { kk: 'Сүзгілерді алып тастау', ru: 'Сбросить фильтры', en: 'Clear filters' },
  filtersTitle: { kk: 'Сүзгілер', ru: 'Фильтры', en: 'Filters' },
  filterBorn: { kk: 'Туған жылы', ru: 'Год рождения', en: 'Born' },
  filterPlace: { kk: 'Туған жері', ru: 'Место рождения', en: 'Place of birth' },
  filterFate: { kk: 'Тағдыры', ru: 'Судьба', en: 'Fate' },
  filterAny: { kk: 'барлығы', ru: 'все', en: 'any' },
  filterDecadesHint: {
    kk: 'Аралықты таңдау үшін екі онжылдықты түртіңіз.',
    ru: 'Чтобы выбрать промежуток, коснитесь двух десятилетий.',
    en: 'Touch two decades to choose a span.',
  },
  decade: {
    kk: (year: number) => `${year}-жылдар`,
    ru: (year: number) => `${year}-е`,
    en: (year: number) => `${year}s`,
  },
  yearSpan: {
    kk: (from: number, to: number) => `${from}–${to} жж.`,
    ru: (from: number, to: number) => `${from}–${to} гг.`,
    en: (from: number, to: number) => `${from}–${to}`,
  },
  keySpace: { kk: 'бос орын', ru: 'пробел', en: 'space' },
  keyBackspace: { kk: 'Өшіру', ru: 'Стереть', en: 'Delete' },
  keyClear: { kk: 'Тазарту', ru: 'Очистить', en: 'Clear' },
  keyLayout: { kk: 'Пернетақта тілі', ru: 'Раскладка', en: 'Keyboard layout' },

  recordNotFound: { kk: 'Жазба табылмады.', ru: 'Запись не найдена.', en: 'The record was not found.' },
  recordRestricted: {
    kk: 'Архивтің немесе отбасының өтініші бойынша бұл жазбаның толық мәліметтері жарияланбайды: тек есім мен өмір жылдары көрсетіледі.',
    ru: 'По просьбе архива или семьи подробности этой записи не публикуются: показаны только имя и годы жизни.',
    en: 'At the request of the archive or the family, the details of this record are not published: only the name and years are shown.',
  },
  recordExtra: { kk: 'Қосымша мәліметтер', ru: 'Дополнительные сведения', en: 'Further details' },
  fieldSurname: { kk: 'Тегі', ru: 'Фамилия', en: 'Surname' },
  fieldGivenName: { kk: 'Аты', ru: 'Имя', en: 'Given name' },
  fieldPatronymic: { kk: 'Әкесінің аты', ru: 'Отчество', en: 'Patronymic' },
  fieldNameVariants: { kk: 'Басқа жазылулары', ru: 'Другие написания', en: 'Other spellings' },
  fieldBirthYear: { kk: 'Туған жылы', ru: 'Год рождения', en: 'Year of birth' },
  fieldBirthPlace: { kk: 'Туған жері', ru: 'Место рождения', en: 'Place of birth' },
  fieldNationality: { kk: 'Ұлты', ru: 'Национальность', en: 'Nationality' },
  fieldOccupation: { kk: 'Кәсібі', ru: 'Род занятий', en: 'Occupation' },
  fieldArrestDate: { kk: 'Тұтқындалған күні', ru: 'Дата ареста', en: 'Arrested' },
  fieldCharge: { kk: 'Айыптау', ru: 'Обвинение', en: 'Charge' },
  fieldSentence: { kk: 'Үкім', ru: 'Приговор', en: 'Sentence' },
  fieldFate: { kk: 'Тағдыры', ru: 'Судьба', en: 'Fate' },
  fieldDeathDate: { kk: 'Қайтыс болған күні', ru: 'Дата смерти', en: 'Died' },
  fieldRehabilitationDate: { kk: 'Ақталған күні', ru: 'Дата реабилитации', en: 'Rehabilitated' },
  bornIn: {
    kk: (year: number) => `${year} ж. туған`,
    ru: (year: number) => `род. в ${year}`,
    en: (year: number) => `born ${year}`,
  },
  diedIn: {
    kk: (year: number) => `${year} ж. қайтыс болған`,
    ru: (year: number) => `ум. в ${year}`,
    en: (year: number) => `died ${year}`,
  },

  namesTotal: {
    kk: (count: number) => `Тізімде ${formatCount(count, 'kk')} адамның есімі бар`,
    ru: (count: number) => `В списке ${formatCount(count, 'ru')} ${russianForm(count, ['имя', 'имени', 'имён'])}`,
    en: (count: number) => `${formatCount(count, 'en')} ${count === 1 ? 'name' : 'names'} in the register`,
  },
  recordArchiveReference: { kk: 'Архивтік шифр', ru: 'Архивный шифр', en: 'Archive reference' },
  recordArchiveRequest: {
    kk: 'Архивтік істі қалай сұратуға болады',
    ru: 'Как запросить архивное дело',
    en: 'How to request the archive file',
  },
  recordQrCaption: {
    kk: 'Бұл жазбаны музей сайтында ашу үшін кодты сканерлеңіз',
    ru: 'Отсканируйте код, чтобы открыть эту запись на сайте музея',
    en: 'Scan to open this record on the museum’s website',
  },
  recordQrLabel: {
    kk: 'Осы жазбаның музей сайтындағы мекенжайының QR-коды',
    ru: 'QR-код адреса этой записи на сайте музея',
    en: 'QR code of this record’s address on the museum’s website',
  },
  recordWrittenIn: {
    kk: (lang: Language) =>
      `Архивте ${{ kk: 'қазақ тілінде', ru: 'орыс тілінде', en: 'ағылшын тілінде' }[lang]} жазылған: мәліметтер құжаттағыдай берілген.`,
    ru: (lang: Language) =>
      `В архиве записано ${{ kk: 'на казахском', ru: 'на русском', en: 'на английском' }[lang]}: сведения приведены как в документе.`,
    en: (lang: Language) =>
      `Written in ${{ kk: 'Kazakh', ru: 'Russian', en: 'English' }[lang]} in the archive: the details are shown as written.`,
  },

  idleTitle: { kk: 'Сіз әлі осындасыз ба?', ru: 'Вы ещё здесь?', en: 'Are you still there?' },
  idleBody: {
    kk: (seconds: number) => `${seconds} секундтан кейін экран басты бетке оралады.`,
    ru: (seconds: number) => `Через ${seconds} с экран вернётся на главную.`,
    en: (seconds: number) => `The screen returns to the start in ${seconds} s.`,
  },
  idleContinue: { kk: 'Жалғастыру', ru: 'Продолжить', en: 'Continue' },
  attractTouch: { kk: 'Бастау үшін экранды түртіңіз', ru: 'Коснитесь экрана, чтобы начать', en: 'Touch the screen to begin' },

  pinTitle: { kk: 'Техник PIN-коды', ru: 'PIN-код техника', en: 'Technician PIN' },
  pinWrong: { kk: 'PIN-код қате', ru: 'Неверный PIN-код', en: 'Wrong PIN' },
  pinLocked: {
    kk: (minutes: number) => `Қате әрекет тым көп. ${minutes} минуттан кейін қайталаңыз.`,
    ru: (minutes: number) => `Слишком много неверных попыток. Повторите через ${minutes} мин.`,
    en: (minutes: number) => `Too many wrong tries. Try again in ${minutes} min.`,
  },
  pinEnter: { kk: 'Кіру', ru: 'Войти', en: 'Enter' },
  cancel: { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  techTitle: { kk: 'Техник панелі', ru: 'Панель техника', en: 'Technician panel' },
  techDemoPin: {
    kk: (pin: string) => `Назар аударыңыз: демо PIN-коды (${pin}) әлі қолданылуда. Киоск баптауларында өз PIN-кодыңызды қойыңыз.`,
    ru: (pin: string) =>
      `Внимание: всё ещё используется демонстрационный PIN-код (${pin}). Задайте свой PIN в настройках киоска.`,
    en: (pin: string) => `Warning: the demo PIN (${pin}) is still in use. Set a PIN of your own in the kiosk configuration.`,
  },
  techPlainPin: {
    kk: 'Назар аударыңыз: PIN-код киоск баптауларында ашық мәтінмен тұр. "npm run feed -- pin-hash" арқылы хэш жасап, technicianPinHash өрісіне қойыңыз.',
    ru: 'Внимание: PIN-код хранится в настройках киоска открытым текстом. Создайте хеш командой "npm run feed -- pin-hash" и укажите его в поле technicianPinHash.',
    en: 'Warning: the PIN is in plain text in the kiosk configuration. Make a hash with "npm run feed -- pin-hash" and put it in technicianPinHash.',
  },
  techNextSync: { kk: 'Келесі синхрондау', ru: 'Следующая синхронизация', en: 'Next sync' },
  techPersisted: { kk: 'тұрақты жад', ru: 'постоянное хранилище', en: 'persistent' },
  techNotPersisted: {
    kk: 'тұрақты емес: браузер өшіруі мүмкін',
    ru: 'не постоянное: браузер может удалить',
    en: 'not persistent: the browser may evict it',
  },
  techUptime: { kk: 'Жұмыс уақыты', ru: 'Время работы', en: 'Uptime' },
  techMemory: { kk: 'Жады (JS)', ru: 'Память (JS)', en: 'Memory (JS)' },
  techUsage: { kk: 'Күнделікті қолданыс', ru: 'Использование по дням', en: 'Usage per day' },
  techUsageDay: { kk: 'Күн', ru: 'День', en: 'Day' },
  techUsageVisit: { kk: 'Келушілер', ru: 'Посещения', en: 'Visits' },
  techUsageSearch: { kk: 'Іздеулер', ru: 'Поиски', en: 'Searches' },
  techUsageRecord: { kk: 'Ашылған жазбалар', ru: 'Открытые записи', en: 'Records opened' },
  techUsageTestimony: { kk: 'Тыңдалған куәліктер', ru: 'Прослушанные свидетельства', en: 'Testimonies played' },
  techUsageNone: { kk: 'Әзірге санақ жоқ.', ru: 'Пока нет подсчётов.', en: 'Nothing counted yet.' },
  techContentVersion: { kk: 'Мазмұн нұсқасы', ru: 'Версия содержимого', en: 'Content version' },
  techKiosk: { kk: 'Киоск', ru: 'Киоск', en: 'Kiosk' },
  techExhibit: { kk: 'Көрме', ru: 'Экспозиция', en: 'Exhibit' },
  techPublished: { kk: 'Жарияланған', ru: 'Опубликовано', en: 'Published' },
  techLastSync: { kk: 'Соңғы синхрондау', ru: 'Последняя синхронизация', en: 'Last sync' },
  // docs/design.md §5.1: the keys this kiosk trusts, and the content's expiry.
  techSigningKeys: { kk: 'Қолтаңба кілттері', ru: 'Ключи подписи', en: 'Signing keys' },
  techSignaturesNeeded: {
    kk: (needed: number, keys: number) => `${keys} кілттің ${needed} қолтаңбасы қажет`,
    ru: (needed: number, keys: number) => `нужно подписей: ${needed} из ${keys}`,
    en: (needed: number, keys: number) => `${needed} of ${keys} must sign`,
  },
  techExpires: { kk: 'Мерзімі', ru: 'Действует до', en: 'Expires' },
  techNoExpiry: { kk: 'мерзімсіз', ru: 'бессрочно', en: 'never' },
  techFeedExpired: {
    kk: (expiredAt: string, clock: string) =>
      `Мазмұнның мерзімі ${expiredAt} бітті: лента содан бері қайта жарияланбаған, не киосктің сағаты қате (ол ${clock} көрсетіп тұр). Мазмұн көрсетіле береді.`,
    ru: (expiredAt: string, clock: string) =>
      `Срок содержимого истёк ${expiredAt}: ленту с тех пор не публиковали заново, или часы киоска неверны (они показывают ${clock}). Содержимое по-прежнему показывается.`,
    en: (expiredAt: string, clock: string) =>
      `The content expired ${expiredAt}: the feed has not been published again since, or this kiosk’s clock is wrong (it reads ${clock}). The content is still shown.`,
  },
  techNever: { kk: 'әлі болған жоқ', ru: 'ещё не было', en: 'not yet' },
  techNone: { kk: 'жоқ', ru: 'нет', en: 'none' },
  techStorage: { kk: 'Жад', ru: 'Хранилище', en: 'Storage' },
  // docs/design.md §5.5: a version that did not fit, in plain words: what it needs, what there was.
  techStorageShortage: {
    kk: (version: number, needed: string, available: string) =>
      `${version} нұсқасына орын жетпейді: ${needed} қажет, ${available} ғана бар. Киоск қазіргі мазмұнын көрсете береді және орын босағанда немесе бір тәуліктен кейін қайта жүктеп көреді.`,
    ru: (version: number, needed: string, available: string) =>
      `Для версии ${version} не хватает места: нужно ${needed}, есть только ${available}. Киоск продолжает показывать текущее содержимое и повторит загрузку, когда место освободится, или через сутки.`,
    en: (version: number, needed: string, available: string) =>
      `Not enough storage for version ${version}: it needs ${needed}, only ${available} is available. The kiosk keeps showing its current content and tries again once space is freed, or after a day.`,
  },
  techObjects: {
    kk: (count: number) => `${count} нысан`,
    ru: (count: number) => `объектов: ${count}`,
    en: (count: number) => `${count} objects`,
  },
  // The watchdog's last reload in the panel (docs/design.md §6.6): when, and why in its figures.
  techWatchdog: { kk: 'Күзетші (watchdog)', ru: 'Сторож (watchdog)', en: 'Watchdog' },
  techWatchdogNone: { kk: 'әлі қайта жүктеген жоқ', ru: 'ещё не перезагружал', en: 'no reload yet' },
  techWatchdogReloaded: {
    kk: (when: string, why: string) => `${when} қайта жүктеді: ${why}`,
    ru: (when: string, why: string) => `перезагрузил ${when}: ${why}`,
    en: (when: string, why: string) => `reloaded the kiosk ${when}: ${why}`,
  },
  watchdogStall: {
    kk: (seconds: number) => `экран ${seconds} с қатып қалды`,
    ru: (seconds: number) => `экран завис на ${seconds} с`,
    en: (seconds: number) => `the screen froze for ${seconds} s`,
  },
  watchdogErrors: {
    kk: (count: number, minutes: number) => `${minutes} мин ішінде ${count} қате`,
    ru: (count: number, minutes: number) => `${count} ${russianForm(count, ['ошибка', 'ошибки', 'ошибок'])} за ${minutes} мин`,
    en: (count: number, minutes: number) => `${count} errors in ${minutes} min`,
  },
  watchdogMemory: {
    kk: (usedMB: number, limitMB: number, hours: number) => `жады ${hours} сағат бойы ${limitMB} МБ-тан асты (${usedMB} МБ)`,
    ru: (usedMB: number, limitMB: number, hours: number) => `память выше ${limitMB} МБ в течение ${hours} ч (${usedMB} МБ)`,
    en: (usedMB: number, limitMB: number, hours: number) => `memory above ${limitMB} MB for ${hours} h (${usedMB} MB)`,
  },
  watchdogNightly: {
    kk: (at: string) => `түнгі қайта жүктеу, ${at}`,
    ru: (at: string) => `ночная перезагрузка в ${at}`,
    en: (at: string) => `the nightly reload at ${at}`,
  },
  techLog: { kk: 'Журнал', ru: 'Журнал', en: 'Log' },
  techLogEmpty: { kk: 'Журнал бос.', ru: 'Журнал пуст.', en: 'The log is empty.' },
  techSyncNow: { kk: 'Қазір синхрондау', ru: 'Синхронизировать', en: 'Sync now' },
  techReload: { kk: 'Қайта жүктеу', ru: 'Перезагрузить', en: 'Reload' },
  techClose: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
  techDays: {
    kk: (days: number) => `${days} күн`,
    ru: (days: number) => `${days} ${russianForm(days, ['день', 'дня', 'дней'])}`,
    en: (days: number) => (days === 1 ? '1 day' : `${days} days`),
  },
  techLogInfo: { kk: 'ақпарат', ru: 'инфо', en: 'info' },
  techLogWarn: { kk: 'ескерту', ru: 'предупр.', en: 'warning' },
  techLogError: { kk: 'қате', ru: 'ошибка', en: 'error' },
  techVersionStaged: { kk: 'жүктелуде', ru: 'загружается', en: 'staged' },
  techVersionActive: { kk: 'белсенді', ru: 'активна', en: 'active' },
  techVersionRetired: { kk: 'ескі', ru: 'прежняя', en: 'retired' },
  techAppVersion: { kk: 'Қолданба нұсқасы', ru: 'Версия приложения', en: 'App version' },
  techMaintenance: { kk: 'Қызмет көрсету', ru: 'Обслуживание', en: 'Maintenance' },
  techRedownload: { kk: 'Барлық мазмұнды қайта жүктеу', ru: 'Скачать всё заново', en: 'Re-download all content' },
  techRedownloadHint: {
    kk: 'Әр нысанды лентадан қайта алып, тексереді. Жаңа көшірме толық болғанша көрме экранда қала береді.',
    ru: 'Заново загружает и проверяет каждый объект из ленты. Экспозиция остаётся на экране, пока новая копия не будет полной.',
    en: 'Fetches and checks every object from the feed again. The exhibit stays on screen until the new copy is complete.',
  },
  techRedownloadConfirm: {
    kk: 'Барлық мазмұн қайта жүктелсін бе? Бұл біраз уақыт алуы мүмкін.',
    ru: 'Скачать всё содержимое заново? Это может занять время.',
    en: 'Download all content again? This may take a while.',
  },
  techReset: { kk: 'Мазмұнды тазарту', ru: 'Сбросить содержимое', en: 'Reset content' },
  techResetHint: {
    kk: 'Басқа көрмеге көшірілген киоск үшін: сақталған мазмұн мен қолданыс санақтары өшіріліп, бәрі нөлден синхрондалады. Журнал сақталады.',
    ru: 'Для киоска, перенесённого в другую экспозицию: сохранённое содержимое и счётчики использования удаляются, всё синхронизируется с нуля. Журнал сохраняется.',
    en: 'For a kiosk moved to another exhibit: the stored content and usage counts are deleted and everything syncs from scratch. The log is kept.',
  },
  techResetConfirm: {
    kk: 'Сақталған мазмұнның бәрі өшірілсін бе? Жаңа мазмұн келгенше киоск «Көрме дайындалуда» деп көрсетеді.',
    ru: 'Удалить всё сохранённое содержимое? Пока не придёт новое, киоск показывает «Экспозиция готовится».',
    en: 'Delete all stored content? Until new content arrives, the kiosk shows “The exhibition is being prepared”.',
  },
  techConfirm: { kk: 'Иә, жалғастыру', ru: 'Да, продолжить', en: 'Yes, continue' },
  techTestScreen: { kk: 'Сынақ экраны', ru: 'Тестовый экран', en: 'Test screen' },
  techTestScreenHint: {
    kk: 'Түстер, сұр сатылар, тор және бұрыштағы нысаналар: экранды және сенсордың дәлдігін тексеру үшін.',
    ru: 'Цветные полосы, ступени серого, сетка и угловые мишени: проверка экрана и точности касаний.',
    en: 'Colour bars, grey steps, a grid and corner targets: to check the screen and touch accuracy.',
  },
  testScreenTouch: {
    kk: 'Кез келген жерді түртіңіз: саусақ тиген жерде белгі шығады.',
    ru: 'Коснитесь в любом месте: там, где коснулся палец, появится отметка.',
    en: 'Touch anywhere: a mark shows where the finger landed.',
  },
  testScreenSize: { kk: 'Экран', ru: 'Экран', en: 'Screen' },
  testScreenPixels: { kk: 'физикалық пиксель', ru: 'физических пикселей', en: 'device pixels' },
  testScreenClear: { kk: 'Белгілерді өшіру', ru: 'Стереть отметки', en: 'Clear marks' },
  syncInstalled: { kk: 'жаңа нұсқа орнатылды', ru: 'установлена новая версия', en: 'new version installed' },
  syncUpToDate: { kk: 'жаңарту жоқ', ru: 'обновлений нет', en: 'up to date' },
  syncRejected: { kk: 'лента қабылданбады', ru: 'лента отклонена', en: 'feed rejected' },
  syncFailed: { kk: 'сәтсіз аяқталды', ru: 'не удалась', en: 'failed' },
  syncRunning: { kk: 'жүріп жатыр…', ru: 'идёт…', en: 'in progress…' },
  // The technician panel's heartbeat line (docs/design.md §6.5): the monitor and its last answer.
  techHeartbeat: { kk: 'Мониторинг', ru: 'Мониторинг', en: 'Monitoring' },
  heartbeatOff: { kk: 'бапталмаған', ru: 'не настроен', en: 'not set up' },
  heartbeatNotYet: { kk: 'әлі жіберілген жоқ', ru: 'ещё не отправлялся', en: 'not sent yet' },
  heartbeatSent: {
    kk: (delivered: number) => `жеткізілді${delivered > 0 ? `, ${delivered} оқиға` : ''}`,
    ru: (delivered: number) =>
      `доставлен${delivered > 0 ? `, ${delivered} ${russianForm(delivered, ['событие', 'события', 'событий'])}` : ''}`,
    en: (delivered: number) => `delivered${delivered > 0 ? `, ${delivered} ${delivered === 1 ? 'event' : 'events'}` : ''}`,
  },
  heartbeatUnreachable: {
    kk: 'мониторинг жауап бермеді, оқиғалар кезекте күтеді',
    ru: 'мониторинг не ответил, события ждут в очереди',
    en: 'the monitor did not answer; events wait in the queue',
  },

  // Scheduled modes (docs/design.md §6.2): Remembrance, the minute of silence, closed hours, and
  // their line and previews in the technician panel.
  remembranceTitle: { kk: 'Еске аламыз', ru: 'Помним', en: 'We remember' },
  remembranceSubtitle: {
    kk: 'Саяси қуғын-сүргін құрбандарының есімдері',
    ru: 'Имена жертв политических репрессий',
    en: 'The names of the victims of political repression',
  },
  remembranceTouch: {
    kk: 'Есімді іздеу үшін экранды түртіңіз',
    ru: 'Коснитесь экрана, чтобы найти имя',
    en: 'Touch the screen to look for a name',
  },
  silenceLine: { kk: 'Үнсіздік минуты', ru: 'Минута молчания', en: 'A minute of silence' },
  closedTitle: { kk: 'Музей қазір жабық', ru: 'Музей сейчас закрыт', en: 'The museum is closed now' },
  closedOpens: {
    kk: (day: string, time: string) => `Ашылу уақыты: ${day}, ${time}`,
    ru: (day: string, time: string) => `Откроется: ${day}, ${time}`,
    en: (day: string, time: string) => `Opens ${day} at ${time}`,
  },
  closedToday: { kk: 'бүгін', ru: 'сегодня', en: 'today' },
  closedTomorrow: { kk: 'ертең', ru: 'завтра', en: 'tomorrow' },
  closedHoursTitle: { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Opening hours' },
  closedAllDay: { kk: 'жабық', ru: 'закрыто', en: 'closed' },
  scheduleModeOpen: { kk: 'Көрме', ru: 'Экспозиция', en: 'Exhibit' },
  scheduleModeRemembrance: { kk: 'Еске алу', ru: 'Память', en: 'Remembrance' },
  scheduleModeSilence: { kk: 'Үнсіздік минуты', ru: 'Минута молчания', en: 'Minute of silence' },
  scheduleModeClosed: { kk: 'Жабық', ru: 'Закрыто', en: 'Closed' },
  techSchedule: { kk: 'Кесте', ru: 'Расписание', en: 'Schedule' },
  techScheduleNext: { kk: 'келесі', ru: 'далее', en: 'next' },
  techScheduleNothingNext: {
    kk: 'басқа ештеңе жоспарланбаған',
    ru: 'больше ничего не запланировано',
    en: 'nothing else scheduled',
  },
  techPreview: { kk: 'Алдын ала қарау', ru: 'Предпросмотр', en: 'Preview' },
} as const satisfies Record<string, Texts<string> | Texts<Phrase>>;

export type UiKey = keyof typeof UI;
export type UiStrings = { readonly [K in UiKey]: (typeof UI)[K][Language] };
/** The keys of plain strings (no placeholders), usable as labels. */
export type UiTextKey = { [K in UiKey]: UiStrings[K] extends string ? K : never }[UiKey];

const cache = new Map<Language, UiStrings>();

/** The whole table in one language, built once per language. */
export function uiStrings(lang: Language): UiStrings {
  let strings = cache.get(lang);
  if (!strings) {
    strings = Object.fromEntries(Object.entries(UI).map(([key, texts]) => [key, texts[lang]])) as unknown as UiStrings;
    cache.set(lang, strings);
  }
  return strings;
}

/** A language's own name for its button: a visitor looks for the language they read. */
export const LANGUAGE_ENDONYMS: Readonly<Record<Language, string>> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** The name of each language in each UI language ("Russian" read in Kazakh is "орыс тілі"). */
export const LANGUAGE_NAMES: Texts<Texts<string>> = {
  kk: { kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі' },
  ru: { kk: 'казахский', ru: 'русский', en: 'английский' },
  en: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
};
