// One sync, docs/design.md §5 steps 1–3 in order: verify the signed manifest, check there is room
// for it (§5.5), stage it, download and verify the missing objects, validate the documents, switch
// in one transaction, then collect garbage. Whatever fails, the installed content stays as it was
// and the technician log says why. DOM-free: fetch, clock, storage estimate, database and logger
// are injected.

import { errorCode, toError } from '../../feed/error-code.ts';
import { MAX_MANIFEST_BYTES } from '../../feed/limits.ts';
import { LEGACY_SIGNATURE_FILE, MANIFEST_FILE, sameBytes } from '../../feed/manifest-envelope.ts';
import type { ObjectEntry } from '../../feed/manifest-schema.ts';
import { parseManifestBytes, verifyManifest, type VerifiedManifest } from '../../feed/verify-manifest.ts';
import { collectGarbage } from '../storage/collect-garbage.ts';
import { readMeta, writeMeta, type EskeDb, type StoredVersion } from '../storage/eske-db.ts';
import { resetContent } from '../storage/reset-content.ts';
import { isQuotaError } from '../storage/storage-errors.ts';
import { appendLog, type LogLine } from '../storage/technician-log.ts';
import { activateVersion, readActiveVersion, stageVersion } from '../storage/version-store.ts';
import { downloadMissingObjects, type DownloadContext, type DownloadReport } from './download-objects.ts';
import type { FeedTarget } from './feed-target.ts';
import { fetchFeedFile, type FetchLike } from './fetch-feed-file.ts';
import {
  checkSpace,
  clearShortage,
  missingBytes,
  stopForSpace,
  type EstimateStorage,
  type SpaceContext,
} from './storage-shortage.ts';
import { outcomeOfError, type SyncOutcome } from './sync-outcome.ts';
import { validateDocuments } from './validate-documents.ts';

export interface SyncLimits {
  /** See fetchFeedFile: abort a download after this long without a byte. */
  stallTimeoutMs: number;
  maxManifestBytes: number;
  /** An eske-feed/1 manifest.sig is 88 characters of base64; anything much longer is not a signature. */
  maxSignatureBytes: number;
  /** Parallel object downloads: enough to fill a link, few enough for a small CDN edge. */
  downloadConcurrency: number;
  /**
   * Objects larger than this stream into IndexedDB in chunks of this size (docs/design.md §5.2):
   * what each download holds in memory at most, and the most an interruption costs to fetch again.
   */
  chunkBytes: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  stallTimeoutMs: 30_000,
  maxManifestBytes: MAX_MANIFEST_BYTES,
  maxSignatureBytes: 1024,
  downloadConcurrency: 4,
  chunkBytes: 4 * 1024 * 1024,
};

/**
 * `regular`: download what is missing. `forced`: the same, asked for by the technician, so a
 * version held since it ran out of space is tried again at once (docs/design.md §5.5).
 * `redownload`: the technician's re-download (§6.4): every object of the version installed (or
 * offered) is fetched and verified again.
 */
export type SyncMode = 'regular' | 'forced' | 'redownload';

/** Where sync writes its log lines; by default the technician log in the same database. */
export type SyncLogger = (line: LogLine) => Promise<void> | void;

export interface SyncDependencies {
  db: EskeDb;
  fetch: FetchLike;
  /** ms since the epoch */
  now: () => number;
  logger?: SyncLogger;
  limits?: Partial<SyncLimits>;
  /** The browser's storage estimate (docs/design.md §5.5); without it, only a refused write shows a full disk. */
  estimateStorage?: EstimateStorage;
}

/**
 * Never throws: every failure becomes a `rejected` or `failed` outcome, logged and recorded. A
 * sync stopped through `signal` ends `aborted`, and neither logs nor records anything.
 */
