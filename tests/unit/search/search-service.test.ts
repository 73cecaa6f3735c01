import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NameRecord, NamesShard } from '../../../src/feed/content-schema.ts';
import { NAME_INDEX_FORMAT, type NameIndex } from '../../../src/search/name-index.ts';
import { SearchService, type BuiltIndex, type StoredIndexes } from '../../../src/search/search-service.ts';
import type { EngineReply, EngineRequest } from '../../../src/search/worker-protocol.ts';

const shard = (n: number, records: NameRecord[]): string =>
  JSON.stringify({ shard: n, shardCount: 2, records } satisfies NamesShard);

const SHARDS = [
  shard(0, [
    {
      id: 'KZ-1',
      surname: 'Байтұрсынов',
      givenName: 'Ахмет',
      nameVariants: ['Baitursynuly Akhmet'],
      birthYear: 1872,
      birthPlace: 'Торғай',
      fate: 'атылды',
      deathDate: '1937-12-08',
    },
    { id: 'KZ-2', surname: 'Жансүгіров', givenName: 'Ілияс', birthYear: 1894, birthPlace: 'Алматы', fate: 'атылды' },
  ]),
  shard(1, [
    {
      id: 'KZ-3',
      surname: 'Ахметов',
      givenName: 'Ержан',
      birthYear: 1901,
      birthPlace: 'Торғай',
      fate: 'босатылды',
      restricted: true,
    },
  ]),
];

/** A store's own failure, with its code, as name-index-idb.ts throws them. */
class StoreFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The clock reads the build is timed by: it takes 250 ms. */
function timeBuildAs250Ms(): void {
  vi.spyOn(performance, 'now').mockReturnValueOnce(1_000).mockReturnValueOnce(1_250);
}

/** The worker's IndexedDB store in memory; it keeps structured clones, as IndexedDB does. */
class MemoryStore implements StoredIndexes {
  readonly rows = new Map<number, BuiltIndex>();
  /** Set to make reads or writes fail, as a missing database or a full disk does. */
  readFailure: Error | null = null;
  writeFailure: Error | null = null;

  async read(version: number): Promise<BuiltIndex | null> {
    if (this.readFailure) throw this.readFailure;
    return this.rows.get(version) ?? null;
  }

  async write(version: number, built: BuiltIndex): Promise<void> {
    if (this.writeFailure) throw this.writeFailure;
    this.rows.set(version, structuredClone(built));
  }
}

let replies: EngineReply[];
let transfers: Transferable[][];
let store: MemoryStore;
let service: SearchService;
let nextId: number;

