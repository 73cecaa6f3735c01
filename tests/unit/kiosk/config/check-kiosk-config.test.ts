import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKioskConfig } from '../../../../src/kiosk/config/check-kiosk-config.ts';

const DEMO = JSON.parse(readFileSync(new URL('../../../../kiosk-config/default.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** The demo config with `changes`; a key changed to undefined is left out. */
const configWith = (changes: Record<string, unknown>) => JSON.stringify({ ...DEMO, ...changes });

function problemsOf(text: string) {
  const checked = checkKioskConfig(text);
  if (checked.ok) throw new Error('expected the config to fail');
  return checked.problems;
}

describe('checkKioskConfig', () => {
  it('returns the typed config of a good file', () => {
    const checked = checkKioskConfig(JSON.stringify(DEMO));
    expect(checked.ok && checked.config.idleSeconds).toBe(90);
  });

  describe('trusted keys and the signature threshold', () => {
    const [demoKey] = DEMO.trustedKeys as string[];
    const otherKey = btoa('o'.repeat(32));
    const keyid = 'd'.repeat(64);

    it('accepts plain keys and keys with their ids, the threshold defaulting to 1', () => {
      const checked = checkKioskConfig(configWith({ trustedKeys: [demoKey, { keyid, publicKey: otherKey }] }));
      expect(checked.ok && [checked.config.trustedKeys, checked.config.signatureThreshold]).toEqual([
        [demoKey, { keyid, publicKey: otherKey }],
        1,
      ]);
      expect(checkKioskConfig(configWith({ trustedKeys: [demoKey, otherKey], signatureThreshold: 2 })).ok).toBe(true);
    });

    it('refuses a threshold above the distinct keys, a key listed twice counting once', () => {
      expect(problemsOf(configWith({ trustedKeys: [demoKey, demoKey], signatureThreshold: 2 }))).toMatchObject([
        { code: 'bad-value', params: { path: 'signatureThreshold', value: '2' } },
      ]);
      expect(problemsOf(configWith({ signatureThreshold: 0 }))).toMatchObject([
        { code: 'out-of-range', params: { path: 'signatureThreshold' } },
      ]);
    });

    it('names the part of an entry that is wrong', () => {
      expect(problemsOf(configWith({ trustedKeys: [{ keyid: 'abc', publicKey: otherKey }] }))).toMatchObject([
        { code: 'bad-value', params: { path: 'trustedKeys[0].keyid', key: 'trustedKeys' } },
      ]);
      expect(problemsOf(configWith({ trustedKeys: [{ keyid, publicKey: 'abc' }] }))).toMatchObject([
        { code: 'bad-value', params: { path: 'trustedKeys[0].publicKey', key: 'trustedKeys' } },
      ]);
      expect(problemsOf(configWith({ trustedKeys: [{ keyid, publicKey: otherKey, name: 'old' }] }))).toMatchObject([
        { code: 'unknown-key', params: { path: 'trustedKeys[0].name' } },
      ]);
    });
  });

  describe('when a key is missing', () => {
    it('reports it as missing with its key path', () => {
      expect(problemsOf(configWith({ timeZone: undefined }))).toMatchObject([
        { code: 'missing', params: { path: 'timeZone', key: 'timeZone' } },
      ]);
    });

    it('names the misspelt key beside it, once, instead of a separate unknown key', () => {
      const problems = problemsOf(configWith({ idleSeconds: undefined, idleSecond: 90 }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'missing', params: { key: 'idleSeconds', insteadOf: 'idleSecond' } });
    });

    it('gives each misspelling to one missing key only', () => {
      const problems = problemsOf(configWith({ idleSeconds: undefined, idleSecond: 90, idleSecnd: 90 }));
      expect(problems.map((problem) => problem.code)).toEqual(['missing', 'unknown-key']);
      expect(problems[1]!.params).toEqual({ path: 'idleSecnd' });
    });
  });

  describe('when a key is unknown', () => {
    it('reports a key that is no near miss without a suggestion', () => {
      expect(problemsOf(configWith({ colour: 'red' }))).toMatchObject([{ code: 'unknown-key', params: { path: 'colour' } }]);
      expect(problemsOf(configWith({ colour: 'red' }))[0]!.params).not.toHaveProperty('like');
    });

    it('names the set key it resembles', () => {
      expect(problemsOf(configWith({ timezone: 'Asia/Almaty' }))).toMatchObject([
        { code: 'unknown-key', params: { path: 'timezone', like: 'timeZone' } },
      ]);
    });
  });

  it('reports a value of the wrong kind as wrong-type, with what the file has', () => {
    expect(problemsOf(configWith({ idleSeconds: 'ninety' }))).toMatchObject([
      { code: 'wrong-type', params: { path: 'idleSeconds', key: 'idleSeconds', found: 'text' } },
    ]);
    expect(problemsOf(configWith({ trustedKeys: 'abc' }))).toMatchObject([{ code: 'wrong-type', params: { found: 'text' } }]);
  });

  it('reports a number, length or count outside its bounds as out-of-range, with the value', () => {
    expect(problemsOf(configWith({ idleSeconds: 5 }))).toMatchObject([{ code: 'out-of-range', params: { value: '5' } }]);
    expect(problemsOf(configWith({ trustedKeys: [] }))).toMatchObject([
      { code: 'out-of-range', params: { path: 'trustedKeys', value: '[]' } },
    ]);
  });

  it('reports a value of the right kind that will not do as bad-value', () => {
    const problems = problemsOf(configWith({ idleSeconds: 90.5, technicianPin: '12ab', languages: ['kk', 'de'] }));
    expect(problems.map(({ code, params }) => [code, 'path' in params && params.path])).toEqual([
      ['bad-value', 'languages[1]'],
      ['bad-value', 'idleSeconds'],
      ['bad-value', 'technicianPin'],
    ]);
  });

  it('reports a default language the kiosk does not offer as bad-value', () => {
    expect(problemsOf(configWith({ languages: ['kk'], defaultLanguage: 'en' }))).toMatchObject([
      { code: 'bad-value', params: { path: 'defaultLanguage', value: '"en"' } },
    ]);
  });

  it('reports valid JSON that is not one object as not-object', () => {
    expect(problemsOf('[1, 2]')).toMatchObject([{ code: 'not-object', params: { found: 'list' } }]);
  });

  it('reports text that is not JSON as not-json, with the line and column when the engine gives a place', () => {
    const [problem] = problemsOf('{\n  "kioskId": "hall",\n}');
    expect(problem!.code).toBe('not-json');
    expect(problem!.params).toEqual({ line: 3, column: 1 });
  });

  it('cuts a long value short', () => {
    const [problem] = problemsOf(configWith({ kioskId: 'x'.repeat(200) }));
    expect(problem).toMatchObject({ code: 'out-of-range' });
    expect((problem!.params as { value: string }).value.length).toBeLessThanOrEqual(60);
  });

  describe('for the schedule', () => {
    const OPEN = { opens: '10:00', closes: '18:00' };
    const WEEK = { mon: 'closed', tue: OPEN, wed: OPEN, thu: OPEN, fri: OPEN, sat: OPEN, sun: OPEN };

    it('fills in Remembrance all day on 31 May and a minute of silence at 12:00 when none is given', () => {
      const checked = checkKioskConfig(configWith({ schedule: undefined }));
      expect(checked.ok && checked.config.schedule).toEqual({
        remembrance: [{ date: '05-31' }],
        silence: [{ date: '05-31', time: '12:00' }],
      });
    });

    it('refuses a time zone the browser does not know', () => {
      expect(problemsOf(configWith({ timeZone: 'Asia/Almata' }))).toMatchObject([
        { code: 'bad-value', params: { path: 'timeZone', value: '"Asia/Almata"' } },
      ]);
    });

    it('reports a bad date, time or window with its key path, once for each', () => {
      const problems = problemsOf(
        configWith({
          schedule: {
            remembrance: [{ date: '31-05' }, { date: '05-31', from: '18:00', to: '09:00' }, { date: '05-31', from: '09:00' }],
            silence: [{ date: '05-31', time: '12:60' }],
          },
        }),
      );
      expect(problems.map(({ code, params }) => [code, 'path' in params && params.path])).toEqual([
        ['bad-value', 'schedule.remembrance[0].date'],
        ['bad-value', 'schedule.remembrance[1].to'],
        ['missing', 'schedule.remembrance[2].to'],
        ['bad-value', 'schedule.silence[0].time'],
      ]);
    });

    it('reports a weekday left out of the opening hours as missing, and a misspelt part as unknown', () => {
      const sixDays = Object.fromEntries(Object.entries(WEEK).filter(([day]) => day !== 'sun'));
      const problems = problemsOf(configWith({ schedule: { openingHours: sixDays, silense: [] } }));
      expect(problems.map(({ code, params }) => [code, 'path' in params && params.path])).toEqual(
        expect.arrayContaining([
          ['missing', 'schedule.openingHours.sun'],
          ['unknown-key', 'schedule.silense'],
        ]),
      );
    });

    it('reports closing before opening on the closing time', () => {
      expect(
        problemsOf(configWith({ schedule: { openingHours: { ...WEEK, fri: { opens: '18:00', closes: '10:00' } } } })),
      ).toMatchObject([{ code: 'bad-value', params: { path: 'schedule.openingHours.fri.closes' } }]);
    });
  });
});
