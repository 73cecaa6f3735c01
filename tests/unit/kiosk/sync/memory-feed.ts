// A feed built in memory and signed with the real feed and curator code (eske-feed/2 by default,
// or eske-feed/1 with its detached manifest.sig), and a fake host that serves it through a
// fetch-shaped function (Range requests as a static host answers them), counts requests and
// bytes sent, and injects faults.
// Versions share some objects (exhibit, image, transcript, names shard 0) and not others
// (timeline, testimonies, audio, names shard 1), as a curator's edit would.

import type { ExhibitDoc, NamesShard, TestimoniesDoc, TimelineDoc } from '../../../../src/feed/content-schema.ts';
import { signEnvelope } from '../../../../src/curator/sign-envelope.ts';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../../src/feed/ed25519.ts';
import { envelopeFileBytes, signedBytesOf, type FeedSignature } from '../../../../src/feed/manifest-envelope.ts';
import {
  FEED_FORMAT,
  LEGACY_FEED_FORMAT,
  objectPath,
  type FeedFormat,
  type Manifest,
  type ObjectEntry,
  type ObjectRole,
  type ObjectType,
} from '../../../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../../../src/feed/sha256.ts';
import type { FetchLike } from '../../../../src/kiosk/sync/fetch-feed-file.ts';
import type { FeedTarget } from '../../../../src/kiosk/sync/feed-target.ts';

export const FEED_URL = 'https://museum.example/feed/';
export const EXHIBIT_ID = 'alzhir-memorial';

export interface FeedSpec {
  version: number;
  exhibitId?: string;
  expiresAt?: string;
  /** Replaces a document with any JSON value (a signed feed with a schema violation). */
  documentOverrides?: Partial<Record<DocumentName, unknown>>;
  /** Replaces a document with these bytes, JSON or not (JSON.stringify cannot write 100,000 levels). */
  documentBytes?: Partial<Record<DocumentName, Uint8Array<ArrayBuffer>>>;
  /** Default eske-feed/2. */
  format?: FeedFormat;
}

type DocumentName = 'exhibit' | 'timeline' | 'testimonies';

export interface MemoryFeed {
  version: number;
  format: FeedFormat;
  manifest: Manifest;
  /** manifest.json as served. */
  manifestBytes: Uint8Array<ArrayBuffer>;
  /** What the signatures cover: the canonical `signed` part (eske-feed/2) or manifestBytes (eske-feed/1). */
  signedBytes: Uint8Array;
  signatures: FeedSignature[];
  /** manifest.sig's text, for eske-feed/1 only. */
  detachedSignature: string | null;
  documents: { exhibit: ExhibitDoc; timeline: TimelineDoc; testimonies: TestimoniesDoc; names: NamesShard[] };
  /** Every object's bytes by sha256. */
  objectBytes: Map<string, Uint8Array<ArrayBuffer>>;
}

const encoder = new TextEncoder();

export function testKeys(): Promise<KeyPairText> {
  return generateKeyPair();
}

/** A kiosk's target that trusts `keys`, `threshold` of them needed. */
export function targetTrusting(keys: readonly KeyPairText[], threshold = 1, exhibitId: string | null = null): FeedTarget {
  return { feedUrl: FEED_URL, trust: { keys: keys.map(({ publicKey }) => ({ publicKey })), threshold }, exhibitId };
}

