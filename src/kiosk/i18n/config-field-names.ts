// What each kiosk-config field means, in the three languages, for the technician's error
// screen: the key path alone ("trustedKeys[0]") says little to someone who did not write it.

import type { z } from 'zod';
import type { Language } from '../../feed/languages.ts';
import type { kioskConfigSchema } from '../config/kiosk-config-schema.ts';

type ConfigKey = keyof z.input<typeof kioskConfigSchema>;

/** Every key of the schema must be described here, or the type check fails. */
export const CONFIG_FIELD_NAMES: Readonly<Record<ConfigKey, Readonly<Record<Language, string>>>> = {
  $schema: { kk: 'JSON схемасына сілтеме', ru: 'ссылка на JSON-схему', en: 'link to the JSON schema' },
  kioskId: { kk: 'киоск атауы', ru: 'имя киоска', en: 'kiosk name' },
  feedUrl: { kk: 'мазмұн лентасының мекенжайы', ru: 'адрес ленты содержимого', en: 'address of the content feed' },
  exhibitId: { kk: 'көрме идентификаторы', ru: 'идентификатор экспозиции', en: 'exhibit id' },
  trustedKeys: { kk: 'сенімді ашық кілттер', ru: 'доверенные открытые ключи', en: 'trusted public keys' },
  languages: { kk: 'интерфейс тілдері', ru: 'языки интерфейса', en: 'interface languages' },
  defaultLanguage: { kk: 'әдепкі тіл', ru: 'язык по умолчанию', en: 'default language' },
  idleSeconds: {
    kk: 'бастапқы бетке оралуға дейінгі секундтар',
    ru: 'секунд до возврата на главную',
    en: 'seconds before returning to the start',
  },
  syncIntervalSeconds: { kk: 'синхрондау аралығы, секунд', ru: 'интервал синхронизации, секунд', en: 'seconds between syncs' },
  timeZone: { kk: 'уақыт белдеуі', ru: 'часовой пояс', en: 'time zone' },
  technicianPin: { kk: 'техник PIN-коды', ru: 'PIN-код техника', en: 'technician PIN' },
};

/** The field description for a problem line such as `trustedKeys[0]: expected …`, if known. */
export function configFieldName(problem: string, lang: Language): string | undefined {
  const key = /^[$\w]+/.exec(problem)?.[0];
  if (key === undefined || !Object.hasOwn(CONFIG_FIELD_NAMES, key)) return undefined;
  return CONFIG_FIELD_NAMES[key as ConfigKey][lang];
}
