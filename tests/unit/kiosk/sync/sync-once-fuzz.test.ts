// A seeded fuzzer for sync (issue 10): 10,000 mutated manifests and objects against the real
// syncOnce on one fake-IndexedDB kiosk with version 1 installed. No mutation may throw out of
// sync, install anything or touch the installed content; each refusal is logged with its code.
// Mutations of the kiosk's own version 1 (bytes, JSON, signatures moved between manifests, both
// formats) can at best be that version again; signed ones (a leaked key) are pinned to version 1
// so that they too can only be "up to date"; objects of version 2 are each mutated, so it never
// completes. The seed is printed on a failure: FUZZ_SEED=… reruns that sequence, FUZZ_ITERATIONS=…
// runs longer.

import { beforeAll, describe, expect, it } from 'vitest';
import { signEnvelope } from '../../../../src/curator/sign-envelope.ts';
import type { KeyPairText } from '../../../../src/feed/ed25519.ts';
import { errorCode } from '../../../../src/feed/error-code.ts';
import { envelopeFileBytes } from '../../../../src/feed/manifest-envelope.ts';
import { objectPath } from '../../../../src/feed/manifest-schema.ts';
import { readMeta } from '../../../../src/kiosk/storage/eske-db.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';
import { syncOnce, type SyncDependencies } from '../../../../src/kiosk/sync/sync-once.ts';
import { createTestDb } from '../storage/test-db.ts';
import { buildMemoryFeed, MemoryFeedHost, targetTrusting, testKeys, type MemoryFeed } from './memory-feed.ts';
import { expectVersionReadable, NOW } from './test-kiosk.ts';
import { SeededRandom } from '../../../../src/synthetic-register/seeded-random.ts';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_531);
/**
 * Kiosks fuzzed side by side, each on its own store and its own seed (SEED + lane): a sync spends
 * most of its time waiting on fake-indexeddb's scheduling, which lanes overlap.
 */
const LANES = 4;
/** Only an `installed` outcome moves the active version; the pointer is read back this often to be sure. */
const ACTIVE_CHECK_EVERY = 100;
/** The full read-back of version 1 is slow next to one sync; it runs this often, and at the end. */
const FULL_CHECK_EVERY = 1_000;

type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: Random, below: number) => Math.floor(rnd() * below);

const encoder = new TextEncoder();
/** Tokens a hostile file is made of: JSON's own punctuation, odd numbers, broken UTF-8 and escapes. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  'null',
  'true',
  '-0',
  '1e999',
  '1e-400',
  '"\\ud800"',
  '\u0000',
  '__proto__',
  '{"__proto__":{"x":1}}',
].map((token) => encoder.encode(token));
const RAW_TOKENS = [new Uint8Array([0xff]), new Uint8Array([0xc3]), new Uint8Array([0xef, 0xbb, 0xbf])];

/** One byte-level change that always changes something (a length or at least one bit). */
function mutateBytes(rnd: Random, bytes: Uint8Array): Uint8Array {
  const at = int(rnd, bytes.length + 1);
  const span = 1 + int(rnd, 64);
  const insert = (extra: Uint8Array) => concat(bytes.subarray(0, at), extra, bytes.subarray(at));
  switch (int(rnd, 8)) {
    case 0: {
      const out = bytes.slice();
      const i = Math.min(at, out.length - 1);
      out[i] = out[i]! ^ (1 << int(rnd, 8));
      return out;
    }
    case 1:
      return insert(pick(rnd, TOKENS));
    case 2:
      return insert(pick(rnd, RAW_TOKENS));
    case 3:
      return concat(
        bytes.subarray(0, at),
        bytes.subarray(Math.min(bytes.length, at + span)),
        at >= bytes.length ? TOKENS[0]! : new Uint8Array(),
      );
    case 4:
      return bytes.subarray(0, Math.min(at, bytes.length - 1));
    case 5:
      return insert(bytes.subarray(at, at + span).length ? bytes.slice(at, at + span) : TOKENS[1]!);
    case 6: {
      const out = bytes.slice();
      for (let i = 0; i < span && at + i < out.length; i++) out[at + i] = int(rnd, 256);
      if (out.every((byte, i) => byte === bytes[i])) return insert(TOKENS[2]!);
      return out;
    }
    default:
      // Nesting far past any cap, spliced in as text: no JSON.stringify could write it.
      return insert(encoder.encode(`${'['.repeat(10_000 + int(rnd, 90_000))}`));
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Every container and leaf of a JSON value, with a way to replace or remove it. */
function slots(value: unknown): { get: () => unknown; set: (next: unknown) => void; remove: () => void }[] {
  const found: ReturnType<typeof slots> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    const container = node as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      found.push({
        get: () => container[key],
        set: (next) => (container[key] = next),
        remove: () => (Array.isArray(container) ? container.splice(Number(key), 1) : delete container[key]),
      });
      walk(container[key]);
    }
  };
  walk(value);
  return found;
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  2 ** 53 + 2,
  1e308,
  '',
  'x'.repeat(5_000),
  'Сәкен Сейфуллин',
  '\u202e',
  [],
  {},
  { __proto__: null, constructor: 'x' },
  ['a'.repeat(64)],
  '2026-13-45T99:99:99Z',
  'objects/../../etc/passwd',
];

