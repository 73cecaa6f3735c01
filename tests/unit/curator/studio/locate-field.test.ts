import { describe, expect, it } from 'vitest';
import { locateField } from '../../../../src/curator/studio/locate-field.ts';

const TEXT = `---
date: 1937-07-30
title:
  kk: "Бұйрық"
  kz: "?"
images:
  - file: files/order.jpg
    alt: { kk: "Бұйрық", ru: "Приказ" }
  - file: files/second.jpg
    alt:
      kk: "Екінші"
---
## kk
Бірінші абзац.

## ru
Первый.

## fr
Premier.
`;

describe('locateField', () => {
  it('names the key of a front matter line, down to a language', () => {
    expect(locateField(TEXT, 2)).toEqual({ path: ['date'] });
    expect(locateField(TEXT, 3)).toEqual({ path: ['title'] });
    expect(locateField(TEXT, 5)).toEqual({ path: ['title', 'kz'] });
  });

  it('goes into list items, and stops at a flow map whose keys share one line', () => {
    expect(locateField(TEXT, 7)).toEqual({ path: ['images', 0, 'file'] });
    expect(locateField(TEXT, 8)).toEqual({ path: ['images', 0, 'alt'] });
    expect(locateField(TEXT, 11)).toEqual({ path: ['images', 1, 'alt', 'kk'] });
  });

  it('names the section of a body line', () => {
    expect(locateField(TEXT, 13)).toEqual({ section: 'kk' });
    expect(locateField(TEXT, 14)).toEqual({ section: 'kk' });
    expect(locateField(TEXT, 18)).toEqual({ section: 'ru' });
  });

  it('names nothing for the fences, a section that is no language, or a file without front matter', () => {
    expect(locateField(TEXT, 1)).toBeNull();
    expect(locateField(TEXT, 12)).toBeNull();
    expect(locateField(TEXT, 21)).toBeNull();
    expect(locateField('## kk\nМәтін.\n', 2)).toBeNull();
  });
});
