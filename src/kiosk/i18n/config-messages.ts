// The words for each kiosk-config problem, in Kazakh, Russian and English, keyed by its code:
// what is missing or wrong and what the technician should do about it. No DOM; the error screen
// shows all three languages at once, since the language setting is in the file that failed.

import type { Language } from '../../feed/languages.ts';
import type { ConfigProblem, ConfigProblemCode, ConfigProblemParams, ConfigKey, JsonKind } from '../config/config-problem.ts';
import { CONFIG_FIELDS, expectedAt } from './config-field-names.ts';

type Templates = { readonly [C in ConfigProblemCode]: Readonly<Record<Language, (params: ConfigProblemParams[C]) => string>> };

const FOUND: Readonly<Record<Language, Readonly<Record<JsonKind, string>>>> = {
  kk: { text: 'мәтін', number: 'сан', boolean: 'true не false', null: 'null', list: 'тізім [ … ]', object: 'объект { … }' },
  ru: { text: 'текст', number: 'число', boolean: 'true или false', null: 'null', list: 'список [ … ]', object: 'объект { … }' },
  en: {
    text: 'text in quotes',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
    list: 'a list [ … ]',
    object: 'an object { … }',
  },
};

/** `"idleSeconds" (seconds before returning to the start)`: the key as in the file, then what it is. */
function subject({ path, key }: { path: string; key: ConfigKey }, lang: Language): string {
  return `"${path}" (${CONFIG_FIELDS[key].name[lang]})`;
}

