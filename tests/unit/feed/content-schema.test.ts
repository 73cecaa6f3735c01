import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_MARKDOWN_CHARS, MAX_TEXT_CHARS } from '../../../src/feed/content-limits.ts';
import { nameRecordSchema, timelineEventSchema } from '../../../src/feed/content-schema.ts';
import { parseWithSchema } from '../../../src/feed/parse-with-schema.ts';

const event = {
  id: 'order-00447',
  date: '1937-07-30',
  title: { en: 'Order No. 00447' },
  source: 'Archive',
  links: { testimonies: [], names: [] },
};

describe('timelineEventSchema', () => {
  it('reads a body of plain paragraphs from an earlier feed as Markdown paragraphs', () => {
    const parsed = timelineEventSchema.parse({ ...event, body: { en: ['One.', 'Two.'] } });
    expect(parsed.body.en).toBe('One.\n\nTwo.');
  });

  it('keeps a Markdown body as written and defaults images and place links', () => {
    const parsed = timelineEventSchema.parse({ ...event, body: { en: '*One.*' } });
    expect(parsed).toMatchObject({ body: { en: '*One.*' }, images: [], links: { places: [] } });
  });
});

describe('the content limits', () => {
  const problemPaths = (checked: ReturnType<typeof parseWithSchema>) =>
    checked.ok ? [] : checked.problems.map((p) => p.split(':')[0]);

  it('refuses a title over the text cap and accepts one at it', () => {
    const at = { ...event, body: {}, title: { en: 'x'.repeat(MAX_TEXT_CHARS) } };
    expect(parseWithSchema(timelineEventSchema, at).ok).toBe(true);
    const over = { ...event, body: {}, title: { en: 'x'.repeat(5 * 1024 * 1024) } };
    expect(problemPaths(parseWithSchema(timelineEventSchema, over))).toEqual(['title.en']);
  });

  it('refuses a Markdown body over its cap, in the form of paragraphs too', () => {
    const long = 'x'.repeat(MAX_MARKDOWN_CHARS + 1);
    expect(problemPaths(parseWithSchema(timelineEventSchema, { ...event, body: { kk: long } }))).toEqual(['body.kk']);
    const paragraphs = [long.slice(0, MAX_MARKDOWN_CHARS / 2), long.slice(0, MAX_MARKDOWN_CHARS / 2)];
    expect(problemPaths(parseWithSchema(timelineEventSchema, { ...event, body: { kk: paragraphs } }))).toEqual(['body.kk']);
  });

  it('refuses an image alt text and a credit over the text cap', () => {
    const image = { media: 'a'.repeat(64), alt: { ru: 'x'.repeat(MAX_TEXT_CHARS + 1) }, credit: 'x'.repeat(MAX_TEXT_CHARS + 1) };
    const checked = parseWithSchema(timelineEventSchema, { ...event, body: {}, images: [image] });
    expect(problemPaths(checked)).toEqual(['images[0].alt.ru', 'images[0].credit']);
  });

  it('refuses a register name over the one-line cap and a note over the text cap', () => {
    const record = {
      id: 'KZ-1',
      surname: 'x'.repeat(MAX_LINE_CHARS + 1),
      givenName: 'Ахмет',
      fate: 'x'.repeat(MAX_TEXT_CHARS + 1),
    };
    expect(problemPaths(parseWithSchema(nameRecordSchema, record))).toEqual(['surname', 'fate']);
  });
});
