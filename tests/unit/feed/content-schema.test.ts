import { describe, expect, it } from 'vitest';
import { timelineEventSchema } from '../../../src/feed/content-schema.ts';

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