const TEMPLATES: Templates = {
  'bad-id': {
    kk: ({ id }) => `"${id}" киоск атауы бола алмайды: тек a–z, 0–9 және - таңбаларын қолданыңыз, мысалы ?kiosk=hall-1.`,
    ru: ({ id }) => `"${id}" не может быть именем киоска: допустимы только a–z, 0–9 и -, например ?kiosk=hall-1.`,
    en: ({ id }) => `"${id}" cannot be a kiosk name: use only a–z, 0–9 and -, as in ?kiosk=hall-1.`,
  },
  'file-missing': {
    kk: ({ status }) =>
      `Серверде мұндай файл жоқ (HTTP ${status}). Осы киосктің баптауларын сонда салыңыз (kiosk-config/default.json көшірмесінен бастауға болады) немесе киоскті ?kiosk= және бар файлдың атымен ашыңыз.`,
    ru: ({ status }) =>
      `На сервере нет такого файла (HTTP ${status}). Положите туда настройки этого киоска (можно начать с копии kiosk-config/default.json) или откройте киоск с ?kiosk= и именем существующего файла.`,
    en: ({ status }) =>
      `The server has no such file (HTTP ${status}). Put this kiosk’s settings there (a copy of kiosk-config/default.json is a start), or open the kiosk with ?kiosk= and the name of a file that is there.`,
  },
  'html-page': {
    kk: () =>
      'Сервер файлдың орнына веб-бет жіберді: әдетте бұл файлдың серверде жоқ екенін білдіреді. Файлды серверге осы атпен салып, бетті қайта жүктеңіз.',
    ru: () =>
      'Сервер прислал веб-страницу вместо файла: обычно это значит, что файла на сервере нет. Положите файл на сервер под этим именем и перезагрузите страницу.',
    en: () =>
      'The server sent a web page instead of the file, which usually means the file is not on the server. Put it there under this name, then reload the page.',
  },
  'http-error': {
    kk: ({ status }) => `Сервер файлды бермеді (HTTP ${status}). Веб-серверді және оның журналын тексеріп, бетті қайта жүктеңіз.`,
    ru: ({ status }) => `Сервер не отдал файл (HTTP ${status}). Проверьте веб-сервер и его журнал, затем перезагрузите страницу.`,
    en: ({ status }) =>
      `The server would not give the file (HTTP ${status}). Check the web server and its log, then reload the page.`,
  },
  network: {
    kk: () =>
      'Сервер жауап бермеді, ал киоскте баптаулардың жарамды сақталған көшірмесі жоқ. Желіні және сервердің жұмысын тексеріп, бетті қайта жүктеңіз.',
    ru: () =>
      'Сервер не ответил, а пригодной сохранённой копии настроек у киоска нет. Проверьте сеть и работу сервера, затем перезагрузите страницу.',
    en: () =>
      'The server did not answer, and this kiosk has no good saved copy of its settings. Check the network and that the server is running, then reload the page.',
  },
  'not-json': {
    kk: ({ line, column }) =>
      `Файл дұрыс JSON емес${line === undefined ? '' : ` (қате ${line}-жол, ${column}-баған маңында)`}. Үтір немесе тырнақша түсіп қалмағанын, } не ] алдында артық үтір жоқ екенін тексеріп, бетті қайта жүктеңіз.`,
    ru: ({ line, column }) =>
      `Файл не является правильным JSON${line === undefined ? '' : ` (ошибка около строки ${line}, столбца ${column})`}. Проверьте, не пропущены ли запятая или кавычка и нет ли лишней запятой перед } или ], затем перезагрузите страницу.`,
    en: ({ line, column }) =>
      `The file is not valid JSON${line === undefined ? '' : ` (the mistake is near line ${line}, column ${column})`}. Look for a missing comma or quote, or a comma before } or ], then reload the page.`,
  },
  'not-object': {
    kk: ({ found }) =>
      `Файлда баптаулары бар бір JSON объектісі { … } болуы керек, ал онда ${FOUND.kk[found]} тұр. kiosk-config/default.json көшірмесінен бастаңыз.`,
    ru: ({ found }) =>
      `В файле должен быть один JSON-объект { … } с настройками, а в нём ${FOUND.ru[found]}. Начните с копии kiosk-config/default.json.`,
    en: ({ found }) =>
      `The file must hold one JSON object { … } with the settings, but it holds ${FOUND.en[found]}. Start from a copy of kiosk-config/default.json.`,
  },
  missing: {
    kk: (at) =>
      `${subject(at, 'kk')} жоқ. Оны қосыңыз: ${expectedAt(at.key, at.path, 'kk')}.` +
      (at.insteadOf === undefined ? '' : ` "${at.insteadOf}" деп жазылғаны осы емес пе? Олай болса, атауын түзетіңіз.`),
    ru: (at) =>
      `Нет настройки ${subject(at, 'ru')}. Добавьте её: ${expectedAt(at.key, at.path, 'ru')}.` +
      (at.insteadOf === undefined ? '' : ` Может быть, вместо неё по ошибке написано "${at.insteadOf}"? Тогда исправьте имя.`),
    en: (at) =>
      `${subject(at, 'en')} is missing. Add it: ${expectedAt(at.key, at.path, 'en')}.` +
      (at.insteadOf === undefined ? '' : ` Did you mean it instead of "${at.insteadOf}"? Then correct that name.`),
  },
  'unknown-key': {
    kk: ({ path, like }) =>
      `"${path}" — Eske білмейтін баптау, оны өшіріп тастауға болады.` +
      (like === undefined ? '' : ` Ол "${like}" баптауына ұқсайды, бірақ ол файлда бұрыннан бар.`),
    ru: ({ path, like }) =>
      `"${path}" — такой настройки Eske не знает, её можно удалить.` +
      (like === undefined ? '' : ` Она похожа на "${like}", но та в файле уже есть.`),
    en: ({ path, like }) =>
      `"${path}" is not a setting Eske knows; it can be removed.` +
      (like === undefined ? '' : ` It looks like "${like}", which the file already has.`),
  },
  'wrong-type': {
    kk: (at) => `${subject(at, 'kk')} ${expectedAt(at.key, at.path, 'kk')} болуы керек, ал файлда ${FOUND.kk[at.found]} тұр.`,
    ru: (at) => `${subject(at, 'ru')}: ожидается ${expectedAt(at.key, at.path, 'ru')}, а в файле ${FOUND.ru[at.found]}.`,
    en: (at) => `${subject(at, 'en')} must be ${expectedAt(at.key, at.path, 'en')}, but the file has ${FOUND.en[at.found]}.`,
  },
  'out-of-range': {
    kk: (at) => `${subject(at, 'kk')} мәні — ${at.value}, ал ${expectedAt(at.key, at.path, 'kk')} болуы керек.`,
    ru: (at) => `${subject(at, 'ru')}: в файле ${at.value}, а допустимо: ${expectedAt(at.key, at.path, 'ru')}.`,
    en: (at) => `${subject(at, 'en')} is ${at.value}, out of range: it must be ${expectedAt(at.key, at.path, 'en')}.`,
  },
  'bad-value': {
    kk: (at) => `${subject(at, 'kk')} мәні — ${at.value}, ол жарамайды: ${expectedAt(at.key, at.path, 'kk')} болуы керек.`,
    ru: (at) => `${subject(at, 'ru')}: значение ${at.value} не подходит, нужно: ${expectedAt(at.key, at.path, 'ru')}.`,
    en: (at) => `${subject(at, 'en')} is ${at.value}, which will not do: it must be ${expectedAt(at.key, at.path, 'en')}.`,
  },
};

/** The problem in words, in one language. */
export function configProblemText<C extends ConfigProblemCode>(problem: ConfigProblem<C>, lang: Language): string {
  return TEMPLATES[problem.code][lang](problem.params);
}
