// What each kiosk-config setting is and what it must hold, in the three languages, for the
// technician's error screen: the key alone ("trustedKeys[0]") says little to someone who did not
// write it. Number bounds are read from the schema, so the words cannot drift from the check.

import type { z } from 'zod';
import type { Language } from '../../feed/languages.ts';
import type { ConfigKey } from '../config/config-problem.ts';
import { kioskConfigSchema } from '../../feed/kiosk-config-schema.ts';
import { WEEKDAYS } from '../../feed/schedule-schema.ts';
import { HEARTBEAT_FORMATS, heartbeatSchema } from '../../feed/heartbeat-schema.ts';
import { watchdogSchema } from '../../feed/watchdog-schema.ts';
import { signatureThresholdSchema } from '../../feed/trust-config.ts';

type Texts = Readonly<Record<Language, string>>;

export interface ConfigFieldText {
  /** What the setting is for. */
  name: Texts;
  /** What its value must be, as the end of "must be …". */
  expected: Texts;
  /** For a list setting: what each entry must be. */
  item?: Texts;
  /**
   * For a setting with parts (`schedule`): what each part must be, by the last name in its key
   * path (`schedule.remembrance[0].from` reads `from`).
   */
  parts?: Readonly<Record<string, Texts>>;
}

const SECONDS: Texts = { kk: 'секунд', ru: 'секунд', en: 'seconds' };
const MINUTES: Texts = { kk: 'минут', ru: 'минут', en: 'minutes' };

/** "a whole number of seconds from 10 to 3600", its unit in each language's form after a number. */
function wholeNumber(schema: z.ZodNumber, unit: Texts): Texts {
  const [min, max] = [schema.minValue, schema.maxValue];
  return {
    kk: `${min}–${max} аралығындағы бүтін сан (${unit.kk})`,
    ru: `целое число ${unit.ru} от ${min} до ${max}`,
    en: `a whole number of ${unit.en} from ${min} to ${max}`,
  };
}

/** A watchdog trigger that `null` turns off. */
function orOff(texts: Texts): Texts {
  return {
    kk: `${texts.kk}, немесе өшіру үшін null`,
    ru: `${texts.ru}, или null, чтобы отключить`,
    en: `${texts.en}, or null to turn it off`,
  };
}

const PUBLIC_KEY: Texts = {
  kk: '32 байттық Ed25519 ашық кілтінің base64 мәтіні (npm run feed -- keygen шығаратындай)',
  ru: 'base64 32-байтового открытого ключа Ed25519 (как его выводит npm run feed -- keygen)',
  en: 'the base64 text of a 32-byte Ed25519 public key (as npm run feed -- keygen prints it)',
};

/** docs/design.md §6.1: a trusted key alone, or with its key id. */
const TRUSTED_KEY: Texts = {
  kk: `${PUBLIC_KEY.kk}, немесе keygen шығаратын { "keyid": …, "publicKey": … } объектісі`,
  ru: `${PUBLIC_KEY.ru}, или объект { "keyid": …, "publicKey": … }, как его выводит keygen`,
  en: `${PUBLIC_KEY.en}, or { "keyid": …, "publicKey": … } as keygen prints it`,
};

const LOCAL_DATE: Texts = {
  kk: '"05-31" сияқты күн (жыл сайын) немесе "2027-05-31" (бір рет)',
  ru: 'дата вида "05-31" (каждый год) или "2027-05-31" (один раз)',
  en: 'a date like "05-31" (every year) or "2027-05-31" (once)',
};
const LOCAL_TIME: Texts = {
  kk: 'киосктің уақыт белдеуіндегі "09:30" сияқты уақыт, 00:00-ден 24:00-ге дейін',
  ru: 'время вида "09:30" в часовом поясе киоска, от 00:00 до 24:00',
  en: 'a time like "09:30" in the kiosk’s time zone, 00:00 to 24:00',
};
const DAY_HOURS: Texts = {
  kk: '"closed" немесе { "opens": "10:00", "closes": "18:00" }',
  ru: '"closed" или { "opens": "10:00", "closes": "18:00" }',
  en: '"closed" or { "opens": "10:00", "closes": "18:00" }',
};

