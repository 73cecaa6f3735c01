import { beforeAll, describe, expect, it } from 'vitest';
import { signBytes, type KeyPairText } from '../../../../src/feed/ed25519.ts';
import { errorCode } from '../../../../src/feed/error-code.ts';
import { objectPath, type ObjectEntry } from '../../../../src/feed/manifest-schema.ts';
import { readMeta, type EskeDb } from '../../../../src/kiosk/storage/eske-db.ts';
import { readActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import { readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { syncOnce } from '../../../../src/kiosk/sync/sync-once.ts';
import type { WriteFilter } from '../storage/test-db.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type Fault, type MemoryFeed } from './memory-feed.ts';
import { expectVersionReadable, install, NOW, storedHashes, testKiosk } from './test-kiosk.ts';

let keys: KeyPairText;
let otherKeys: KeyPairText;
const feeds = {} as Record<
  | 'v1'
  | 'v2'
  | 'v3'
  | 'badExhibit'
  | 'foreignReference'
  | 'expired'
  | 'otherExhibit'
  | 'otherExhibitByOther'
  | 'v2ByOther'
  | 'legacyV1'
  | 'legacyV2',
  MemoryFeed
>;

beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([testKeys(), testKeys()]);
  const build = (spec: Parameters<typeof buildMemoryFeed>[0]) => buildMemoryFeed(spec, keys);
  feeds.v1 = await build({ version: 1 });
  feeds.v2 = await build({ version: 2 });
  feeds.v3 = await build({ version: 3 });
  feeds.badExhibit = await build({
    version: 2,
    documentOverrides: { exhibit: { ...feeds.v1.documents.exhibit, languages: [] } },
  });
  const [testimony] = feeds.v2.documents.testimonies.testimonies;
  feeds.foreignReference = await build({
    version: 2,
    documentOverrides: { testimonies: { testimonies: [{ ...testimony, media: { kind: 'audio', object: 'f'.repeat(64) } }] } },
  });
  feeds.expired = await build({ version: 2, expiresAt: '2026-05-09T00:00:00Z' });
  feeds.otherExhibit = await build({ version: 2, exhibitId: 'another-museum' });
  feeds.v2ByOther = await buildMemoryFeed({ version: 2 }, otherKeys);
  feeds.otherExhibitByOther = await buildMemoryFeed({ version: 2, exhibitId: 'another-museum' }, otherKeys);
  feeds.legacyV1 = await build({ version: 1, format: 'eske-feed/1' });
  feeds.legacyV2 = await build({ version: 2, format: 'eske-feed/1' });
});

function setup(options: { exhibitId?: string; chunkBytes?: number } = {}) {
  const limits = options.chunkBytes ? { chunkBytes: options.chunkBytes } : {};
  return testKiosk(targetTrusting([keys], 1, options.exhibitId ?? null), limits);
}

function installed(...versions: MemoryFeed[]) {
  return install(setup(), ...versions);
}

