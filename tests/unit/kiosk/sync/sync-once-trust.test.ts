// The attacks and faults of docs/trust.md against the real syncOnce, one case each: the feed is
// refused with a logged code, the installed version stays whole, and an endless or oversized
// response is cut off at its cap (the bytes the host sent are counted).

import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { errorCode } from '../../../../src/feed/error-code.ts';
import { MAX_MANIFEST_BYTES } from '../../../../src/feed/limits.ts';
import { objectPath } from '../../../../src/feed/manifest-schema.ts';
import { readLog } from '../../../../src/kiosk/storage/technician-log.ts';
import { buildMemoryFeed, STREAM_CHUNK_BYTES, targetTrusting, testKeys, type MemoryFeed } from './memory-feed.ts';
import { expectVersionReadable, install, storedHashes, testKiosk, type TestKiosk } from './test-kiosk.ts';

let keys: KeyPairText;
let secondKeys: KeyPairText;
let strangerKeys: KeyPairText;
const feeds = {} as Record<'v1' | 'v2' | 'v3' | 'v2ByStranger' | 'v2Expired' | 'v2DeepDocument' | 'v2BySecond', MemoryFeed>;

const MB = 1024 * 1024;
/** Past a cap, the chunk that crossed it and the one the stream had pulled ahead (its high-water mark). */
const SLACK_BYTES = 2 * STREAM_CHUNK_BYTES;
const DEEP = 100_000;
const deepJson = (open: string, close: string) => new TextEncoder().encode(`${open.repeat(DEEP)}1${close.repeat(DEEP)}`);

beforeAll(async () => {
  [keys, secondKeys, strangerKeys] = await Promise.all([testKeys(), testKeys(), testKeys()]);
  feeds.v1 = await buildMemoryFeed({ version: 1 }, [keys, secondKeys]);
  feeds.v2 = await buildMemoryFeed({ version: 2 }, [keys, secondKeys]);
  feeds.v3 = await buildMemoryFeed({ version: 3 }, [keys, secondKeys]);
  feeds.v2ByStranger = await buildMemoryFeed({ version: 2 }, strangerKeys);
  feeds.v2Expired = await buildMemoryFeed({ version: 2, expiresAt: '2026-05-09T00:00:00Z' }, [keys, secondKeys]);
  feeds.v2DeepDocument = await buildMemoryFeed({ version: 2, documentBytes: { exhibit: deepJson('{"a":', '}') } }, keys);
  feeds.v2BySecond = await buildMemoryFeed({ version: 2 }, secondKeys);
});

interface Refusal {
  attack: string;
  kind: 'rejected' | 'failed';
  code: string;
  /** SignatureError's reason, where the code is `signature`. */
  reason?: string;
  /** Arranges the attack on a host that serves version 2 to a kiosk with version 1 installed. */
  arrange: (kiosk: TestKiosk) => void;
  /** At most this many bytes may be read from an oversized response. */
  maxStreamedBytes?: () => number;
  /** The kiosk trusts both keys and needs both signatures. */
  threshold?: 2;
  /** What the kiosk has installed and must keep; version 1 unless said. */
  installed?: () => MemoryFeed;
}

const manifestText = (feed: MemoryFeed) => new TextDecoder().decode(feed.manifestBytes);
const withManifest = (kiosk: TestKiosk, text: string) => kiosk.host.files.set('manifest.json', new TextEncoder().encode(text));
const objectOf = (feed: MemoryFeed, name: string) => feed.manifest.objects.find((entry) => entry.name === name)!;

