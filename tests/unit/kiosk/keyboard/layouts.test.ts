import { describe, expect, it } from 'vitest';
import { LAYOUT_IDS, LAYOUTS, layoutForLanguage, nextLayout } from '../../../../src/kiosk/keyboard/layouts.ts';

const keysOf = (id: (typeof LAYOUT_IDS)[number]) => LAYOUTS[id].rows.flat();

describe('LAYOUTS', () => {
  it('gives the Kazakh layout all nine Kazakh letters and the Russian ones', () => {
    for (const letter of 'әғқңөұүһі') expect(keysOf('kk')).toContain(letter);
    for (const letter of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя') expect(keysOf('kk')).toContain(letter);
  });

  it('gives the Russian layout all 33 Russian letters and no Kazakh ones', () => {
    for (const letter of 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя') expect(keysOf('ru')).toContain(letter);
    for (const letter of 'әғқңөұүһі') expect(keysOf('ru')).not.toContain(letter);
  });

  it('gives the Latin layout the 26 letters', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') expect(keysOf('lat')).toContain(letter);
  });

  it('never repeats a key within a layout, so each data-key is unique on screen', () => {
    for (const id of LAYOUT_IDS) expect(new Set(keysOf(id)).size).toBe(keysOf(id).length);
  });

  it('uses no key name that collides with a special key', () => {
    for (const id of LAYOUT_IDS) {
      for (const key of keysOf(id)) expect(['space', 'backspace', 'clear', 'layout']).not.toContain(key);
    }
  });
});

describe('layoutForLanguage', () => {
  it('follows the interface language, with Latin for English', () => {
    expect(layoutForLanguage('kk')).toBe('kk');
    expect(layoutForLanguage('ru')).toBe('ru');
    expect(layoutForLanguage('en')).toBe('lat');
  });
});

describe('nextLayout', () => {
  it('cycles Kazakh, Russian, Latin and back', () => {
    expect(nextLayout('kk')).toBe('ru');
    expect(nextLayout('ru')).toBe('lat');
    expect(nextLayout('lat')).toBe('kk');
  });
});