function entryNamed(feed: MemoryFeed, name: string): ObjectEntry {
  const entry = feed.manifest.objects.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no object ${name}`);
  return entry;
}

function hashesOf(feed: MemoryFeed): Set<string> {
  return new Set(feed.manifest.objects.map((entry) => entry.sha256));
}

/** The objects of version 2 that version 1 does not have. */
const NEW_IN_V2 = ['timeline.json', 'testimonies.json', 'files/t01.ogg', 'names shard 1'];

describe('syncOnce', () => {
  describe('on a kiosk with nothing installed', () => {
    it('installs the offered version and makes every document and object readable', async () => {
      const { db, host, sync } = setup();
      host.publish(feeds.v1);
      expect(await sync()).toEqual({ kind: 'installed', version: 1 });
      await expectVersionReadable(db, feeds.v1);
      expect(host.objectRequests()).toHaveLength(feeds.v1.manifest.objects.length);
    });

    it('records the result for the technician panel', async () => {
      const { db } = await installed(feeds.v1);
      expect(await readMeta(db, 'lastSync')).toEqual({ startedAt: NOW, finishedAt: NOW, kind: 'installed', version: 1 });
      expect((await readLog(db, 1))[0]).toMatchObject({ level: 'info', code: 'installed' });
    });

    it('fetches manifest.json past the HTTP cache and objects without storing them there', async () => {
      const { host, sync } = setup();
      host.publish(feeds.v1);
      await sync();
      for (const { path, init } of host.inits) {
        expect(init.cache).toBe(path.startsWith('objects/') ? 'no-store' : 'no-cache');
      }
    });
  });

  describe('when the installed version is offered again', () => {
    it('reports up to date and downloads no object', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect(host.requests).toEqual(['manifest.json']);
      expect((await readMeta(db, 'lastSync'))?.kind).toBe('up-to-date');
    });

    it('warns when the same version number carries a different manifest', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      host.publish(
        await buildMemoryFeed({ version: 1, exhibitId: feeds.v1.manifest.exhibitId, expiresAt: '2027-01-01T00:00:00Z' }, keys),
      );
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect((await readLog(db, 1))[0]).toMatchObject({ level: 'warn', code: 'version-reused' });
    });

    it('still checks the signature first', async () => {
      const { host, sync } = await installed(feeds.v1);
      host.publish(await buildMemoryFeed({ version: 1 }, otherKeys));
      expect(await sync()).toMatchObject({ kind: 'rejected', error: { code: 'signature' } });
    });

    it('takes a signature added by feed sign as the same version, with no warning', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      host.publish(await buildMemoryFeed({ version: 1 }, [keys, otherKeys]));
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect((await readLog(db, 1))[0]).toMatchObject({ code: 'installed' });
    });
    it('downloads again an object of the installed version that went missing from the store', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      const audio = entryNamed(feeds.v1, 'files/t01.ogg');
      await db.objects.delete(audio.sha256);
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });
      expect(host.objectRequests()).toEqual([objectPath(audio)]);
      await expectVersionReadable(db, feeds.v1);
      expect((await readLog(db, 1))[0]).toMatchObject({ level: 'warn', code: 'repaired' });
    });
  });

  describe('on a re-download', () => {
    const redownload = (kiosk: Awaited<ReturnType<typeof installed>>) =>
      syncOnce(
        targetTrusting([keys]),
        { db: kiosk.db, fetch: kiosk.host.fetch, now: () => NOW, limits: { stallTimeoutMs: 100 } },
        undefined,
        'redownload',
      );

    it('fetches every object of the installed version again, which stays readable', async () => {
      const kiosk = await installed(feeds.v1);
      expect(await redownload(kiosk)).toEqual({ kind: 'up-to-date', version: 1 });
      expect(kiosk.host.objectRequests().sort()).toEqual(feeds.v1.manifest.objects.map((entry) => objectPath(entry)).sort());
      await expectVersionReadable(kiosk.db, feeds.v1);
      expect((await readLog(kiosk.db, 1))[0]).toMatchObject({ level: 'info', code: 'redownloaded' });
    });

    it('replaces a stored object whose bytes went bad with a verified copy', async () => {
      const kiosk = await installed(feeds.v1);
      const audio = entryNamed(feeds.v1, 'files/t01.ogg');
      await kiosk.db.objects.update(audio.sha256, { blob: new Blob(['rot'], { type: audio.type }) });
      expect(await redownload(kiosk)).toEqual({ kind: 'up-to-date', version: 1 });
      await expectVersionReadable(kiosk.db, feeds.v1);
    });

    it('keeps the stored copy of an object whose fresh copy fails its check', async () => {
      const kiosk = await installed(feeds.v1);
      const audio = entryNamed(feeds.v1, 'files/t01.ogg');
      kiosk.host.fault = (path) =>
        path === objectPath(audio) ? { kind: 'body', bytes: new Uint8Array(audio.bytes) } : undefined;
      expect(await redownload(kiosk)).toMatchObject({ kind: 'failed', error: { code: 'object-hash' } });
      await expectVersionReadable(kiosk.db, feeds.v1);
    });

    it('installs a newer version with every object fetched, shared ones too', async () => {
      const kiosk = await installed(feeds.v1);
      kiosk.host.publish(feeds.v2);
      expect(await redownload(kiosk)).toEqual({ kind: 'installed', version: 2 });
      expect(kiosk.host.objectRequests()).toHaveLength(feeds.v2.manifest.objects.length);
      await expectVersionReadable(kiosk.db, feeds.v2);
    });
  });

  describe('when a newer version is published', () => {
    it('installs it, downloading only the objects it does not share with the installed one', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      host.publish(feeds.v2);
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      await expectVersionReadable(db, feeds.v2);
      const fetched = host.objectRequests();
      expect(fetched.sort()).toEqual(NEW_IN_V2.map((name) => objectPath(entryNamed(feeds.v2, name))).sort());
    });

    it('keeps the retired version until the next install, then deletes what no version refers to', async () => {
      const { db, host, sync } = await installed(feeds.v1, feeds.v2);
      const v1AndV2 = new Set([...hashesOf(feeds.v1), ...hashesOf(feeds.v2)]);
      expect(await storedHashes(db)).toEqual(v1AndV2);
      expect((await db.versions.toArray()).map((row) => [row.version, row.state])).toEqual([
        [1, 'retired'],
        [2, 'active'],
      ]);

      host.publish(feeds.v3);
      expect(await sync()).toEqual({ kind: 'installed', version: 3 });
      expect(await storedHashes(db)).toEqual(new Set([...hashesOf(feeds.v2), ...hashesOf(feeds.v3)]));
      expect(await db.versions.toCollection().primaryKeys()).toEqual([2, 3]);
    });
  });

  describe('when a step fails', () => {
    interface FailureCase {
      step: string;
      kind: 'failed' | 'rejected';
      code: string;
      arrange: (kiosk: Awaited<ReturnType<typeof installed>>) => void | Promise<void>;
    }
    const faultAt = (kiosk: { host: MemoryFeedHost }, path: string | (() => string), fault: Fault) => {
      kiosk.host.fault = (requested) => (requested === (typeof path === 'string' ? path : path()) ? fault : undefined);
    };
    const objectOfV2 = (name: string) => () => objectPath(entryNamed(feeds.v2, name));
    const writesTo =
      (table: string): WriteFilter =>
      (name) =>
        name === table;

    const cases: FailureCase[] = [
      {
        step: 'manifest.json answers 503',
        kind: 'failed',
        code: 'http-status',
        arrange: (k) => faultAt(k, 'manifest.json', { kind: 'status', status: 503 }),
      },
      {
        step: 'manifest.json never arrives',
        kind: 'failed',
        code: 'stalled',
        arrange: (k) => faultAt(k, 'manifest.json', { kind: 'hang' }),
      },
      {
        step: 'one byte of manifest.json is altered',
        kind: 'rejected',
        code: 'signature',
        arrange: (k) => {
          const bytes = feeds.v2.manifestBytes.slice();
          // A digit of publishedAt, inside the signed part: still JSON, so only the signature can tell.
          const at = new TextDecoder().decode(bytes).indexOf('"publishedAt": "2026') + '"publishedAt": "202'.length;
          bytes[at] = bytes[at]! ^ 1;
          k.host.files.set('manifest.json', bytes);
        },
      },
      {
        step: 'the manifest is signed by an untrusted key',
        kind: 'rejected',
        code: 'signature',
        arrange: (k) => void k.host.publish(feeds.v2ByOther),
      },
      ...NEW_IN_V2.map((name): FailureCase => ({
        step: `the download of ${name} fails`,
        kind: 'failed',
        code: 'network',
        arrange: (k) => faultAt(k, objectOfV2(name), { kind: 'network' }),
      })),
      {
        step: 'the audio download breaks off midway',
        kind: 'failed',
        code: 'network',
        arrange: (k) => faultAt(k, objectOfV2('files/t01.ogg'), { kind: 'break-midway' }),
      },
      {
        step: 'an object does not hash to its manifest entry',
        kind: 'failed',
        code: 'object-hash',
        arrange: (k) => {
          const bytes = feeds.v2.objectBytes.get(entryNamed(feeds.v2, 'files/t01.ogg').sha256)!.slice();
          bytes[0] = bytes[0]! ^ 1;
          faultAt(k, objectOfV2('files/t01.ogg'), { kind: 'body', bytes });
        },
      },
      {
        step: 'an object arrives truncated',
        kind: 'failed',
        code: 'object-size',
        arrange: (k) => {
          const bytes = feeds.v2.objectBytes.get(entryNamed(feeds.v2, 'timeline.json').sha256)!;
          faultAt(k, objectOfV2('timeline.json'), { kind: 'body', bytes: bytes.slice(0, -1) });
        },
      },
      {
        step: 'an object arrives padded',
        kind: 'failed',
        code: 'object-size',
        arrange: (k) => {
          const bytes = feeds.v2.objectBytes.get(entryNamed(feeds.v2, 'timeline.json').sha256)!;
          faultAt(k, objectOfV2('timeline.json'), { kind: 'body', bytes: new Uint8Array([...bytes, 32, 32]) });
        },
      },
      {
        step: 'the signed exhibit document fails its schema',
        kind: 'rejected',
        code: 'object-format',
        arrange: (k) => void k.host.publish(feeds.badExhibit),
      },
      {
        step: 'a testimony refers to an object outside the feed',
        kind: 'rejected',
        code: 'object-format',
        arrange: (k) => void k.host.publish(feeds.foreignReference),
      },
      { step: 'the manifest has expired', kind: 'rejected', code: 'expired', arrange: (k) => void k.host.publish(feeds.expired) },
      {
        step: 'the feed is for another exhibit',
        kind: 'rejected',
        code: 'exhibit-mismatch',
        arrange: (k) => void k.host.publish(feeds.otherExhibit),
      },
      {
        step: 'an object cannot be written',
        kind: 'failed',
        code: 'InjectedFault',
        arrange: (k) => k.failWrites(writesTo('objects')),
      },
      {
        step: 'the switch transaction fails at its last write',
        kind: 'failed',
        code: 'InjectedFault',
        arrange: (k) => k.failWrites(writesTo('meta')),
      },
    ];

    it.each(cases)('keeps version 1 whole and logs the reason when $step', async ({ kind, code, arrange }) => {
      const kiosk = await installed(feeds.v1);
      kiosk.host.publish(feeds.v2);
      await arrange(kiosk);

      const outcome = await kiosk.sync();
      expect(outcome.kind).toBe(kind);
      expect('error' in outcome && errorCode(outcome.error)).toBe(code);
      kiosk.failWrites(null);
      await expectVersionReadable(kiosk.db, feeds.v1);
      expect((await kiosk.db.versions.get(1))?.state).toBe('active');
      expect((await readLog(kiosk.db, 1))[0]).toMatchObject({ level: kind === 'rejected' ? 'error' : 'warn', code });
    });

    it('covers every object that version 2 adds', () => {
      const added = feeds.v2.manifest.objects.filter((entry) => !hashesOf(feeds.v1).has(entry.sha256)).map((entry) => entry.name);
      expect(added.sort()).toEqual([...NEW_IN_V2].sort());
    });

    it('installs the new version when garbage collection fails, and collects on the next sync', async () => {
      const kiosk = await installed(feeds.v1, feeds.v2);
      kiosk.host.publish(feeds.v3);
      kiosk.failWrites((table, type) => table === 'objects' && type === 'delete');
      expect(await kiosk.sync()).toEqual({ kind: 'installed', version: 3 });
      await expectVersionReadable(kiosk.db, feeds.v3);
      expect((await readLog(kiosk.db, 1))[0]).toMatchObject({ level: 'warn', code: 'InjectedFault' });
      expect(await storedHashes(kiosk.db)).toEqual(
        new Set([...hashesOf(feeds.v1), ...hashesOf(feeds.v2), ...hashesOf(feeds.v3)]),
      );

      kiosk.failWrites(null);
      expect(await kiosk.sync()).toEqual({ kind: 'up-to-date', version: 3 });
      expect(await storedHashes(kiosk.db)).toEqual(new Set([...hashesOf(feeds.v2), ...hashesOf(feeds.v3)]));
    });
  });

  describe('after an interrupted download', () => {
    it('fetches only the objects still missing on the next sync', async () => {
      const { db, host, sync } = setup();
      host.publish(feeds.v1);
      let objectCalls = 0;
      host.fault = (path) => (path.startsWith('objects/') && ++objectCalls === 3 ? { kind: 'break-midway' } : undefined);
      expect(await sync()).toMatchObject({ kind: 'failed', error: { code: 'network' } });
      expect(await readActiveContent(db)).toBeNull();
      const storedAfterFirst = await storedHashes(db);
      expect(storedAfterFirst.size).toBeGreaterThan(0);
      expect(storedAfterFirst.size).toBeLessThan(feeds.v1.manifest.objects.length);

      host.fault = null;
      host.requests.length = 0;
      expect(await sync()).toEqual({ kind: 'installed', version: 1 });
      const refetched = host.objectRequests();
      expect(refetched).toHaveLength(feeds.v1.manifest.objects.length - storedAfterFirst.size);
      for (const entry of feeds.v1.manifest.objects) {
        expect(refetched.includes(objectPath(entry))).toBe(!storedAfterFirst.has(entry.sha256));
      }
      await expectVersionReadable(db, feeds.v1);
    });
  });

  describe('when the caller stops it', () => {
    it('ends aborted mid-download, logging and recording nothing, and keeps the installed version', async () => {
      const { db, host } = await installed(feeds.v1);
      const lastSync = await readMeta(db, 'lastSync');
      const logged = await readLog(db, 10);
      host.publish(feeds.v2);
      const controller = new AbortController();
      host.fault = (path) => {
        if (!path.startsWith('objects/')) return undefined;
        queueMicrotask(() => controller.abort());
        return { kind: 'hang' };
      };
      const target = targetTrusting([keys]);
      const outcome = await syncOnce(target, { db, fetch: host.fetch, now: () => NOW + 1 }, controller.signal);
      expect(outcome).toEqual({ kind: 'aborted' });
      expect(await readLog(db, 10)).toEqual(logged);
      expect(await readMeta(db, 'lastSync')).toEqual(lastSync);
      await expectVersionReadable(db, feeds.v1);
    });
  });

  describe('when an older signed feed is replayed', () => {
    it('rejects it as a rollback and keeps the newer version', async () => {
      const { db, host, sync } = await installed(feeds.v1, feeds.v2);
      host.publish(feeds.v1);
      expect(await sync()).toMatchObject({ kind: 'rejected', error: { code: 'rollback', installed: 2, offered: 1 } });
      expect(host.objectRequests()).toEqual([]);
      await expectVersionReadable(db, feeds.v2);
    });
  });

  describe('with a feed still in eske-feed/1 (manifest.json and manifest.sig)', () => {
    it('installs it, then an eske-feed/2 version over it', async () => {
      const { db, host, sync } = setup();
      host.publish(feeds.legacyV1);
      expect(await sync()).toEqual({ kind: 'installed', version: 1 });
      expect(host.requests.slice(0, 2)).toEqual(['manifest.json', 'manifest.sig']);
      await expectVersionReadable(db, feeds.legacyV1);
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 1 });

      host.publish(feeds.v2);
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      await expectVersionReadable(db, feeds.v2);
    });

    const legacyCases: {
      step: string;
      kind: 'failed' | 'rejected';
      code: string;
      arrange: (host: MemoryFeedHost) => Promise<void>;
    }[] = [
      {
        step: 'manifest.sig cannot be fetched',
        kind: 'failed',
        code: 'network',
        arrange: async (host) => {
          host.fault = (path) => (path === 'manifest.sig' ? { kind: 'network' } : undefined);
        },
      },
      {
        step: 'manifest.sig is missing',
        kind: 'failed',
        code: 'http-status',
        arrange: async (host) => void host.files.delete('manifest.sig'),
      },
      {
        step: 'manifest.sig is by an untrusted key',
        kind: 'rejected',
        code: 'signature',
        arrange: async (host) =>
          void host.files.set(
            'manifest.sig',
            new TextEncoder().encode(await signBytes(feeds.legacyV2.manifestBytes, otherKeys.privateKey)),
          ),
      },
    ];

    it.each(legacyCases)('keeps version 1 and logs the reason when $step', async ({ kind, code, arrange }) => {
      const kiosk = await installed(feeds.v1);
      kiosk.host.publish(feeds.legacyV2);
      await arrange(kiosk.host);
      expect(await kiosk.sync()).toMatchObject({ kind, error: { code } });
      await expectVersionReadable(kiosk.db, feeds.v1);
      expect((await readLog(kiosk.db, 1))[0]).toMatchObject({ code });
    });
  });

  describe('without an exhibitId in kiosk-config', () => {
    it('accepts the first exhibit, then refuses feeds of any other', async () => {
      const { db, host, sync } = await installed(feeds.v1);
      host.publish(feeds.otherExhibit);
      expect(await sync()).toMatchObject({ kind: 'rejected', error: { code: 'exhibit-mismatch' } });
      await expectVersionReadable(db, feeds.v1);
    });
  });

  describe('with objects larger than a chunk', () => {
    /** The audio (about 1 KB) and the documents go in chunks; the image and transcript stay whole. */
    const CHUNK_BYTES = 64;
    const chunkedHashes = async (db: EskeDb) => new Set(await db.objectChunks.orderBy('sha256').uniqueKeys());

    it('installs, re-downloads and installs the next version, every object reading back whole', async () => {
      const { db, host, sync } = setup({ chunkBytes: CHUNK_BYTES });
      host.publish(feeds.v1);
      expect(await sync()).toEqual({ kind: 'installed', version: 1 });
      expect(await chunkedHashes(db)).toContain(entryNamed(feeds.v1, 'files/t01.ogg').sha256);
      await expectVersionReadable(db, feeds.v1);
      expect(await sync('redownload')).toEqual({ kind: 'up-to-date', version: 1 });
      await expectVersionReadable(db, feeds.v1);
      host.publish(feeds.v2);
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      await expectVersionReadable(db, feeds.v2);
    });

    it('resumes an interrupted object from its last stored chunk on the next sync', async () => {
      const { db, host, sync } = setup({ chunkBytes: CHUNK_BYTES });
      host.publish(feeds.v1);
      const audio = entryNamed(feeds.v1, 'files/t01.ogg');
      host.fault = (path) => (path === objectPath(audio) ? { kind: 'break-after', bytes: 5 * CHUNK_BYTES + 10 } : undefined);
      expect(await sync()).toMatchObject({ kind: 'failed', error: { code: 'network' } });
      host.fault = null;
      host.requests.length = 0;
      host.ranges.length = 0;
      expect(await sync()).toEqual({ kind: 'installed', version: 1 });
      const audioRequests = host.requests.flatMap((path, i) => (path === objectPath(audio) ? [host.ranges[i]] : []));
      expect(audioRequests).toEqual([`bytes=${5 * CHUNK_BYTES}-`]);
      await expectVersionReadable(db, feeds.v1);
    });

    it('releases the chunks of a staged version that a newer install dropped', async () => {
      const { db, host, sync } = setup({ chunkBytes: CHUNK_BYTES });
      host.publish(feeds.v1);
      await sync();
      host.publish(feeds.v2);
      const audio = entryNamed(feeds.v2, 'files/t01.ogg');
      host.fault = (path) => (path === objectPath(audio) ? { kind: 'break-after', bytes: 3 * CHUNK_BYTES } : undefined);
      expect(await sync()).toMatchObject({ kind: 'failed' });
      expect(await chunkedHashes(db)).toContain(audio.sha256);
      host.fault = null;
      host.publish(feeds.v3);
      expect(await sync()).toEqual({ kind: 'installed', version: 3 });
      expect(await chunkedHashes(db)).not.toContain(audio.sha256);
      const kept = new Set([...hashesOf(feeds.v1), ...hashesOf(feeds.v3)]);
      for (const sha256 of await chunkedHashes(db)) expect(kept).toContain(sha256);
    });
  });

  describe('with an exhibitId in kiosk-config', () => {
    it('refuses a first feed of another exhibit', async () => {
      const { db, host, sync } = setup({ exhibitId: 'another-museum' });
      host.publish(feeds.v1);
      expect(await sync()).toMatchObject({ kind: 'rejected', error: { code: 'exhibit-mismatch' } });
      expect(await readActiveContent(db)).toBeNull();
    });
  });

  describe('when kiosk-config moves the kiosk to another exhibit', () => {
    const moved = (kiosk: Awaited<ReturnType<typeof installed>>) => () =>
      syncOnce(targetTrusting([keys], 1, 'another-museum'), { db: kiosk.db, fetch: kiosk.host.fetch, now: () => NOW });

    it('installs that exhibit’s lower version from scratch instead of refusing it as a rollback', async () => {
      const kiosk = await installed(feeds.v1, feeds.v2, feeds.v3);
      const sync = moved(kiosk);
      kiosk.host.publish(feeds.otherExhibit);
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      await expectVersionReadable(kiosk.db, feeds.otherExhibit);
      expect(await kiosk.db.versions.toCollection().primaryKeys()).toEqual([2]);
      expect(await storedHashes(kiosk.db)).toEqual(hashesOf(feeds.otherExhibit));
      expect((await readLog(kiosk.db, 2)).map((entry) => entry.code)).toEqual(['installed', 'exhibit-changed']);
      expect(await sync()).toEqual({ kind: 'up-to-date', version: 2 });
    });

    it.each([
      ['the host still serves the old exhibit', 'exhibit-mismatch', () => feeds.v3],
      ['the new exhibit’s feed is not signed by a trusted key', 'signature', () => feeds.otherExhibitByOther],
    ])('keeps every stored object of the old exhibit while %s', async (_, code, feed) => {
      const kiosk = await installed(feeds.v1, feeds.v2, feeds.v3);
      const before = await storedHashes(kiosk.db);
      kiosk.host.publish(feed());
      expect(await moved(kiosk)()).toMatchObject({ kind: 'rejected', error: { code } });
      expect(await storedHashes(kiosk.db)).toEqual(before);
      await expectVersionReadable(kiosk.db, feeds.v3);
    });
  });

  describe('when the manifest has expired by the kiosk’s clock', () => {
    it('installs it all the same on a first install, with a warning, so a wrong clock never leaves the kiosk blank', async () => {
      const { db, host, sync } = setup();
      host.publish(feeds.expired);
      expect(await sync()).toEqual({ kind: 'installed', version: 2 });
      await expectVersionReadable(db, feeds.expired);
      expect((await readLog(db, 2)).map((entry) => [entry.level, entry.code])).toEqual([
        ['info', 'installed'],
        ['warn', 'feed-expired'],
      ]);
    });

    it('stays on an installed version that has since expired, up to date', async () => {
      const kiosk = await installed(feeds.v1);
      const later = () =>
        syncOnce(targetTrusting([keys]), {
          db: kiosk.db,
          fetch: kiosk.host.fetch,
          now: () => Date.parse('2030-01-01T00:00:00Z'),
        });
      kiosk.host.publish(await buildMemoryFeed({ version: 3, expiresAt: '2026-06-01T00:00:00Z' }, keys));
      expect(await kiosk.sync()).toEqual({ kind: 'installed', version: 3 });
      expect(await later()).toEqual({ kind: 'up-to-date', version: 3 });
    });
  });
});
