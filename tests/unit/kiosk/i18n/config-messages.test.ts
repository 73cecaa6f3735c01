import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../src/feed/languages.ts';
import { ConfigProblem, type ConfigProblemCode, type ConfigProblemParams } from '../../../../src/kiosk/config/config-problem.ts';
import { CONFIG_FIELDS } from '../../../../src/kiosk/i18n/config-field-names.ts';
import { configProblemText } from '../../../../src/kiosk/i18n/config-messages.ts';

/** One problem of every code; the type makes a new code without a sample a type error. */
const SAMPLES: { [C in ConfigProblemCode]: ConfigProblemParams[C] } = {
  'bad-id': { id: 'Hall 1' },
  'file-missing': { status: 404 },
  'html-page': {},
  'http-error': { status: 503, statusText: 'Service Unavailable' },
  network: { detail: 'Failed to fetch' },
  'not-json': { line: 3, column: 1 },
  'not-object': { found: 'list' },
  missing: { path: 'idleSeconds', key: 'idleSeconds', insteadOf: 'idleSecond' },
  'unknown-key': { path: 'colour' },
  'wrong-type': { path: 'idleSeconds', key: 'idleSeconds', found: 'text' },
  'out-of-range': { path: 'syncIntervalSeconds', key: 'syncIntervalSeconds', value: '2' },
  'bad-value': { path: 'trustedKeys[0]', key: 'trustedKeys', value: '"nope"' },
};

const problems = (Object.keys(SAMPLES) as ConfigProblemCode[]).map((code) => new ConfigProblem(code, SAMPLES[code]));
const text = (code: ConfigProblemCode, lang: (typeof LANGUAGES)[number], params?: object) =>
  configProblemText(new ConfigProblem(code, { ...SAMPLES[code], ...params } as never), lang);

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
/** Latin words a Kazakh or Russian message may hold: names of files, commands and formats. */
const TECHNICAL_WORDS = new Set(
  'HTTP JSON Eske PIN kiosk config default json hall npm run feed keygen base null true false exhibit yaml'.split(' '),
);

describe('configProblemText', () => {
  it('has words for exactly these problem codes', () => {
    expect(problems.map((problem) => problem.code)).toEqual([
      'bad-id',
      'file-missing',
      'html-page',
      'http-error',
      'network',
      'not-json',
      'not-object',
      'missing',
      'unknown-key',
      'wrong-type',
      'out-of-range',
      'bad-value',
    ]);
  });

  it('says every problem in every language', () => {
    for (const problem of problems) {
      const texts = LANGUAGES.map((lang) => configProblemText(problem, lang));
      for (const words of texts) expect(words.trim(), problem.code).not.toBe('');
      expect(new Set(texts).size, problem.code).toBe(3);
    }
  });

  it('writes Kazakh with its own letters and no English words', () => {
    for (const problem of problems) {
      const kazakh = configProblemText(problem, 'kk');
      expect(kazakh, problem.code).toMatch(KAZAKH_LETTERS);
      expect(kazakh).not.toMatch(/\p{Script=Cyrillic}\p{Script=Latin}|\p{Script=Latin}\p{Script=Cyrillic}/u);
    }
  });

  it('writes no English words in Kazakh or Russian beyond the names of keys, files and formats', () => {
    for (const problem of problems) {
      for (const lang of ['kk', 'ru'] as const) {
        const words = configProblemText(problem, lang)
          .replace(/"[^"]*"/g, '')
          .match(/[A-Za-z]{3,}/g);
        expect(
          (words ?? []).filter((word) => !TECHNICAL_WORDS.has(word)),
          `${lang} ${problem.code}`,
        ).toEqual([]);
      }
    }
  });

  it('never uses the schema validator’s words', () => {
    for (const problem of problems) {
      for (const lang of LANGUAGES) {
        expect(configProblemText(problem, lang)).not.toMatch(
          /Invalid input|Unrecognized key|Invalid option|Too small|Too big|received/i,
        );
      }
    }
  });

  it('names a missing key, what it is for, what it must hold and the misspelling it may be', () => {
    for (const lang of LANGUAGES) {
      const words = text('missing', lang);
      for (const part of ['"idleSeconds"', CONFIG_FIELDS.idleSeconds.name[lang], '10', '3600', '"idleSecond"']) {
        expect(words, lang).toContain(part);
      }
      expect(text('missing', lang, { insteadOf: undefined })).not.toContain('idleSecond"');
    }
  });

  it('says what a wrong value must be, from the schema’s bounds', () => {
    for (const lang of LANGUAGES) {
      expect(text('wrong-type', lang)).toContain(CONFIG_FIELDS.idleSeconds.expected[lang]);
      expect(text('out-of-range', lang)).toContain(CONFIG_FIELDS.syncIntervalSeconds.expected[lang]);
      expect(text('bad-value', lang)).toContain(CONFIG_FIELDS.trustedKeys.item![lang]);
    }
  });

  it('names the set key an unknown one looks like, only when there is one', () => {
    for (const lang of LANGUAGES) {
      expect(text('unknown-key', lang)).not.toContain('"timeZone"');
      expect(text('unknown-key', lang, { path: 'timezone', like: 'timeZone' })).toContain('"timeZone"');
    }
  });

  it('gives the place of a JSON mistake when it is known', () => {
    for (const lang of LANGUAGES) {
      expect(text('not-json', lang)).toMatch(/3\D+1/);
      expect(text('not-json', lang, { line: undefined, column: undefined })).not.toMatch(/\d/);
    }
  });
});