/** One JSON-level change to `value` (in place): a value replaced, a key gone or added, a list grown. */
function mutateJson(rnd: Random, value: Record<string, unknown>): void {
  const all = slots(value);
  if (all.length === 0) return void (value.extra = pick(rnd, ODD_VALUES));
  const slot = pick(rnd, all);
  switch (int(rnd, 5)) {
    case 0:
      return slot.set(structuredClone(pick(rnd, ODD_VALUES)));
    case 1:
      return void slot.remove();
    case 2: {
      const current = slot.get();
      if (Array.isArray(current)) current.push(pick(rnd, ODD_VALUES));
      else if (current && typeof current === 'object') {
        (current as Record<string, unknown>)[pick(rnd, ['extra', '__proto__', 'constructor', '0'])] = pick(rnd, ODD_VALUES);
      } else slot.set([current, current]);
      return;
    }
    case 3: {
      const current = slot.get();
      if (Array.isArray(current)) current.push(...current.slice(0, 1 + int(rnd, 3)));
      else slot.set(typeof current === 'number' ? -current || 1 : `${JSON.stringify(current)}`);
      return;
    }
    default:
      return slot.set({ wrapped: slot.get() });
  }
}

let keys: KeyPairText;
let strangerKeys: KeyPairText;
const feeds = {} as Record<'v1' | 'v2' | 'v3' | 'legacyV1' | 'v1ByStranger', MemoryFeed>;

beforeAll(async () => {
  [keys, strangerKeys] = await Promise.all([testKeys(), testKeys()]);
  feeds.v1 = await buildMemoryFeed({ version: 1 }, keys);
  feeds.v2 = await buildMemoryFeed({ version: 2 }, keys);
  feeds.v3 = await buildMemoryFeed({ version: 3 }, keys);
  feeds.legacyV1 = await buildMemoryFeed({ version: 1, format: 'eske-feed/1' }, keys);
  feeds.v1ByStranger = await buildMemoryFeed({ version: 1 }, strangerKeys);
});

