import { describe, expect, it } from 'vitest';
import { kioskConfigSchema } from '../../../../src/kiosk/config/kiosk-config-schema.ts';
import { CONFIG_FIELD_NAMES, configFieldName } from '../../../../src/kiosk/i18n/config-field-names.ts';

describe('CONFIG_FIELD_NAMES', () => {
  it('describes exactly the fields of the kiosk-config schema', () => {
    expect(Object.keys(CONFIG_FIELD_NAMES).sort()).toEqual(Object.keys(kioskConfigSchema.shape).sort());
  });
});

describe('configFieldName', () => {
  it('names the field a problem line starts with, in the given language', () => {
    expect(configFieldName('trustedKeys[0]: expected base64 of a 32-byte Ed25519 public key', 'ru')).toBe(
      'доверенные открытые ключи',
    );
    expect(configFieldName('idleSeconds: Too small', 'en')).toBe('seconds before returning to the start');
  });

  it('returns undefined for a line about no known field', () => {
    expect(configFieldName('(root): Unrecognized key: "colour"', 'kk')).toBeUndefined();
    expect(configFieldName('not JSON: Unexpected token', 'kk')).toBeUndefined();
  });
});
