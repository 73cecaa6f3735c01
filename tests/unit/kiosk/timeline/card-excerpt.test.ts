import { describe, expect, it } from 'vitest';
import { cardExcerpt } from '../../../../src/kiosk/timeline/card-excerpt.ts';

describe('cardExcerpt', () => {
  it('gives the paragraphs as plain text, without headings or Markdown marks', () => {
    const markdown =
      '## Order\n\nThe order of **30 July** was *secret*.\n\n> A quote\n> in two lines\n\n- first\n- [second](event:karlag)';
    expect(cardExcerpt(markdown)).toEqual(['The order of 30 July was secret.', 'A quote in two lines', 'first second']);
  });

  it('drops images and keeps HTML as text, never as markup', () => {
    expect(cardExcerpt('![a photo](x.jpg) Text <b>bold</b>')).toEqual(['Text <b>bold</b>']);
  });

  it('stops after a few paragraphs, more than a card can show', () => {
    expect(cardExcerpt(Array.from({ length: 10 }, (_, i) => `Paragraph ${i}`).join('\n\n'))).toHaveLength(4);
  });
});