export async function syncOnce(
  target: FeedTarget,
  dependencies: SyncDependencies,
  signal?: AbortSignal,
  mode: SyncMode = 'regular',
): Promise<SyncOutcome> {
  const { db, now } = dependencies;
  const logger = dependencies.logger ?? ((line: LogLine) => appendLog(db, now(), line));
  const startedAt = now();
  const log = async (line: LogLine) => {
    try {
      await logger(line);
    } catch {
      // The store itself is failing; the outcome still reaches the caller.
    }
  };

  let outcome: SyncOutcome;
  try {
    outcome = await install(target, { ...dependencies, logger: log }, signal, mode);
  } catch (error) {
    outcome = outcomeOfError(error, signal);
  }
  // The kiosk is shutting the sync down: the last attempt on record stays the last one that ended.
  if (outcome.kind === 'aborted') return outcome;
  if (outcome.kind === 'rejected' || outcome.kind === 'failed') {
    const { error } = outcome;
    await log({ level: outcome.kind === 'rejected' ? 'error' : 'warn', code: errorCode(error), message: error.message });
  }
  await recordLastSync(db, startedAt, now(), outcome);
  return outcome;
}

type InstallDependencies = SyncDependencies & { logger: SyncLogger };

async function install(
  target: FeedTarget,
  dependencies: InstallDependencies,
  signal: AbortSignal | undefined,
  mode: SyncMode,
): Promise<SyncOutcome> {
  const { db, fetch, now, logger } = dependencies;
  const limits = { ...DEFAULT_SYNC_LIMITS, ...dependencies.limits };
  let active = await readActiveVersion(db);
  const downloads: DownloadContext = {
    db,
    fetch,
    now,
    feedUrl: target.feedUrl,
    stallTimeoutMs: limits.stallTimeoutMs,
    concurrency: limits.downloadConcurrency,
    chunkBytes: limits.chunkBytes,
    signal,
    refetchStored: mode === 'redownload',
  };

  const fetchControlFile = (name: string, maxBytes: number) =>
    fetchFeedFile(fetch, {
      url: new URL(name, target.feedUrl).href,
      stallTimeoutMs: limits.stallTimeoutMs,
      maxBytes,
      cache: 'no-cache',
      signal,
    });
  const manifestBytes = await fetchControlFile(MANIFEST_FILE, limits.maxManifestBytes);
  // docs/design.md §5.1: signatures, shape, exhibit, rollback and expiry, all in the shared feed code.
  const verified = await verifyManifest(
    manifestBytes,
    {
      ...target.trust,
      installed: active,
      // A kiosk without an exhibitId in its config sticks to the exhibit it first installed.
      exhibitId: target.exhibitId ?? active?.exhibitId ?? null,
      now: new Date(now()),
      maxManifestBytes: limits.maxManifestBytes,
    },
    // Only an eske-feed/1 manifest.json has its signature beside it.
    async () => new TextDecoder().decode(await fetchControlFile(LEGACY_SIGNATURE_FILE, limits.maxSignatureBytes)),
  );
  const { manifest } = verified;
  if (verified.upToDate && active) return upToDate(dependencies, downloads, active, verified, mode);

  if (active && active.exhibitId !== manifest.exhibitId) {
    // docs/design.md §5.1: a kiosk moved to another exhibit (its kiosk-config says so, and that
    // exhibit's feed verified) starts it from scratch: version numbers count per exhibit, and the
    // store keys versions and name indexes by number alone. The old exhibit was not on screen.
    await resetContent(db, now(), { exhibitChanged: { from: active.exhibitId, to: manifest.exhibitId } });
    active = null;
  }
  if (verified.expired) {
    await logger({
      level: 'warn',
      code: 'feed-expired',
      message:
        `version ${manifest.version} expired at ${manifest.expiresAt} by this kiosk's clock (${new Date(now()).toISOString()}); ` +
        'installed all the same, since nothing of its exhibit was: publish it again, or set the clock right',
    });
  }

  signal?.throwIfAborted();
  const report = await downloadWithinSpace(dependencies, downloads, {
    version: manifest.version,
    entries: manifest.objects,
    mode,
    // docs/design.md §5.2: stage first, so objects stored from here on belong to a version and
    // survive garbage collection if the download is interrupted.
    stage: () =>
      stageVersion(db, {
        version: manifest.version,
        exhibitId: manifest.exhibitId,
        manifestBytes: verified.signedBytes,
        signatures: verified.signatures,
        stagedAt: now(),
      }),
  });
  await validateDocuments(db, manifest);

  // docs/design.md §5.3: one transaction; a failure here leaves the old version active and whole.
  signal?.throwIfAborted();
  await activateVersion(db, {
    version: manifest.version,
    expectedActive: active?.version ?? null,
    sha256s: manifest.objects.map((entry) => entry.sha256),
    at: now(),
  });
  await logger({
    level: 'info',
    code: 'installed',
    message: `installed version ${manifest.version} (${report.downloaded} of ${report.total} objects downloaded)`,
  });
  await clearShortage(db);
  await collectGarbageLogged(dependencies);
  return { kind: 'installed', version: manifest.version };
}