/** Signed by each of `signers` (eske-feed/1: by the first). */
export async function buildMemoryFeed(spec: FeedSpec, signers: KeyPairText | readonly KeyPairText[]): Promise<MemoryFeed> {
  const edition = `edition ${spec.version}`;
  const objects: ObjectEntry[] = [];
  const objectBytes = new Map<string, Uint8Array<ArrayBuffer>>();
  const add = async (role: ObjectRole, name: string, type: ObjectType, bytes: Uint8Array<ArrayBuffer>, records?: number) => {
    const sha256 = await sha256Hex(bytes);
    objects.push({ sha256, bytes: bytes.length, type, role, name, ...(records === undefined ? {} : { records }) });
    objectBytes.set(sha256, bytes);
    return sha256;
  };
  const addJson = (role: ObjectRole, name: string, value: unknown, records?: number) =>
    add(role, name, 'application/json', encoder.encode(JSON.stringify(value)), records);

  const image = await add('media', 'files/steppe.png', 'image/png', new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]));
  const audio = await add('media', 'files/t01.ogg', 'audio/ogg', encoder.encode(`OggS audio of ${edition} `.repeat(40)));
  const transcript = await add(
    'media',
    'files/t01.kk.vtt',
    'text/vtt',
    encoder.encode('WEBVTT\n\n00:00.000 --> 00:04.000\nЕске алу\n'),
  );

  const exhibit: ExhibitDoc = {
    id: spec.exhibitId ?? EXHIBIT_ID,
    demo: true,
    title: { kk: 'АЛЖИР', ru: 'АЛЖИР', en: 'ALZhIR' },
    languages: ['kk', 'ru', 'en'],
    defaultLanguage: 'kk',
    sections: ['timeline', 'testimonies', 'names'],
    eras: [{ id: 'terror', from: 1937, to: 1938, title: { kk: 'Қуғын', ru: 'Террор', en: 'Terror' } }],
    attract: [{ text: { kk: 'Еске алу', ru: 'Помнить', en: 'Remember' }, image: { media: image, alt: { en: 'Steppe' } } }],
    places: [],
    keywords: [],
  };
  const timeline: TimelineDoc = {
    events: [
      {
        id: 'order-00447',
        date: '1937-07-30',
        era: 'terror',
        title: { en: `Order No. 00447 (${edition})` },
        body: { en: 'The mass operation begins.' },
        source: 'Archive, fund 1',
        images: [{ media: image, alt: { en: 'Steppe' } }],
        links: { testimonies: ['t01'], names: ['1'], places: [] },
      },
    ],
  };
  const testimonies: TestimoniesDoc = {
    testimonies: [
      {
        id: 't01',
        title: { en: `A daughter remembers (${edition})` },
        speaker: { en: 'A. K.' },
        recorded: '1989',
        media: { kind: 'audio', object: audio },
        mediaLanguage: 'kk',
        synthetic: true,
        transcripts: { kk: transcript },
        summary: { en: 'Synthetic demo testimony.' },
        chapters: [],
      },
    ],
  };
  const names: NamesShard[] = [
    { shard: 0, shardCount: 2, records: [{ id: '1', surname: 'Сейфуллин', givenName: 'Сәкен', birthYear: 1894 }] },
    { shard: 1, shardCount: 2, records: [{ id: '2', surname: 'Байтұрсынұлы', givenName: 'Ахмет', fate: edition }] },
  ];
  const overrides = spec.documentOverrides ?? {};
  const addDocument = (role: DocumentName, value: unknown) => {
    const bytes = spec.documentBytes?.[role];
    return bytes ? add(role, `${role}.json`, 'application/json', bytes) : addJson(role, `${role}.json`, overrides[role] ?? value);
  };
  await addDocument('exhibit', exhibit);
  await addDocument('timeline', timeline);
  await addDocument('testimonies', testimonies);
  for (const shard of names) await addJson('names', `names shard ${shard.shard}`, shard, shard.records.length);

  const format = spec.format ?? FEED_FORMAT;
  const manifest: Manifest = {
    format,
    exhibitId: spec.exhibitId ?? EXHIBIT_ID,
    version: spec.version,
    publishedAt: '2026-05-01T09:00:00Z',
    ...(spec.expiresAt ? { expiresAt: spec.expiresAt } : {}),
    languages: ['kk', 'ru', 'en'],
    defaultLanguage: 'kk',
    objects,
  };
  const keys = Array.isArray(signers) ? (signers as readonly KeyPairText[]) : [signers as KeyPairText];
  const documents = { exhibit, timeline, testimonies, names };
  if (format === LEGACY_FEED_FORMAT) {
    const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2));
    const detachedSignature = await signBytes(manifestBytes, keys[0]!.privateKey);
    return {
      version: spec.version,
      format,
      manifest,
      manifestBytes,
      signedBytes: manifestBytes,
      signatures: [],
      detachedSignature,
      documents,
      objectBytes,
    };
  }
  const envelope = await signEnvelope(manifest, keys);
  const manifestBytes = envelopeFileBytes(envelope) as Uint8Array<ArrayBuffer>;
  const signedBytes = signedBytesOf(envelope.signed);
  return {
    version: spec.version,
    format,
    manifest,
    manifestBytes,
    signedBytes,
    signatures: envelope.signatures,
    detachedSignature: null,
    documents,
    objectBytes,
  };
}

/** What the host does to one request instead of answering it normally. */
export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'network' }
  /** Sends half the body, then the connection drops. */
  | { kind: 'break-midway' }
  /** Sends this many bytes of the answer, then the connection drops. */
  | { kind: 'break-after'; bytes: number }
  /** Answers 200 with these bytes instead. */
  | { kind: 'body'; bytes: Uint8Array<ArrayBuffer> }
  /** Sends the answer, then the same bytes again and again, without end. */
  | { kind: 'endless' }
  /** Never answers until the request is aborted. */
  | { kind: 'hang' }
  /**
   * Answers 200 with `bytes`, then spaces up to `totalBytes` (Infinity: never ending), pulled a
   * chunk at a time; `streamedBytes` counts what the reader actually took.
   */
  | { kind: 'oversize'; bytes: Uint8Array<ArrayBuffer>; totalBytes: number };

