import { describe, expect, it } from 'vitest';
import { getAt, pathKey, setAt } from '../../../../../src/curator/studio/app/front-path.ts';

describe('pathKey', () => {
  it('writes a key path as the Check writes one', () => {
    expect(pathKey(['title', 'en'])).toBe('title.en');
    expect(pathKey(['images', 0, 'alt', 'kk'])).toBe('images[0].alt.kk');
  });
});

describe('setAt', () => {
  it('sets a value deep inside a copy, leaving the original as it was', () => {
    const front = { title: { kk: 'Бұйрық' }, images: [{ file: 'files/a.jpg' }] };
    const next = setAt(front, ['images', 0, 'alt', 'en'], 'The order');
    expect(next).toEqual({ title: { kk: 'Бұйрық' }, images: [{ file: 'files/a.jpg', alt: { en: 'The order' } }] });
    expect(front.images[0]).toEqual({ file: 'files/a.jpg' });
    expect(getAt(next, ['images', 0, 'alt', 'en'])).toBe('The order');
  });

  it('takes out a key set to nothing, and a parent left empty by it', () => {
    expect(setAt({ title: { kk: 'Бұйрық', en: 'Order' } }, ['title', 'en'], '')).toEqual({ title: { kk: 'Бұйрық' } });
    expect(setAt({ date: '1937', content_warning: { en: 'x' } }, ['content_warning', 'en'], '')).toEqual({ date: '1937' });
    expect(setAt({ links: { names: ['KZ-1'] } }, ['links', 'names'], [])).toEqual({});
  });

  it('keeps a list item that is emptied, so the items after it stay where they are', () => {
    expect(setAt({ images: [{ file: 'a' }, { file: 'b' }] }, ['images', 0, 'file'], '')).toEqual({ images: [{}, { file: 'b' }] });
  });
});
