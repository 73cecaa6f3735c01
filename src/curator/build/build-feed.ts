// One build: read and check the content folder, write every object, then sign and publish the
// manifest as version N+1 (DESIGN §4). Publishes nothing when the objects are the same as the
// published version's, so running it on every `npm start` costs kiosks nothing.

import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { exhibitDocSchema, testimoniesDocSchema, timelineDocSchema } from '../../feed/content-schema.ts';
import { signBytes, verifySignature } from '../../feed/ed25519.ts';
import { MAX_MANIFEST_BYTES } from '../../feed/limits.ts';
import type { Manifest, ObjectEntry, ObjectRole } from '../../feed/manifest-schema.ts';
import { parseWithSchema } from '../../feed/parse-with-schema.ts';
import { sha256Hex } from '../../feed/sha256.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { readContentFolder, type ContentFolder } from '../content/read-content-folder.ts';
import { Report } from '../report.ts';
import type { SigningKey } from '../signing-key.ts';
import { buildExhibitDoc, buildTestimoniesDoc, buildTimelineDoc } from './build-documents.ts';
import { prepareFeedFolder, publishManifest, readPublishedManifest, writeObject, type PublishedManifest } from './feed-folder.ts';
import { makeManifest, manifestBytes, sameObjects } from './make-manifest.ts';
import { RegisterShardCollector } from './shard-register.ts';

export interface BuildFeedOptions {
  contentDir: string;
  feedDir: string;
  key: SigningKey;
  /** Any error, even one bad register row, stops the build. */
  strict: boolean;
  expiresInDays: number | null;
  now: Date;
  /** Progress lines for a person watching a long build. */
  progress: (text: string) => void;
}

export type BuildResult =
  | { outcome: 'stopped'; report: Report }
  | { outcome: 'unchanged'; report: Report; published: Manifest }
  | {
      outcome: 'published';
      report: Report;
      manifest: Manifest;
      newObjects: number;
      newBytes: number;
      records: number;
      shards: number;
    };

/** Report shard progress this often on registers with many shards. */
const PROGRESS_EVERY_SHARDS = 16;

async function isSignedBy(published: PublishedManifest, publicKey: string): Promise<boolean> {
  if (published.signature === null) return false;
  try {
    await verifySignature(published.bytes, published.signature, [publicKey]);
    return true;
  } catch {
    return false;
  }
}

/** A document the builder made must fit the contract it is read with; if not, it is a bug here. */
function checkedJson<S extends z.ZodType>(schema: S, doc: z.output<S>, name: string): Uint8Array {
  const checked = parseWithSchema(schema, doc);
  if (!checked.ok) throw new Error(`built ${name} does not fit its schema: ${checked.problems.slice(0, 3).join('; ')}`);
  return new TextEncoder().encode(JSON.stringify(doc));
}

class ObjectWriter {
  readonly entries: ObjectEntry[] = [];
  newObjects = 0;
  newBytes = 0;
  constructor(readonly feedDir: string) {}

  async add(role: ObjectRole, name: string, type: ObjectEntry['type'], bytes: Uint8Array, records?: number): Promise<string> {
    const entry: ObjectEntry = {
      sha256: await sha256Hex(bytes),
      bytes: bytes.length,
      type,
      role,
      name,
      ...(records !== undefined && { records }),
    };
    // Two content files with the same bytes are one object.
    if (this.entries.some((other) => other.sha256 === entry.sha256)) return entry.sha256;
    if (await writeObject(this.feedDir, entry, bytes)) {
      this.newObjects++;
      this.newBytes += bytes.length;
    }
    this.entries.push(entry);
    return entry.sha256;
  }
}

async function writeMedia(content: ContentFolder, writer: ObjectWriter): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const [file, media] of [...content.media].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(media.absolutePath);
    } catch (error) {
      throw new CliError(`${file}: cannot read: ${describeFsError(error)}`);
    }
    hashes.set(file, await writer.add('media', file, media.type, bytes));
  }
  return hashes;
}

export async function buildFeed(options: BuildFeedOptions): Promise<BuildResult> {
  await prepareFeedFolder(options.feedDir);
  const published = await readPublishedManifest(options.feedDir);
  const register = new RegisterShardCollector();
  try {
    return await buildInto(options, published, register);
  } finally {
    register.dispose();
  }
}

async function buildInto(
  options: BuildFeedOptions,
  published: PublishedManifest | null,
  register: RegisterShardCollector,
): Promise<BuildResult> {
  const { feedDir, progress } = options;
  const report = new Report();
  const content = await readContentFolder(options.contentDir, report, {
    onNameRecord: (record) => register.add(record),
    onProgress: (file, rows) => progress(`${file}: ${rows.toLocaleString('en-US')} rows read`),
  });
  if (!content || report.blockingErrorCount > 0 || (options.strict && report.errorCount > 0))
    return { outcome: 'stopped', report };

  // Objects first; the manifest that names them is written last.
  const media = new ObjectWriter(feedDir);
  const mediaHashes = await writeMedia(content, media);
  const docs = new ObjectWriter(feedDir);
  const json = 'application/json';
  await docs.add('exhibit', 'exhibit', json, checkedJson(exhibitDocSchema, buildExhibitDoc(content, mediaHashes), 'exhibit'));
  await docs.add(
    'timeline',
    'timeline',
    json,
    checkedJson(timelineDocSchema, buildTimelineDoc(content, mediaHashes), 'timeline'),
  );
  await docs.add(
    'testimonies',
    'testimonies',
    json,
    checkedJson(testimoniesDocSchema, buildTestimoniesDoc(content, mediaHashes), 'testimonies'),
  );
  let shardCount = 0;
  for (const shard of register.shards()) {
    shardCount = shard.shardCount;
    await docs.add('names', `names shard ${shard.shard}`, json, shard.bytes, shard.records);
    const done = shard.shard + 1;
    if (shard.shardCount > PROGRESS_EVERY_SHARDS && (done % PROGRESS_EVERY_SHARDS === 0 || done === shard.shardCount)) {
      progress(`names: ${done} of ${shard.shardCount} shards written`);
    }
  }
  const objects = [...docs.entries, ...media.entries];

  if (published && published.manifest.exhibitId !== content.exhibit.id) {
    progress(
      `warning: ${feedDir} held exhibit "${published.manifest.exhibitId}"; kiosks set to it will refuse "${content.exhibit.id}"`,
    );
  }
  // Re-signing only for a new expiry, a new key or an expired feed (which every kiosk refuses);
  // otherwise unchanged content is not republished.
  if (
    published &&
    options.expiresInDays === null &&
    (published.manifest.expiresAt === undefined || Date.parse(published.manifest.expiresAt) > options.now.getTime()) &&
    published.manifest.exhibitId === content.exhibit.id &&
    sameObjects(published.manifest.objects, objects) &&
    (await isSignedBy(published, options.key.publicKey))
  ) {
    return { outcome: 'unchanged', report, published: published.manifest };
  }

  const manifest = makeManifest({
    exhibit: content.exhibit,
    version: (published?.manifest.version ?? 0) + 1,
    now: options.now,
    expiresInDays: options.expiresInDays,
    objects,
  });
  const bytes = manifestBytes(manifest);
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new CliError(
      `the manifest would be ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} kiosks accept (too many files?)`,
    );
  }
  await publishManifest(feedDir, bytes, await signBytes(bytes, options.key.privateKey));
  return {
    outcome: 'published',
    report,
    manifest,
    newObjects: media.newObjects + docs.newObjects,
    newBytes: media.newBytes + docs.newBytes,
    records: register.recordCount,
    shards: shardCount,
  };
}