/** docs/design.md §6.2: the parts of `schedule`, by the name that ends their key path. */
const SCHEDULE_PARTS: Readonly<Record<string, Texts>> = {
  remembrance: {
    kk: 'еске алу күндерінің тізімі [ … ], мысалы [{ "date": "05-31" }]',
    ru: 'список [ … ] дней памяти, например [{ "date": "05-31" }]',
    en: 'a list [ … ] of remembrance days, such as [{ "date": "05-31" }]',
  },
  silence: {
    kk: 'үнсіздік минуттарының тізімі [ … ], мысалы [{ "date": "05-31", "time": "12:00" }]',
    ru: 'список [ … ] минут молчания, например [{ "date": "05-31", "time": "12:00" }]',
    en: 'a list [ … ] of minutes of silence, such as [{ "date": "05-31", "time": "12:00" }]',
  },
  openingHours: {
    kk: `аптаның жеті күні де бар объект { "mon": …, "sun": … }, әр күн — ${DAY_HOURS.kk}`,
    ru: `объект { "mon": …, "sun": … } со всеми семью днями недели, каждый — ${DAY_HOURS.ru}`,
    en: `an object { "mon": …, "sun": … } naming all seven weekdays, each ${DAY_HOURS.en}`,
  },
  date: LOCAL_DATE,
  from: LOCAL_TIME,
  to: {
    kk: `${LOCAL_TIME.kk}, "from" уақытынан кеш`,
    ru: `${LOCAL_TIME.ru}, позже "from"`,
    en: `${LOCAL_TIME.en}, later than "from"`,
  },
  time: {
    kk: 'киосктің уақыт белдеуіндегі "12:00" сияқты уақыт, 00:00-ден 23:59-ға дейін',
    ru: 'время вида "12:00" в часовом поясе киоска, от 00:00 до 23:59',
    en: 'a time like "12:00" in the kiosk’s time zone, 00:00 to 23:59',
  },
  opens: LOCAL_TIME,
  closes: {
    kk: `${LOCAL_TIME.kk}, "opens" уақытынан кеш`,
    ru: `${LOCAL_TIME.ru}, позже "opens"`,
    en: `${LOCAL_TIME.en}, later than "opens"`,
  },
  ...Object.fromEntries(WEEKDAYS.map((day) => [day, DAY_HOURS])),
};

const HEARTBEAT_FORMAT_LIST = HEARTBEAT_FORMATS.map((format) => `"${format}"`).join(', ');

/** docs/design.md §6.5: the parts of `heartbeat`. */
const HEARTBEAT_PARTS: Readonly<Record<string, Texts>> = {
  url: {
    kk: 'мониторингтің http(s) мекенжайы, мысалы "http://monitor.museum.kz:9091"',
    ru: 'адрес http(s) системы мониторинга, например "http://monitor.museum.kz:9091"',
    en: 'the monitor’s http(s) address, such as "http://monitor.museum.kz:9091"',
  },
  format: {
    kk: `мына мәндердің бірі: ${HEARTBEAT_FORMAT_LIST}`,
    ru: `одно из значений: ${HEARTBEAT_FORMAT_LIST}`,
    en: `one of ${HEARTBEAT_FORMAT_LIST}`,
  },
  intervalSeconds: wholeNumber(heartbeatSchema.shape.intervalSeconds.unwrap(), SECONDS),
};

const WATCHDOG = watchdogSchema.shape;

/** docs/design.md §6.6: the parts of `watchdog`, by their names. */
const WATCHDOG_PARTS: Readonly<Record<keyof typeof WATCHDOG, Texts>> = {
  nightlyReloadAt: orOff({
    kk: 'киосктің уақыт белдеуіндегі "04:00" сияқты уақыт, 00:00-ден 23:59-ға дейін',
    ru: 'время вида "04:00" в часовом поясе киоска, от 00:00 до 23:59',
    en: 'a time like "04:00" in the kiosk’s time zone, 00:00 to 23:59',
  }),
  stallSeconds: orOff(wholeNumber(WATCHDOG.stallSeconds.unwrap().unwrap(), SECONDS)),
  errorLimit: orOff(wholeNumber(WATCHDOG.errorLimit.unwrap().unwrap(), { kk: 'қате', ru: 'ошибок', en: 'errors' })),
  errorWindowMinutes: wholeNumber(WATCHDOG.errorWindowMinutes.unwrap(), MINUTES),
  memoryLimitMB: orOff(wholeNumber(WATCHDOG.memoryLimitMB.unwrap().unwrap(), { kk: 'МБ', ru: 'мегабайт', en: 'megabytes' })),
  memoryHours: wholeNumber(WATCHDOG.memoryHours.unwrap(), { kk: 'сағат', ru: 'часов', en: 'hours' }),
  minMinutesBetweenReloads: wholeNumber(WATCHDOG.minMinutesBetweenReloads.unwrap(), MINUTES),
};

const THRESHOLD = signatureThresholdSchema.unwrap();