async function upToDate(
  dependencies: InstallDependencies,
  downloads: DownloadContext,
  active: StoredVersion,
  offered: VerifiedManifest,
  mode: SyncMode,
): Promise<SyncOutcome> {
  // The signed bytes, not the file: a signature added by `feed sign` (a key rotation) changes no content.
  if (!sameBytes(offered.signedBytes, active.manifestBytes)) {
    // Signed by a trusted key, so not an attack: a curator published changes without a new version.
    await dependencies.logger({
      level: 'warn',
      code: 'version-reused',
      message: `the feed changed but kept version ${active.version}; publish changes under a higher version`,
    });
  }
  // A store damaged under the app (an object deleted by hand or by the browser, or by the start-up
  // check for failing its hash, §5.6) is mended from the manifest installed, which was verified
  // when it was; normally this is one key query.
  const repair = await downloadWithinSpace(dependencies, downloads, {
    version: active.version,
    entries: parseManifestBytes(active.manifestBytes).objects,
    mode,
  });
  if (downloads.refetchStored) {
    await dependencies.logger({
      level: 'info',
      code: 'redownloaded',
      message: `downloaded all ${repair.total} object(s) of version ${active.version} again`,
    });
  } else if (repair.downloaded > 0) {
    await dependencies.logger({
      level: 'warn',
      code: 'repaired',
      message: `version ${active.version} was missing ${repair.downloaded} object(s); downloaded them again`,
    });
  }
  await clearShortage(dependencies.db);
  // Finishes a collection that failed after an earlier install; a key scan when there is nothing to do.
  await collectGarbageLogged(dependencies);
  return { kind: 'up-to-date', version: active.version };
}

/**
 * docs/design.md §5.5: downloads the objects of `entries` not stored yet if there is room for them,
 * and stops for space, before or during the download, if there is not. `stage` runs first, under
 * the same watch for a full disk; a version staged so gives its room back when it stops, while the
 * active one keeps what it has, as the screens read it.
 */
async function downloadWithinSpace(
  { db, estimateStorage, now }: InstallDependencies,
  downloads: DownloadContext,
  target: { version: number; entries: readonly ObjectEntry[]; mode: SyncMode; stage?: () => Promise<void> },
): Promise<DownloadReport> {
  const { version, entries, mode, stage } = target;
  const space: SpaceContext = { db, estimateStorage, now };
  const neededBytes = await missingBytes(db, entries);
  await checkSpace(space, version, neededBytes, mode !== 'regular');
  try {
    await stage?.();
    return await downloadMissingObjects(downloads, entries);
  } catch (error) {
    if (downloads.signal?.aborted || !isQuotaError(error)) throw error;
    throw await stopForSpace(space, { version, entries, neededBytes, release: stage !== undefined });
  }
}

/** docs/design.md §5.3: after the switch. A failure costs disk space only, so it is logged, not raised. */
async function collectGarbageLogged({ db, logger }: InstallDependencies): Promise<void> {
  try {
    await collectGarbage(db);
  } catch (error) {
    const failure = toError(error);
    await logger({ level: 'warn', code: errorCode(failure), message: `cleaning up old objects failed: ${failure.message}` });
  }
}

async function recordLastSync(
  db: EskeDb,
  startedAt: number,
  finishedAt: number,
  outcome: Exclude<SyncOutcome, { kind: 'aborted' }>,
): Promise<void> {
  try {
    const version = 'version' in outcome ? outcome.version : ((await readMeta(db, 'activeVersion')) ?? null);
    const error = 'error' in outcome ? outcome.error : null;
    await writeMeta(db, 'lastSync', {
      startedAt,
      finishedAt,
      kind: outcome.kind,
      version,
      ...(error ? { code: errorCode(error), message: error.message } : {}),
    });
  } catch {
    // As for the log: a failing store must not turn an outcome into a throw.
  }
}
