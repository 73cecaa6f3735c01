// One build: read and check the content folder, hash every object, then write the new objects
// and sign and publish the manifest as version N+1 (docs/design.md §4). Writes nothing when it
// stops or when the objects are the same as the published version's, so a failed build leaves
// no trace and running it on every `npm start` costs kiosks nothing. With `force`, items with
// errors are left out instead of stopping it (leave-out-faulty.ts).

import type { z } from 'zod';
import { exhibitDocSchema, testimoniesDocSchema, timelineDocSchema } from '../../feed/content-schema.ts';
import { MAX_MANIFEST_BYTES } from '../../feed/limits.ts';
import { envelopeFileBytes } from '../../feed/manifest-envelope.ts';
import { FEED_FORMAT, type Manifest } from '../../feed/manifest-schema.ts';
import { distinctKeyCount } from '../../feed/trust-config.ts';
import { verifySignatures } from '../../feed/verify-signatures.ts';
import { parseWithSchema } from '../../feed/parse-with-schema.ts';
import { CliError } from '../cli-error.ts';
import { readContentFolder, type ContentFolder } from '../content/read-content-folder.ts';
import { plural, Report } from '../report.ts';
import { signEnvelope } from '../sign-envelope.ts';
import type { SigningKey } from '../signing-key.ts';
import type { StopRequest } from '../stop-on-signal.ts';
import { buildExhibitDoc, buildTestimoniesDoc, buildTimelineDoc, recordImages, UsedMedia } from './build-documents.ts';
import { checkFeedFolder, readPublishedManifest, type PublishedManifest } from './feed-folder.ts';
import type { FeedFs } from './feed-fs.ts';
import { recoverFeedFolder } from './feed-transaction.ts';
import { leaveOutFaulty } from './leave-out-faulty.ts';
import { makeManifest, sameObjects } from './make-manifest.ts';
import { JSON_TYPE, ObjectPlan } from './object-plan.ts';
import { planMedia } from './plan-media.ts';
import { historyCopy, manifestControlFiles, publishFeed } from './publish-feed.ts';
import { RegisterShardCollector } from './shard-register.ts';
import { VariantCache } from './variant-cache.ts';

export interface BuildFeedOptions {
  contentDir: string;
  feedDir: string;
  /** Each signs the manifest: two during a key rotation (docs/trust.md). */
  keys: readonly SigningKey[];
  /** Any error, even one bad register row, stops the build. */
  strict: boolean;
  /** Items with errors are left out instead of stopping the build; never with `strict`. */
  force?: boolean | undefined;
  expiresInDays: number | null;
  now: Date;
  /** Where image variants are kept between builds (variant-cache.ts). */
  variantCacheDir: string;
  /** Progress lines for a person watching a long build. */
  progress: (text: string) => void;
  /** Ctrl-C and SIGTERM (stop-on-signal.ts). */
  stop?: StopRequest | undefined;
  /** Every change to the feed folder goes through it (feed-fs.ts); tests inject faults here. */
  fs?: FeedFs | undefined;
}

export type BuildResult =
  | { outcome: 'stopped'; report: Report }
  | { outcome: 'unchanged'; report: Report; published: Manifest; restoredObjects: number }
  | {
      outcome: 'published';
      report: Report;
      manifest: Manifest;
      newObjects: number;
      newBytes: number;
      records: number;
      shards: number;
      /** The item files --force left out. */
      leftOut: string[];
    };

/** Report shard progress this often on registers with many shards. */
const PROGRESS_EVERY_SHARDS = 16;

/** An eske-feed/2 manifest signed by every one of `keys`; an eske-feed/1 one never is, so it is republished. */
async function isSignedByAll(published: PublishedManifest, keys: readonly SigningKey[]): Promise<boolean> {
  if (published.file.format !== FEED_FORMAT) return false;
  const trusted = keys.map((key) => ({ publicKey: key.publicKey }));
  try {
    await verifySignatures(published.file.signedBytes, published.file.envelope.signatures, {
      keys: trusted,
      threshold: distinctKeyCount(trusted),
    });
    return true;
  } catch {
    return false;
  }
}

