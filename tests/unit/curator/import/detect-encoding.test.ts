import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, IMPORT_ENCODINGS, type ImportEncoding } from '../../../../src/curator/import/detect-encoding.ts';
import { KAZAKH_REGISTER, KAZAKH_TEXT, RUSSIAN_CAPITALS, RUSSIAN_REGISTER, RUSSIAN_TEXT } from './texts.ts';

const RUSSIAN = { register: RUSSIAN_REGISTER, capitals: RUSSIAN_CAPITALS, text: RUSSIAN_TEXT };
const KAZAKH = { register: KAZAKH_REGISTER, text: KAZAKH_TEXT };

function bytes(text: string, encoding: ImportEncoding, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

describe('detectEncoding', () => {
  describe('for Russian text', () => {
    for (const [kind, text] of Object.entries(RUSSIAN)) {
      for (const encoding of IMPORT_ENCODINGS.filter((each) => each !== 'rk1048')) {
        it(`finds ${encoding} in a ${kind}`, () => {
          expect(detectEncoding([bytes(text, encoding)])).toMatchObject({ encoding, certain: true });
        });
      }
      it(`reads a ${kind} saved as KZ-1048 as Windows-1251, which gives the same Russian letters`, () => {
        const detected = detectEncoding([bytes(text, 'rk1048')]);
        expect(detected.encoding).toBe('windows-1251');
        expect(iconv.decode(Buffer.from(bytes(text, 'rk1048')), detected.encoding)).toBe(text);
      });
    }
  });

  describe('for Kazakh text', () => {
    for (const [kind, text] of Object.entries(KAZAKH)) {
      for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'rk1048'] as const) {
        it(`finds ${encoding} in a ${kind}`, () => {
          expect(detectEncoding([bytes(text, encoding)])).toMatchObject({ encoding, certain: true });
        });
      }
      // These code pages have no ә ғ қ ң ө ұ ү һ: the program that saved the file wrote ? for them.
      for (const encoding of ['windows-1251', 'koi8-r', 'cp866'] as const) {
        it(`finds ${encoding} in a ${kind} that lost its own letters to it`, () => {
          expect(detectEncoding([bytes(text, encoding)])).toMatchObject({ encoding, certain: true });
        });
      }
    }
  });

  it('believes a byte order mark over the bytes after it', () => {
    expect(detectEncoding([bytes(RUSSIAN_TEXT, 'utf-8', true)])).toEqual({ encoding: 'utf-8', evidence: 'bom', certain: true });
    expect(detectEncoding([bytes(KAZAKH_TEXT, 'utf-16le', true)])).toMatchObject({ encoding: 'utf-16le', evidence: 'bom' });
    expect(detectEncoding([bytes(KAZAKH_TEXT, 'utf-16be', true)])).toMatchObject({ encoding: 'utf-16be', evidence: 'bom' });
  });

  it('takes samples from inside the file that start and end in the middle of a UTF-8 letter', () => {
    const whole = bytes(`${KAZAKH_REGISTER}\n${RUSSIAN_TEXT}`, 'utf-8');
    const samples = [whole.subarray(0, 41), whole.subarray(41, 120), whole.subarray(121, 201)];
    expect(detectEncoding(samples)).toMatchObject({ encoding: 'utf-8', evidence: 'utf-8' });
  });

  it('finds Windows-1251 when only the end of the file holds Cyrillic', () => {
    const head = bytes('id;surname;given_name\nL-1;Smith;John\n', 'windows-1251');
    expect(detectEncoding([head, bytes(RUSSIAN_REGISTER, 'windows-1251')]).encoding).toBe('windows-1251');
  });

  it('calls plain ASCII UTF-8', () => {
    expect(detectEncoding([bytes('id,surname,given_name\nL-1,Smith,John\n', 'utf-8')])).toMatchObject({
      encoding: 'utf-8',
      evidence: 'ascii',
    });
  });

  it('is not certain of a code page from a handful of letters', () => {
    expect(detectEncoding([bytes('id;surname\nR-1;Ли\n', 'windows-1251')]).certain).toBe(false);
  });
});
