import { describe, expect, it } from 'vitest';
import { detectSeparator } from '../../../../src/curator/import/detect-separator.ts';
import { KAZAKH_REGISTER, RUSSIAN_REGISTER } from './texts.ts';

describe('detectSeparator', () => {
  it('finds ; in a Russian-locale export whose places hold commas', () => {
    const text = `${RUSSIAN_REGISTER}\nР-9;Ким;Анна;;1910;Карагандинская обл., Тельманский р-н;1938;5 лет ссылки, поражение в правах\n`;
    expect(detectSeparator(text, true)).toEqual({ separator: ';', evidence: 'rows', certain: true });
  });

  it('finds , in an RFC 4180 file whose quoted cells hold ; and line breaks', () => {
    const text =
      'id,surname,given_name,fate\nR-1,Иванов,Иван,"ф. 1; оп. 2;\nд. 3"\nR-2,"Петров, мл.",Пётр,\nR-3,Ким,Анна,"a;b;c;d"\n';
    expect(detectSeparator(text, true)).toMatchObject({ separator: ',', certain: true });
  });

  it('finds a tab in "Unicode text" saved from Excel', () => {
    expect(detectSeparator(KAZAKH_REGISTER.replaceAll(';', '\t'), true)).toMatchObject({ separator: '\t', certain: true });
  });

  it('leaves out the last row of a sample cut short', () => {
    const text = `${RUSSIAN_REGISTER}\nР-9;Ким`;
    expect(detectSeparator(text, false)).toMatchObject({ separator: ';', certain: true });
  });

  it('is not certain about a file of one column', () => {
    expect(detectSeparator('surname\nИванов\nПетров\n', true)).toMatchObject({ separator: ',', certain: false });
  });

  it('is not certain when rows split alike with two separators', () => {
    expect(detectSeparator('a,b;c\nd,e;f\n', true).certain).toBe(false);
  });
});
