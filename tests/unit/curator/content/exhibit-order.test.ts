import { afterAll, describe, expect, it } from 'vitest';
import { inExhibitOrder } from '../../../../src/curator/content/exhibit-order.ts';
import { read, removeCopies } from './content-copy.ts';
import { fullCopy, PLACE } from './full-content.ts';

afterAll(removeCopies);

const withOrder = (order: string) => (text: string) => `${text}${order}`;

describe('inExhibitOrder', () => {
  it('puts the named ids first in their order, the rest after in the order given', () => {
    const entries = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(inExhibitOrder(entries, ['c', 'gone', 'a', 'c']).map((entry) => entry.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(inExhibitOrder(entries, []).map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('order: in exhibit.yaml', () => {
  it('orders testimonies and places; entries not named follow in file-name order', async () => {
    const dir = await fullCopy({
      'places/akmol.md': PLACE,
      'places/zhezkazgan.md': PLACE,
      'exhibit.yaml': withOrder('order:\n  testimonies: [t02-letter]\n  places: [zhezkazgan, dolinka]\n'),
    });
    const { content, report } = await read(dir);
    expect(report.problems.filter((problem) => problem.code.startsWith('exhibit.'))).toEqual([]);
    expect(content!.testimonies.map((testimony) => testimony.id)).toEqual(['t02-letter', 't01-witness']);
    expect(content!.places.map((place) => place.id)).toEqual(['zhezkazgan', 'dolinka', 'akmol']);
  });

  it('warns about an id with no file and one named twice, at their lines, and still orders the rest', async () => {
    const dir = await fullCopy({
      'exhibit.yaml': withOrder('order:\n  testimonies:\n    - gone\n    - t02-letter\n    - t02-letter\n'),
    });
    const { content, problems } = await read(dir);
    const orderProblems = problems.filter((problem) => problem.includes('exhibit.order'));
    expect(orderProblems).toHaveLength(2);
    expect(orderProblems[0]).toMatch(/^exhibit\.yaml:\d+: warning: exhibit\.order-unknown-id$/);
    expect(orderProblems[1]).toMatch(/^exhibit\.yaml:\d+: warning: exhibit\.order-duplicate-id$/);
    const [unknownLine, duplicateLine] = orderProblems.map((problem) => Number(problem.split(':')[1]));
    expect(duplicateLine! - unknownLine!).toBe(2);
    expect(content!.testimonies.map((testimony) => testimony.id)).toEqual(['t02-letter', 't01-witness']);
  });

  it('reports an order of an unknown kind as an unknown key', async () => {
    const { problems } = await read(await fullCopy({ 'exhibit.yaml': withOrder('order:\n  timeline: [1937-order]\n') }));
    expect(problems.filter((problem) => problem.startsWith('exhibit.yaml'))).toEqual([
      expect.stringMatching(/^exhibit\.yaml:\d+: error: key\.unknown$/),
    ]);
  });
});