/** Every key of the schema must be described here, or the type check fails. */
export const CONFIG_FIELDS: Readonly<Record<ConfigKey, ConfigFieldText>> = {
  $schema: {
    name: { kk: 'JSON схемасына сілтеме', ru: 'ссылка на JSON-схему', en: 'link to the JSON schema' },
    expected: {
      kk: 'мәтін: JSON схемасының мекенжайы, мысалы "./schema.json"',
      ru: 'текст: адрес JSON-схемы, например "./schema.json"',
      en: 'a text: the address of the JSON schema, such as "./schema.json"',
    },
  },
  kioskId: {
    name: { kk: 'киоск атауы', ru: 'имя киоска', en: 'kiosk name' },
    expected: { kk: '1–64 таңбадан тұратын мәтін', ru: 'текст длиной от 1 до 64 знаков', en: 'a text of 1 to 64 characters' },
  },
  feedUrl: {
    name: { kk: 'мазмұн лентасының мекенжайы', ru: 'адрес ленты содержимого', en: 'address of the content feed' },
    expected: {
      kk: 'бос емес мәтін: лентаның толық мекенжайы немесе қолданбаға қатысты жолы, мысалы "feed/"',
      ru: 'непустой текст: полный адрес ленты или путь относительно приложения, например "feed/"',
      en: 'a text that is not empty: the feed’s full address, or its path from the app, such as "feed/"',
    },
  },
  exhibitId: {
    name: { kk: 'көрме идентификаторы', ru: 'идентификатор экспозиции', en: 'exhibit id' },
    expected: {
      kk: 'мәтін: көрменің exhibit.yaml файлындағы id',
      ru: 'текст: id из exhibit.yaml экспозиции',
      en: 'a text: the id in the exhibit’s exhibit.yaml',
    },
  },
  trustedKeys: {
    name: { kk: 'сенімді ашық кілттер', ru: 'доверенные открытые ключи', en: 'trusted public keys' },
    expected: {
      kk: `кемінде бір кілттен тұратын тізім [ … ], әр кілт — ${TRUSTED_KEY.kk}`,
      ru: `список [ … ] хотя бы из одного ключа, каждый — ${TRUSTED_KEY.ru}`,
      en: `a list [ … ] of at least one key, each ${TRUSTED_KEY.en}`,
    },
    item: TRUSTED_KEY,
    parts: {
      keyid: {
        kk: 'кілт идентификаторының 64 он алтылық цифры, npm run feed -- keygen осы publicKey үшін шығарғандай',
        ru: '64 шестнадцатеричные цифры идентификатора ключа, как их вывел npm run feed -- keygen для этого publicKey',
        en: 'the 64 hex digits of the key id that npm run feed -- keygen printed for this publicKey',
      },
      publicKey: PUBLIC_KEY,
    },
  },
  signatureThreshold: {
    name: {
      kk: 'лентаға қажетті қолтаңбалар саны',
      ru: 'сколько подписей нужно ленте',
      en: 'signatures a feed needs',
    },
    expected: {
      kk: `${THRESHOLD.minValue}–${THRESHOLD.maxValue} аралығындағы бүтін сан, "trustedKeys" ішіндегі әртүрлі кілттер санынан аспайтын`,
      ru: `целое число от ${THRESHOLD.minValue} до ${THRESHOLD.maxValue}, не больше числа разных ключей в "trustedKeys"`,
      en: `a whole number from ${THRESHOLD.minValue} to ${THRESHOLD.maxValue}, no more than the distinct keys in "trustedKeys"`,
    },
  },
  languages: {
    name: { kk: 'интерфейс тілдері', ru: 'языки интерфейса', en: 'interface languages' },
    expected: {
      kk: 'kk, ru, en тілдерінің кемінде біреуінен тұратын тізім [ … ]',
      ru: 'список [ … ] хотя бы из одного языка из kk, ru, en',
      en: 'a list [ … ] of at least one of kk, ru and en',
    },
    item: { kk: 'kk, ru немесе en', ru: 'kk, ru или en', en: 'kk, ru or en' },
  },
  defaultLanguage: {
    name: { kk: 'әдепкі тіл', ru: 'язык по умолчанию', en: 'default language' },
    expected: {
      kk: '"languages" тізіміндегі тілдердің бірі',
      ru: 'один из языков, перечисленных в "languages"',
      en: 'one of the languages listed in "languages"',
    },
  },
  idleSeconds: {
    name: {
      kk: 'бастапқы бетке оралуға дейінгі секундтар',
      ru: 'секунд до возврата на главную',
      en: 'seconds before returning to the start',
    },
    expected: wholeNumber(kioskConfigSchema.shape.idleSeconds, SECONDS),
  },
  syncIntervalSeconds: {
    name: { kk: 'синхрондау аралығы, секунд', ru: 'интервал синхронизации, секунд', en: 'seconds between syncs' },
    expected: wholeNumber(kioskConfigSchema.shape.syncIntervalSeconds, SECONDS),
  },
  timeZone: {
    name: { kk: 'уақыт белдеуі', ru: 'часовой пояс', en: 'time zone' },
    expected: {
      kk: 'уақыт белдеуінің атауы, мысалы "Asia/Almaty"',
      ru: 'название часового пояса, например "Asia/Almaty"',
      en: 'the name of a time zone, such as "Asia/Almaty"',
    },
  },
  technicianPin: {
    name: { kk: 'техник PIN-коды', ru: 'PIN-код техника', en: 'technician PIN' },
    expected: {
      kk: 'тырнақшадағы 4–8 цифр, мысалы "1357"',
      ru: 'строка из 4–8 цифр в кавычках, например "1357"',
      en: '4 to 8 digits in quotes, such as "1357"',
    },
  },
  technicianPinHash: {
    name: { kk: 'техник PIN-кодының хэші', ru: 'хеш PIN-кода техника', en: 'technician PIN hash' },
    expected: {
      kk: '"npm run feed -- pin-hash" командасы шығарған мәтін',
      ru: 'текст, который выводит команда "npm run feed -- pin-hash"',
      en: 'the text that "npm run feed -- pin-hash" prints',
    },
  },
  recordUrlTemplate: {
    name: { kk: 'жазба бетінің мекенжайы', ru: 'адрес страницы записи', en: 'record page address' },
    expected: {
      kk: 'ішінде {id} бар http(s) мекенжайы, мысалы "https://museum.kz/names/{id}"',
      ru: 'адрес http(s) с {id} внутри, например "https://museum.kz/names/{id}"',
      en: 'an http(s) address with {id} in it, such as "https://museum.kz/names/{id}"',
    },
  },
  volume: {
    name: { kk: 'дыбыс деңгейі', ru: 'громкость', en: 'volume' },
    expected: {
      kk: '{ "initial": 0.8, "max": 1 } сияқты: 0-ден 1-ге дейінгі екі сан, initial max-тан аспайды',
      ru: 'вида { "initial": 0.8, "max": 1 }: два числа от 0 до 1, initial не больше max',
      en: 'like { "initial": 0.8, "max": 1 }: two numbers from 0 to 1, initial no more than max',
    },
  },
  schedule: {
    name: { kk: 'кесте', ru: 'расписание', en: 'schedule' },
    expected: {
      kk: '{ "remembrance": […], "silence": […], "openingHours": {…} } объектісі, әр бөлігі міндетті емес',
      ru: 'объект { "remembrance": […], "silence": […], "openingHours": {…} }, каждая часть необязательна',
      en: 'an object { "remembrance": […], "silence": […], "openingHours": {…} }, each part optional',
    },
    parts: SCHEDULE_PARTS,
  },
  heartbeat: {
    name: { kk: 'мониторингке хабар беру', ru: 'сигнал мониторингу', en: 'heartbeat to the monitoring' },
    expected: {
      kk: '{ "url": "…", "format": "pushgateway", "intervalSeconds": 60 } объектісі',
      ru: 'объект { "url": "…", "format": "pushgateway", "intervalSeconds": 60 }',
      en: 'an object { "url": "…", "format": "pushgateway", "intervalSeconds": 60 }',
    },
    parts: HEARTBEAT_PARTS,
  },
  watchdog: {
    name: { kk: 'өздігінен қайта жүктеу', ru: 'самоперезагрузка (сторож)', en: 'watchdog (self-reload)' },
    expected: {
      kk: '{ "nightlyReloadAt": "04:00", "stallSeconds": 30, … } объектісі, әр бөлігі міндетті емес',
      ru: 'объект { "nightlyReloadAt": "04:00", "stallSeconds": 30, … }, каждая часть необязательна',
      en: 'an object { "nightlyReloadAt": "04:00", "stallSeconds": 30, … }, each part optional',
    },
    parts: WATCHDOG_PARTS,
  },
};

/**
 * What the value at `path` must be: the setting's own rule, its entries' for `trustedKeys[0]`,
 * or its part's for `schedule.silence[0].time`.
 */
export function expectedAt(key: ConfigKey, path: string, lang: Language): string {
  const field = CONFIG_FIELDS[key];
  const part = field.parts?.[/(\w+)(?:\[\d+\])*$/.exec(path)?.[1] ?? ''];
  if (path !== key && part) return part[lang];
  return (path !== key && field.item ? field.item : field.expected)[lang];
}