/** Bytes per chunk of an `oversize` body, as a network stack hands them over. */
export const STREAM_CHUNK_BYTES = 64 * 1024;

export class MemoryFeedHost {
  readonly files = new Map<string, Uint8Array<ArrayBuffer>>();
  /** Feed-relative paths in the order requested. */
  readonly requests: string[] = [];
  /** Requests seen with their RequestInit, for checks on cache modes. */
  readonly inits: { path: string; init: RequestInit }[] = [];
  fault: ((path: string) => Fault | undefined) | null = null;
  /** Bytes taken from `oversize` bodies. */
  streamedBytes = 0;
  /** False for a host that ignores Range and always sends the whole file (status 200). */
  honoursRange = true;
  /** The `Range` header of each request, null where there was none, in request order. */
  readonly ranges: (string | null)[] = [];
  /** Body bytes handed to the kiosk, the reason a resumed download must be cheaper. */
  sentBytes = 0;

  /** Replaces manifest.json (and an eske-feed/1 manifest.sig); objects accumulate, as on a real static host. */
  publish(feed: MemoryFeed): this {
    this.files.set('manifest.json', feed.manifestBytes);
    if (feed.detachedSignature === null) this.files.delete('manifest.sig');
    else this.files.set('manifest.sig', encoder.encode(feed.detachedSignature));
    for (const entry of feed.manifest.objects) this.files.set(objectPath(entry), feed.objectBytes.get(entry.sha256)!);
    return this;
  }

  objectRequests(): string[] {
    return this.requests.filter((path) => path.startsWith('objects/'));
  }

  readonly fetch: FetchLike = async (url, init) => {
    if (!url.startsWith(FEED_URL)) throw new TypeError(`unexpected URL ${url}`);
    const path = url.slice(FEED_URL.length);
    this.requests.push(path);
    this.inits.push({ path, init });
    const range = new Headers(init.headers).get('range');
    this.ranges.push(range);
    const fault = this.fault?.(path);
    const file = this.files.get(path);
    const answer = file ? this.#answer(file, range) : null;
    const bytes = answer?.bytes ?? file;
    switch (fault?.kind) {
      case 'status':
        return new Response('unavailable', { status: fault.status });
      case 'network':
        throw new TypeError('fetch failed');
      case 'body':
        return new Response(this.#sent(fault.bytes));
      case 'break-midway':
        return new Response(
          brokenStream(this.#sent((bytes ?? new Uint8Array(2)).slice(0, Math.floor((bytes?.length ?? 2) / 2)))),
        );
      case 'break-after':
        return new Response(brokenStream(this.#sent((bytes ?? new Uint8Array(0)).slice(0, fault.bytes))), answer?.init);
      case 'endless':
        return new Response(endlessStream(bytes ?? new Uint8Array(1), (count) => (this.sentBytes += count)));
      case 'hang':
        return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
      case 'oversize':
        return new Response(this.#oversizeStream(fault.bytes, fault.totalBytes));
      default:
        return answer ? new Response(this.#sent(answer.bytes), answer.init) : new Response('not found', { status: 404 });
    }
  };

  #oversizeStream(bytes: Uint8Array<ArrayBuffer>, totalBytes: number): ReadableStream<Uint8Array> {
    let sent = 0;
    const filler = new Uint8Array(STREAM_CHUNK_BYTES).fill(0x20);
    return new ReadableStream({
      pull: (controller) => {
        if (sent >= totalBytes) return controller.close();
        const chunk = sent < bytes.length ? bytes.subarray(sent, sent + STREAM_CHUNK_BYTES) : filler;
        const take = chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += take.length;
        this.streamedBytes += take.length;
        controller.enqueue(take.slice());
      },
    });
  }

  /** What a static host sends for `range` (only the `bytes=N-` form sync asks for). */
  #answer(file: Uint8Array<ArrayBuffer>, range: string | null): { bytes: Uint8Array<ArrayBuffer>; init?: ResponseInit } {
    const from = /^bytes=(\d+)-$/.exec(range ?? '')?.[1];
    if (!this.honoursRange || from === undefined) return { bytes: file };
    const start = Number(from);
    if (start >= file.length) return { bytes: new Uint8Array(0), init: { status: 416 } };
    return {
      bytes: file.slice(start),
      init: { status: 206, headers: { 'Content-Range': `bytes ${start}-${file.length - 1}/${file.length}` } },
    };
  }

  #sent(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    this.sentBytes += bytes.length;
    return bytes;
  }
}

/** Sends `bytes`, then fails as a dropped connection does. */
function brokenStream(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new TypeError('terminated'));
      sent = true;
      controller.enqueue(bytes);
    },
  });
}

function endlessStream(bytes: Uint8Array<ArrayBuffer>, onSent: (count: number) => void): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      onSent(bytes.length);
      controller.enqueue(bytes.slice());
    },
  });
}