/** Serves one mutation of a feed on `host`; says which kind it was. */
async function serveMutation(rnd: Random, host: MemoryFeedHost): Promise<string> {
  host.fault = null;
  const kind = rnd();
  if (kind < 0.45) {
    const base = pick(rnd, [feeds.v1, feeds.v1, feeds.legacyV1]);
    host.publish(base);
    if (base.detachedSignature !== null && rnd() < 0.3) {
      host.files.set('manifest.sig', mutateBytes(rnd, encoder.encode(base.detachedSignature)) as Uint8Array<ArrayBuffer>);
      return 'manifest.sig bytes';
    }
    let bytes: Uint8Array = base.manifestBytes;
    for (let n = 1 + int(rnd, 3); n > 0; n--) bytes = mutateBytes(rnd, bytes);
    host.files.set('manifest.json', bytes as Uint8Array<ArrayBuffer>);
    return 'manifest bytes';
  }
  if (kind < 0.7) {
    host.publish(feeds.v1);
    const envelope = JSON.parse(new TextDecoder().decode(feeds.v1.manifestBytes)) as Record<string, unknown>;
    // Mix and match: signatures of another manifest or key, or none, or many.
    const donor = pick(rnd, [feeds.v2, feeds.v3, feeds.v1ByStranger, feeds.v1]);
    if (rnd() < 0.3) envelope.signatures = pick(rnd, [donor.signatures, [], Array(20).fill(donor.signatures[0])]);
    for (let n = 1 + int(rnd, 3); n > 0; n--) mutateJson(rnd, envelope);
    host.files.set('manifest.json', encoder.encode(JSON.stringify(envelope)));
    return 'manifest JSON';
  }
  if (kind < 0.85) {
    host.publish(feeds.v1);
    const signed = structuredClone(feeds.v1.manifest) as Record<string, unknown>;
    for (let n = 1 + int(rnd, 3); n > 0; n--) mutateJson(rnd, signed);
    // Pinned at or below the installed version: signed content may only ever be "up to date" or refused.
    if (typeof signed.version === 'number') signed.version = Math.min(1, signed.version);
    try {
      host.files.set('manifest.json', envelopeFileBytes(await signEnvelope(signed, [keys])) as Uint8Array<ArrayBuffer>);
    } catch {
      // Nothing canonical to sign (a value JSON cannot hold): the mutation is served unsigned.
      host.files.set('manifest.json', encoder.encode(JSON.stringify({ signed, signatures: feeds.v1.signatures })));
    }
    return 'signed manifest (a leaked key)';
  }
  host.publish(feeds.v2);
  // Every object version 2 adds is changed, so the version can never complete; half the time in
  // place (one bit), which only the hash can tell.
  const sameLength = rnd() < 0.5;
  const served = new Map(
    newInV2().map((entry) => {
      const original = feeds.v2.objectBytes.get(entry.sha256)!;
      const bytes = sameLength ? original.slice() : mutateBytes(rnd, original);
      if (sameLength) {
        const at = int(rnd, bytes.length);
        bytes[at] = bytes[at]! ^ (1 << int(rnd, 8));
      }
      return [objectPath(entry), bytes as Uint8Array<ArrayBuffer>];
    }),
  );
  host.fault = (path) => {
    const bytes = served.get(path);
    return bytes ? { kind: 'body', bytes } : undefined;
  };
  return 'objects';
}

const newInV2 = () => feeds.v2.manifest.objects.filter((entry) => !feeds.v1.objectBytes.has(entry.sha256));

/** One kiosk with version 1 installed, put through `iterations` mutations; counts outcomes by code. */
async function runLane(lane: number, iterations: number, outcomes: Map<string, number>): Promise<void> {
  const generator = new SeededRandom(SEED + lane);
  const rnd: Random = () => generator.next();
  const { db } = createTestDb();
  const host = new MemoryFeedHost();
  const lines: LogLine[] = [];
  const dependencies: SyncDependencies = { db, fetch: host.fetch, now: () => NOW, logger: (line) => void lines.push(line) };
  const target = targetTrusting([keys]);
  host.publish(feeds.v1);
  expect(await syncOnce(target, dependencies)).toEqual({ kind: 'installed', version: 1 });

  for (let iteration = 0; iteration < iterations; iteration++) {
    const mutation = await serveMutation(rnd, host);
    lines.length = 0;
    const where = `seed ${SEED}, lane ${lane}, iteration ${iteration} (${mutation})`;
    const outcome = await syncOnce(target, dependencies).catch((error: unknown) => {
      throw new Error(`${where}: syncOnce threw ${String(error)}`);
    });
    const context = `${where}: ${JSON.stringify(outcome)}`;
    expect(['rejected', 'failed', 'up-to-date'], context).toContain(outcome.kind);
    const code = 'error' in outcome ? errorCode(outcome.error) : outcome.kind;
    if ('error' in outcome)
      expect(
        lines.map((line) => line.code),
        context,
      ).toContain(code);
    outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    if ((iteration + 1) % ACTIVE_CHECK_EVERY === 0) expect(await readMeta(db, 'activeVersion'), context).toBe(1);
    if ((iteration + 1) % FULL_CHECK_EVERY === 0) await expectVersionReadable(db, feeds.v1);
  }
  await expectVersionReadable(db, feeds.v1);
}

describe('syncOnce under a seeded fuzzer', () => {
  it(
    `survives ${ITERATIONS.toLocaleString('en-US')} mutated manifests and objects with version 1 untouched (seed ${SEED})`,
    { timeout: 600_000 },
    async () => {
      const outcomes = new Map<string, number>();
      await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane, Math.ceil(ITERATIONS / LANES), outcomes)));
      // The mutations reached every check, not just the first one.
      expect([...outcomes.keys()]).toEqual(
        expect.arrayContaining(['manifest-format', 'signature', 'object-hash', 'object-size', 'up-to-date']),
      );
    },
  );
});