/** A document must pass the schema the kiosk reads it with: a build, forced or not, never publishes one it would refuse. */
function checkedJson<S extends z.ZodType>(schema: S, doc: z.output<S>, name: string): Uint8Array {
  const checked = parseWithSchema(schema, doc);
  if (!checked.ok) {
    throw new CliError(
      'build.document-invalid',
      `cannot publish: the ${name} document would not pass the kiosk's check (${checked.problems.slice(0, 3).join('; ')})`,
    );
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}

/** Whether the read content may be built: with `force`, what has errors is left out if it can be. */
function buildableContent(content: ContentFolder, report: Report, options: BuildFeedOptions, carried: (file: string) => boolean) {
  if (options.strict && report.errorCount > 0) return null;
  if (report.blockingErrorCount === 0) return { content, leftOut: [] };
  if (!options.force) return null;
  const forced = leaveOutFaulty(content, report, carried);
  return forced.content && { content: forced.content, leftOut: forced.leftOut };
}

export async function buildFeed(options: BuildFeedOptions): Promise<BuildResult> {
  await checkFeedFolder(options.feedDir);
  // A build a crash left half-done is finished or taken back first, so the version read is the live one.
  await recoverFeedFolder(options.feedDir, options.fs);
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
  const read = await readContentFolder(options.contentDir, report, {
    onNameRecord: (record) => register.add(record),
    onProgress: (file, rows) => progress(`${file}: ${rows.toLocaleString('en-US')} rows read`),
  });
  if (!read || !buildableContent(read, report, options, (file) => read.media.has(file))) return { outcome: 'stopped', report };

  // Hashed first, written only once the build is known to publish.
  const media = new ObjectPlan();
  const cache = new VariantCache(options.variantCacheDir);
  const mediaObjects = new UsedMedia(await planMedia(read.media, media, cache, report));
  if (cache.made > 0) progress(`images: ${plural(cache.made, 'variant')} made`);
  if (cache.writeProblem) progress(`warning: cannot keep image variants for the next build: ${cache.writeProblem}`);
  // Again, now that every image has been decoded to its end.
  const buildable = buildableContent(read, report, options, (file) => mediaObjects.has(file));
  if (!buildable) return { outcome: 'stopped', report };
  const { content, leftOut } = buildable;
  const docs = new ObjectPlan();
  await docs.addJson('exhibit', checkedJson(exhibitDocSchema, buildExhibitDoc(content, mediaObjects), 'exhibit'));
  await docs.addJson('timeline', checkedJson(timelineDocSchema, buildTimelineDoc(content, mediaObjects), 'timeline'));
  await docs.addJson('testimonies', checkedJson(testimoniesDocSchema, buildTestimoniesDoc(content, mediaObjects), 'testimonies'));
  let shardCount = 0;
  // A register image that cannot be published leaves its record, with --force, without it.
  const images = (files: string[]) =>
    recordImages(
      mediaObjects,
      files.filter((file) => mediaObjects.has(file)),
    );
  for (const shard of register.shards(images)) {
    shardCount = shard.shardCount;
    // Made again from the register when written, so that only one shard is in memory at a time.
    const again = () => Promise.resolve(register.shard(shard.shard, shard.shardCount, images).bytes);
    await docs.add('names', `names shard ${shard.shard}`, JSON_TYPE, shard.bytes, again, shard.records);
    const done = shard.shard + 1;
    if (shard.shardCount > PROGRESS_EVERY_SHARDS && (done % PROGRESS_EVERY_SHARDS === 0 || done === shard.shardCount)) {
      progress(`names: ${done} of ${shard.shardCount} shards made`);
    }
  }
  // Media of items --force left out are not published.
  const used = mediaObjects.usedObjects();
  media.retain((sha256) => used.has(sha256));
  const objects = [...docs.entries, ...media.entries];

  if (published && published.manifest.exhibitId !== content.exhibit.id) {
    progress(
      `warning: ${feedDir} held exhibit "${published.manifest.exhibitId}"; kiosks set to it will refuse "${content.exhibit.id}"`,
    );
  }
  // Re-signing only for a new expiry, a new key, an eske-feed/1 manifest or an expired feed (which
  // kiosks refuse as an update); otherwise unchanged content is not republished.
  if (
    published &&
    options.expiresInDays === null &&
    (published.manifest.expiresAt === undefined || Date.parse(published.manifest.expiresAt) > options.now.getTime()) &&
    published.manifest.exhibitId === content.exhibit.id &&
    sameObjects(published.manifest.objects, objects) &&
    (await isSignedByAll(published, options.keys))
  ) {
    // Also puts back the copy in versions/ that a feed built before prune existed lacks.
    const history = [historyCopy(published.manifest.version, published.bytes)];
    const restored = await publishFeed(feedDir, [...docs.objects, ...media.objects], history, {
      fs: options.fs,
      stop: options.stop,
      baseVersion: published.manifest.version,
    });
    return { outcome: 'unchanged', report, published: published.manifest, restoredObjects: restored.newObjects };
  }

  const manifest = makeManifest({
    exhibit: content.exhibit,
    version: (published?.manifest.version ?? 0) + 1,
    now: options.now,
    expiresInDays: options.expiresInDays,
    objects,
  });
  const bytes = envelopeFileBytes(await signEnvelope(manifest, options.keys));
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new CliError(
      'build.manifest-too-large',
      `the manifest would be ${bytes.length} bytes, more than the ${MAX_MANIFEST_BYTES} kiosks accept (too many files?)`,
    );
  }
  const written = await publishFeed(feedDir, [...docs.objects, ...media.objects], manifestControlFiles(manifest.version, bytes), {
    fs: options.fs,
    stop: options.stop,
    baseVersion: published?.manifest.version ?? null,
  });
  return {
    outcome: 'published',
    report,
    manifest,
    newObjects: written.newObjects,
    newBytes: written.newBytes,
    records: register.recordCount,
    shards: shardCount,
    leftOut,
  };
}