const refusals: Refusal[] = [
  {
    attack: 'a manifest with one byte changed',
    kind: 'rejected',
    code: 'signature',
    reason: 'invalid',
    arrange: (k) => withManifest(k, manifestText(feeds.v2).replace('"version": 2', '"version": 3')),
  },
  {
    attack: 'a manifest signed by an unknown key',
    kind: 'rejected',
    code: 'signature',
    reason: 'unknown-key',
    arrange: (k) => void k.host.publish(feeds.v2ByStranger),
  },
  {
    attack: 'a truncated signature',
    kind: 'rejected',
    code: 'signature',
    reason: 'malformed',
    arrange: (k) => {
      const envelope = JSON.parse(manifestText(feeds.v2)) as { signatures: { sig: string }[] };
      for (const signature of envelope.signatures) signature.sig = signature.sig.slice(0, 40);
      withManifest(k, JSON.stringify(envelope));
    },
  },
  {
    attack: 'too few signatures for the threshold',
    kind: 'rejected',
    code: 'signature',
    reason: 'threshold',
    threshold: 2,
    arrange: (k) => void k.host.publish(feeds.v2BySecond),
  },
  {
    attack: 'a valid signature lifted onto another manifest (mix and match)',
    kind: 'rejected',
    code: 'signature',
    reason: 'invalid',
    arrange: (k) => {
      const v2 = JSON.parse(manifestText(feeds.v2)) as { signed: unknown };
      const v3 = JSON.parse(manifestText(feeds.v3)) as { signatures: unknown };
      withManifest(k, JSON.stringify({ signed: v2.signed, signatures: v3.signatures }));
    },
  },
  {
    attack: 'an object whose hash does not match',
    kind: 'failed',
    code: 'object-hash',
    arrange: (k) => {
      const audio = objectOf(feeds.v2, 'files/t01.ogg');
      k.host.fault = (path) => (path === objectPath(audio) ? { kind: 'body', bytes: new Uint8Array(audio.bytes) } : undefined);
    },
  },
  {
    attack: 'an object of another version served at this one’s address (mix and match)',
    kind: 'failed',
    code: 'object-hash',
    arrange: (k) => {
      const [older, newer] = [objectOf(feeds.v1, 'timeline.json'), objectOf(feeds.v2, 'timeline.json')];
      const bytes = feeds.v1.objectBytes.get(older.sha256)!;
      // Same length, so only the hash can tell.
      const padded = new Uint8Array(newer.bytes).fill(0x20);
      padded.set(bytes.subarray(0, newer.bytes));
      k.host.fault = (path) => (path === objectPath(newer) ? { kind: 'body', bytes: padded } : undefined);
    },
  },
  {
    attack: 'a lower version (rollback)',
    kind: 'rejected',
    code: 'rollback',
    installed: () => feeds.v2,
    arrange: (k) => void k.host.publish(feeds.v1),
  },
  {
    attack: 'an expired manifest',
    kind: 'rejected',
    code: 'expired',
    arrange: (k) => void k.host.publish(feeds.v2Expired),
  },
  {
    attack: 'a 50 MB manifest',
    kind: 'rejected',
    code: 'manifest-too-large',
    maxStreamedBytes: () => MAX_MANIFEST_BYTES + SLACK_BYTES,
    arrange: (k) => {
      k.host.fault = (path) =>
        path === 'manifest.json' ? { kind: 'oversize', bytes: feeds.v2.manifestBytes, totalBytes: 50 * MB } : undefined;
    },
  },
  {
    attack: 'a manifest that never ends',
    kind: 'rejected',
    code: 'manifest-too-large',
    maxStreamedBytes: () => MAX_MANIFEST_BYTES + SLACK_BYTES,
    arrange: (k) => {
      k.host.fault = (path) =>
        path === 'manifest.json' ? { kind: 'oversize', bytes: feeds.v2.manifestBytes, totalBytes: Infinity } : undefined;
    },
  },
  {
    attack: 'an object longer than declared (50 MB where the manifest says less)',
    kind: 'failed',
    code: 'object-size',
    maxStreamedBytes: () => objectOf(feeds.v2, 'files/t01.ogg').bytes + SLACK_BYTES,
    arrange: (k) => {
      const audio = objectOf(feeds.v2, 'files/t01.ogg');
      const bytes = feeds.v2.objectBytes.get(audio.sha256)!;
      k.host.fault = (path) => (path === objectPath(audio) ? { kind: 'oversize', bytes, totalBytes: 50 * MB } : undefined);
    },
  },
  {
    attack: 'a manifest nested 100,000 deep',
    kind: 'rejected',
    code: 'manifest-format',
    arrange: (k) => void k.host.files.set('manifest.json', deepJson('{"signed":', '}')),
  },
  {
    attack: 'a manifest of arrays nested 100,000 deep',
    kind: 'rejected',
    code: 'manifest-format',
    arrange: (k) => void k.host.files.set('manifest.json', deepJson('[', ']')),
  },
  {
    attack: 'a signed exhibit document nested 100,000 deep',
    kind: 'rejected',
    code: 'object-format',
    arrange: (k) => void k.host.publish(feeds.v2DeepDocument),
  },
];

describe('syncOnce against a hostile or broken feed', () => {
  it.each(refusals)('refuses $attack, logs $code and keeps the installed version whole', async (refusal) => {
    const trusted = refusal.threshold ? targetTrusting([keys, secondKeys], 2) : targetTrusting([keys]);
    const kept = refusal.installed?.() ?? feeds.v1;
    const kiosk = await install(testKiosk(trusted), kept);
    const before = await storedHashes(kiosk.db);
    kiosk.host.publish(kept === feeds.v2 ? feeds.v3 : feeds.v2);
    refusal.arrange(kiosk);

    const outcome = await kiosk.sync();
    expect(outcome.kind).toBe(refusal.kind);
    const error = 'error' in outcome ? outcome.error : null;
    expect(error && errorCode(error)).toBe(refusal.code);
    if (refusal.reason) expect(error).toMatchObject({ reason: refusal.reason });
    if (refusal.maxStreamedBytes !== undefined) {
      expect(kiosk.host.streamedBytes).toBeGreaterThan(0);
      expect(kiosk.host.streamedBytes).toBeLessThanOrEqual(refusal.maxStreamedBytes());
    }
    const [logged] = await readLog(kiosk.db, 1);
    expect(logged).toMatchObject({ level: refusal.kind === 'rejected' ? 'error' : 'warn', code: refusal.code });
    await expectVersionReadable(kiosk.db, kept);
    expect((await kiosk.db.versions.get(kept.version))?.state).toBe('active');
    for (const sha256 of before) expect((await storedHashes(kiosk.db)).has(sha256)).toBe(true);
  });

  it('installs version 2 through the same harness when nothing is tampered with', async () => {
    const kiosk = await install(testKiosk(targetTrusting([keys, secondKeys], 2)), feeds.v1);
    kiosk.host.publish(feeds.v2);
    expect(await kiosk.sync()).toEqual({ kind: 'installed', version: 2 });
    await expectVersionReadable(kiosk.db, feeds.v2);
  });
});