beforeEach(() => {
  replies = [];
  transfers = [];
  nextId = 1;
  store = new MemoryStore();
  service = new SearchService((reply, transfer) => {
    replies.push(reply);
    transfers.push(transfer);
  }, store);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Sends a request and returns its reply. */
async function ask<K extends EngineReply['kind']>(request: EngineRequest, kind: K): Promise<Extract<EngineReply, { kind: K }>> {
  await service.receive(request);
  const reply = replies.find((candidate) => candidate.id === request.id)!;
  expect(reply.kind, JSON.stringify(reply)).toBe(kind);
  return reply as Extract<EngineReply, { kind: K }>;
}

/** Builds version `version` and gives the index the service stored. */
async function built(shards: readonly (Blob | string)[] = SHARDS, version = 7): Promise<BuiltIndex> {
  await ask({ kind: 'build', id: nextId++, version, shards }, 'built');
  return store.rows.get(version)!;
}

const load = (version: number, id = nextId++) => ask({ kind: 'load', id, version, shards: SHARDS }, 'loaded');

async function loaded(version = 7): Promise<void> {
  await built(SHARDS, version);
  await load(version);
}

const search = (query: string, filters = {}) => ask({ kind: 'search', id: nextId++, query, options: { filters } }, 'results');

describe('SearchService', () => {
  describe('build', () => {
    it('indexes the shards in order and records the shard of each record', async () => {
      const { index, shardOf } = await built([SHARDS[0]!, new Blob([SHARDS[1]!])]);
      const shardById = Object.fromEntries(index.ids.map((id, record) => [id, shardOf[record]]));
      expect(shardById).toEqual({ 'KZ-1': 0, 'KZ-2': 0, 'KZ-3': 1 });
      expect(index.format).toBe(NAME_INDEX_FORMAT);
    });

    it('stores the index and replies with a few numbers, not the index', async () => {
      timeBuildAs250Ms();
      const reply = await ask({ kind: 'build', id: 1, version: 4, shards: SHARDS }, 'built');
      expect(Object.keys(reply).sort()).toEqual([
        'buildMs',
        'id',
        'kind',
        'recordCount',
        'reusedRecords',
        'storeProblem',
        'version',
      ]);
      expect(reply).toMatchObject({ version: 4, recordCount: 3, buildMs: 250, storeProblem: null });
      expect(transfers[0]).toEqual([]);
      expect(store.rows.get(4)?.index.recordCount).toBe(3);
    });

    it('says why the index could not be stored', async () => {
      store.writeFailure = new DOMException('the disk is full', 'QuotaExceededError');
      const reply = await ask({ kind: 'build', id: 1, version: 4, shards: SHARDS }, 'built');
      expect(reply).toMatchObject({
        version: 4,
        recordCount: 3,
        storeProblem: { code: 'QuotaExceededError', message: 'the disk is full' },
      });
      expect(store.rows.size).toBe(0);
    });

    it('names a shard that is not a register shard', async () => {
      const reply = await ask({ kind: 'build', id: 1, version: 1, shards: [SHARDS[0]!, '{"records": [{"id": 1}]}'] }, 'failed');
      expect(reply).toMatchObject({ request: 'build', code: 'shard-format' });
      expect(reply.message).toContain('names shard 1');
    });
  });

  describe('build with an earlier index to reuse', () => {
    /** A shard that fails the test if the build reads it. */
    class UnreadShard extends Blob {
      override text(): Promise<string> {
        throw new Error('this shard is unchanged and must not be read');
      }
    }

    const PLACES = ['Торғай', 'Алматы', 'Ақмола', undefined];
    const FATES = ['атылды', 'босатылды', undefined];
    const SURNAMES = ['Байтұрсынов', 'Жансүгіров', 'Ахметов', 'Сейфуллин', 'Иванова', 'Ким'];
    const GIVEN = ['Ахмет', 'Ілияс', 'Ержан', 'Сәкен', 'Мария', 'Виктор'];
    /** A register of `shardCount` shards whose words, places and fates recur across shards. */
    const register = (shardCount: number, perShard: number): NameRecord[][] =>
      Array.from({ length: shardCount }, (_, s) =>
        Array.from({ length: perShard }, (_, i): NameRecord => {
          const n = s * perShard + i;
          const place = PLACES[n % PLACES.length];
          const fate = FATES[n % FATES.length];
          return {
            id: `KZ-${n}`,
            surname: SURNAMES[(n * 7) % SURNAMES.length]!,
            givenName: GIVEN[(n * 5) % GIVEN.length]!,
            ...(n % 3 === 0 ? { patronymic: `${GIVEN[n % GIVEN.length]}ұлы` } : {}),
            ...(n % 4 === 0 ? { nameVariants: [`${SURNAMES[n % SURNAMES.length]} Variant`] } : {}),
            ...(n % 10 === 0 ? {} : { birthYear: 1860 + (n % 70) }),
            ...(place ? { birthPlace: place } : {}),
            ...(fate ? { fate } : {}),
          };
        }),
      );
    const texts = (shards: NameRecord[][]) => shards.map((records, n) => shard(n, records));
    /** Stand-ins for the shards' SHA-256: equal exactly when the records are. */
    const hashes = (shards: NameRecord[][]) => shards.map((records) => String(hashCode(JSON.stringify(records))));
    const hashCode = (text: string) => [...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7);

    it('reads only the changed shard and builds the index a full build makes', async () => {
      const before = register(4, 50);
      await ask({ kind: 'build', id: nextId++, version: 1, shards: texts(before), shardHashes: hashes(before) }, 'built');
      const after = before.map((records) => [...records]);
      after[2]![7] = { ...after[2]![7]!, givenName: 'Сәкен', birthPlace: 'Семей' };
      const shards = texts(after).map((text, n) => (n === 2 ? text : new UnreadShard([text])));
      const reply = await ask(
        { kind: 'build', id: nextId++, version: 2, shards, shardHashes: hashes(after), reuseVersion: 1 },
        'built',
      );
      expect(reply.reusedRecords).toBe(150);
      const incremental = store.rows.get(2)!;
      await ask({ kind: 'build', id: nextId++, version: 3, shards: texts(after), shardHashes: hashes(after) }, 'built');
      const full = store.rows.get(3)!;
      expect(full).toEqual(incremental);
    });

    it('takes the unchanged shards from the earlier index wherever they now stand', async () => {
      const before = register(2, 20);
      await ask({ kind: 'build', id: nextId++, version: 1, shards: texts(before), shardHashes: hashes(before) }, 'built');
      const after = [register(3, 20)[2]!, ...before];
      const reply = await ask(
        { kind: 'build', id: nextId++, version: 2, shards: texts(after), shardHashes: hashes(after), reuseVersion: 1 },
        'built',
      );
      expect(reply.reusedRecords).toBe(40);
      await ask({ kind: 'build', id: nextId++, version: 3, shards: texts(after), shardHashes: hashes(after) }, 'built');
      expect(store.rows.get(3)).toEqual(store.rows.get(2));
    });

    it('reads every shard when the earlier index kept no shard hashes, or cannot be read', async () => {
      const before = register(2, 10);
      await ask({ kind: 'build', id: nextId++, version: 1, shards: texts(before) }, 'built');
      const withoutHashes = await ask(
        { kind: 'build', id: nextId++, version: 2, shards: texts(before), shardHashes: hashes(before), reuseVersion: 1 },
        'built',
      );
      expect(withoutHashes.reusedRecords).toBe(0);
      store.readFailure = new StoreFailure('failed', 'the store cannot be read');
      const unreadable = await ask(
        { kind: 'build', id: nextId++, version: 3, shards: texts(before), shardHashes: hashes(before), reuseVersion: 2 },
        'built',
      );
      expect(unreadable).toMatchObject({ reusedRecords: 0, recordCount: 20 });
    });
  });

  describe('load', () => {
    it('reports the record count and the facets for the filters', async () => {
      await built(SHARDS, 3);
      const reply = await load(3);
      expect(reply).toMatchObject({ version: 3, recordCount: 3, buildMs: null, storeProblem: null });
      expect(reply.facets.birthYears).toEqual({ from: 1872, to: 1901 });
      // The restricted record's place and fate are not in the index at all.
      expect(reply.facets.places).toEqual([
        { value: 'Торғай', records: 1 },
        { value: 'Алматы', records: 1 },
      ]);
    });

    it('builds from the shards, stores and loads when nothing is stored', async () => {
      timeBuildAs250Ms();
      const reply = await load(3);
      expect(reply).toMatchObject({ version: 3, recordCount: 3, buildMs: 250, storeProblem: null });
      expect(store.rows.get(3)?.index.recordCount).toBe(3);
      expect((await search('Жансүгіров')).rows.map((row) => row.id)).toEqual(['KZ-2']);
    });

    it('refuses a stored index of another format and rebuilds it', async () => {
      const { index, shardOf } = await built(SHARDS, 3);
      store.rows.set(3, { index: { ...index, format: 'eske-name-index/0' } as unknown as NameIndex, shardOf });
      const reply = await load(3);
      expect(reply.buildMs).not.toBeNull();
      expect(store.rows.get(3)?.index.format).toBe(NAME_INDEX_FORMAT);
    });

    it('refuses stored shard numbers that do not fit the index and rebuilds it', async () => {
      const { index } = await built(SHARDS, 3);
      store.rows.set(3, { index, shardOf: new Uint16Array(1) });
      const reply = await load(3);
      expect(reply.buildMs).not.toBeNull();
      expect(store.rows.get(3)?.shardOf).toHaveLength(3);
    });

    it('builds when the store cannot be read, and says why', async () => {
      store.readFailure = new StoreFailure('no-database', 'database "eske" does not exist yet');
      const reply = await load(3);
      expect(reply).toMatchObject({ recordCount: 3, storeProblem: { code: 'no-database' } });
      expect(reply.buildMs).not.toBeNull();
    });

    it('searches the index it built when storing it failed, and says why', async () => {
      store.writeFailure = new DOMException('the disk is full', 'QuotaExceededError');
      const reply = await load(3);
      expect(reply).toMatchObject({ version: 3, recordCount: 3, storeProblem: { code: 'QuotaExceededError' } });
      expect((await search('Жансүгіров')).rows.map((row) => row.id)).toEqual(['KZ-2']);
    });

    it('answers nothing from the index it replaces when the new one cannot be built', async () => {
      await loaded(1);
      const reply = await ask({ kind: 'load', id: nextId++, version: 2, shards: ['not json'] }, 'failed');
      expect(reply).toMatchObject({ request: 'load', code: 'shard-format' });
      expect((await ask({ kind: 'search', id: nextId++, query: 'Ахмет', options: {} }, 'failed')).code).toBe('no-index');
    });
  });

  describe('search', () => {
    it('fails with no-index before an index is loaded', async () => {
      const reply = await ask({ kind: 'search', id: 1, query: 'Ахмет', options: {} }, 'failed');
      expect(reply).toMatchObject({ request: 'search', code: 'no-index' });
    });

    it('answers with display rows of the loaded version', async () => {
      await loaded(7);
      const reply = await search('Байтұрсынов Ахмет');
      expect(reply.version).toBe(7);
      expect(reply.rows[0]).toEqual({
        id: 'KZ-1',
        shard: 0,
        surname: [{ text: 'Байтұрсынов', marked: 11 }],
        givenName: [{ text: 'Ахмет', marked: 5 }],
        patronymic: [],
        variant: [],
        birthYear: 1872,
        deathYear: 1937,
        place: 'Торғай',
        score: 1,
      });
      expect(reply).toMatchObject({ complete: true, tried: [], closest: [] });
    });

    it('marks the letters typed so far, in the record’s own script', async () => {
      await loaded();
      const [row] = (await search('zhans')).rows;
      expect(row!.surname).toEqual([{ text: 'Жансүгіров', marked: 4 }]);
    });

    it('shows the other spelling that found a record', async () => {
      await loaded();
      const [row] = (await search('Baitursynuly')).rows;
      expect(row!.variant).toEqual([{ text: 'Baitursynuly', marked: 12 }]);
    });

    it('shows a restricted record with its name and years only', async () => {
      await loaded();
      const [row] = (await search('Ахметов Ержан')).rows;
      expect(row).toMatchObject({ id: 'KZ-3', shard: 1, birthYear: 1901 });
      expect(row!.place).toBeUndefined();
    });

    it('applies the filters', async () => {
      await loaded();
      const ids = async (filters: object) => (await search('Ахмет', filters)).rows.map((row) => row.id);
      expect(await ids({})).toEqual(['KZ-1', 'KZ-3']);
      expect(await ids({ birthYearFrom: 1890 })).toEqual(['KZ-3']);
      expect(await ids({ place: 'Торғай' })).toEqual(['KZ-1']);
    });

    it('says which spellings were tried and which names are closest when nothing is found', async () => {
      await loaded();
      const reply = await search('Байтырсыманов');
      expect(reply.rows).toEqual([]);
      expect(reply.tried).toContain('Байтырсыманұлы');
      expect(reply.tried).toContain('Baityrsymanov');
      expect(reply.closest.map((suggestion) => suggestion.text)).toContain('Байтұрсынов');
    });
  });

  describe('lookup', () => {
    it('gives rows for the ids it knows, in the order asked', async () => {
      await loaded(4);
      const reply = await ask({ kind: 'lookup', id: 50, ids: ['KZ-3', 'nobody', 'KZ-1'] }, 'rows');
      expect(reply.version).toBe(4);
      expect(reply.rows.map((row) => [row.id, row.shard, row.score])).toEqual([
        ['KZ-3', 1, 0],
        ['KZ-1', 0, 0],
      ]);
      expect(reply.rows[1]!.variant).toEqual([]);
    });
  });

  describe('#receive', () => {
    it('answers in the order it was asked, even behind a build that reads blobs', async () => {
      await built(SHARDS, 1);
      await load(1, 100);
      replies = [];
      const done = [
        service.receive({ kind: 'build', id: 101, version: 2, shards: [new Blob([SHARDS[0]!])] }),
        service.receive({ kind: 'search', id: 102, query: 'Ахмет', options: {} }),
        service.receive({ kind: 'search', id: 103, query: 'Ілияс', options: {} }),
      ];
      await Promise.all(done);
      expect(replies.map((reply) => [reply.id, reply.kind])).toEqual([
        [101, 'built'],
        [102, 'results'],
        [103, 'results'],
      ]);
    });
  });
});
