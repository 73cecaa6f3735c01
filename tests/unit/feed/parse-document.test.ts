import { describe, expect, it } from 'vitest';
import { ObjectFormatError } from '../../../src/feed/errors.ts';
import { parseDocument, RECORDS_PER_SLICE } from '../../../src/feed/parse-document.ts';

const entry = { name: 'names-0.json' };
const records = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `KZ-${i}`, surname: 'Байтурсынов', givenName: 'Ахмет', birthYear: 1872 }));
const shardText = (value: unknown) => JSON.stringify(value);

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parseDocument('names', entry, text);
  } catch (error) {
    if (error instanceof ObjectFormatError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseDocument for a names shard', () => {
  it('checks the records in slices and pauses between them', async () => {
    let pauses = 0;
    const count = RECORDS_PER_SLICE * 2 + 5;
    const shard = await parseDocument(
      'names',
      entry,
      shardText({ shard: 0, shardCount: 1, records: records(count) }),
      async () => {
        pauses++;
      },
    );
    expect(shard.records).toHaveLength(count);
    expect(shard.records[count - 1]!.id).toBe(`KZ-${count - 1}`);
    expect(pauses).toBe(2);
  });

  it('names a bad record by its place in the whole shard', async () => {
    const list: unknown[] = records(RECORDS_PER_SLICE + 10);
    list[RECORDS_PER_SLICE + 3] = { id: 'KZ-x', givenName: 'Ахмет' };
    const problems = await problemsOf(shardText({ shard: 0, shardCount: 1, records: list }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^records\\[${RECORDS_PER_SLICE + 3}\\]\\.surname: `));
  });

  it('reports a bad envelope and bad records together', async () => {
    const list: unknown[] = records(3);
    list[1] = 'not a record';
    const problems = await problemsOf(shardText({ shard: -1, shardCount: 1, records: list }));
    expect(problems.some((problem) => problem.startsWith('shard: '))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('records[1]: '))).toBe(true);
  });

  it('refuses a shard without a records array, and text that is not JSON', async () => {
    expect((await problemsOf(shardText({ shard: 0, shardCount: 1 })))[0]).toMatch(/^records: /);
    expect((await problemsOf('{"records": ['))[0]).toMatch(/^not JSON/);
  });
});
