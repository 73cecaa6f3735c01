import { describe, expect, it } from 'vitest';
import { ShardFormatError, shardRecords } from '../../../src/search/shard-records.ts';

const text = (records: unknown[]) => JSON.stringify({ shard: 0, shardCount: 1, records });

describe('shardRecords', () => {
  it('reads the fields the index needs, with the death year from its date', () => {
    const [record] = shardRecords(
      text([{ id: 'a', surname: 'Ахметов', givenName: 'Ержан', deathDate: '1938-02', fate: 'атылды' }]),
      0,
    );
    expect(record).toMatchObject({ id: 'a', surname: 'Ахметов', givenName: 'Ержан', deathYear: 1938, fate: 'атылды' });
  });

  it('keeps the place and fate of a restricted record out of the index', () => {
    const [record] = shardRecords(
      text([
        {
          id: 'a',
          surname: 'Ахметов',
          givenName: 'Ержан',
          birthYear: 1901,
          birthPlace: 'Торғай',
          fate: 'атылды',
          restricted: true,
        },
      ]),
      0,
    );
    expect(record).toMatchObject({ birthYear: 1901, birthPlace: undefined, fate: undefined });
  });

  it('throws ShardFormatError naming the shard for anything else', () => {
    for (const bad of ['not json', '{"records": 3}', text([{ id: 'a', surname: 'Ахметов' }])]) {
      const error = (() => {
        try {
          shardRecords(bad, 4);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(ShardFormatError);
      expect((error as ShardFormatError).shard).toBe(4);
    }
  });
});
