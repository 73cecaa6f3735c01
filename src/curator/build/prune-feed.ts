// `feed prune`: removes from a feed folder the objects that none of its last N versions names, and
// the copies of older manifests in versions/ (docs/design.md §4). The live manifest is always one
// of the N, so an object it names is never removed; a version among the N whose copy is missing
// stops the prune before anything goes, since nothing then says which objects it needs.

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { objectPath } from '../../feed/manifest-schema.ts';
import { CliError, InterruptedError } from '../cli-error.ts';
import type { StopRequest } from '../stop-on-signal.ts';
import { listVersionCopies, OBJECTS_FOLDER, readPublishedManifest, readVersionCopy, versionFile } from './feed-folder.ts';
import type { FeedFs } from './feed-fs.ts';
import { FeedTransaction } from './feed-transaction.ts';

/** An object's name in objects/: its SHA-256 and the extension of its type. */
const OBJECT_NAME = /^[0-9a-f]{64}\.[a-z0-9]+$/;

export interface PruneOptions {
  feedDir: string;
  /** How many versions, the live one included, keep their objects. */
  keep: number;
  /** Say what would go, and remove nothing. */
  dryRun: boolean;
  stop?: StopRequest | undefined;
  fs?: FeedFs | undefined;
}

export interface PrunePlan {
  /** The versions whose objects stay, lowest first; the live one is last. */
  keptVersions: number[];
  /** Relative paths with their sizes, in name order. */
  objects: { file: string; bytes: number }[];
  /** versions/<N>.json copies of versions older than those kept. */
  versionCopies: string[];
  /** Files in objects/ that are not named like objects: left alone. */
  otherFiles: string[];
  freedBytes: number;
}

async function planPrune(feedDir: string, keep: number): Promise<PrunePlan> {
  const published = await readPublishedManifest(feedDir);
  if (!published) throw new CliError('prune.not-a-feed', `${feedDir}: no manifest.json; there is no feed to prune`);
  const live = published.manifest;
  const keptVersions: number[] = [];
  const named = new Set(live.objects.map(objectPath));
  for (let version = live.version - 1; version > live.version - keep && version > 0; version--) {
    const copy = await readVersionCopy(feedDir, version);
    if (!copy) {
      const most = live.version - version;
      throw new CliError(
        'prune.history-missing',
        `${path.join(feedDir, versionFile(version))} is missing, so what version ${version} needs is not known; nothing was removed ` +
          `(versions/ holds copies only of versions this CLI published: use --keep ${most} or less)`,
      );
    }
    keptVersions.unshift(version);
    for (const entry of copy.objects) named.add(objectPath(entry));
  }
  keptVersions.push(live.version);

  const plan: PrunePlan = { keptVersions, objects: [], versionCopies: [], otherFiles: [], freedBytes: 0 };
  const names = (await readdir(path.join(feedDir, OBJECTS_FOLDER)).catch(() => [])).sort();
  for (const name of names) {
    const file = `${OBJECTS_FOLDER}/${name}`;
    if (name.startsWith('.') || named.has(file)) continue; // temporary files are the journal's business
    if (!OBJECT_NAME.test(name)) {
      plan.otherFiles.push(file);
      continue;
    }
    const info = await stat(path.join(feedDir, file)).catch(() => null);
    if (!info?.isFile()) continue;
    plan.objects.push({ file, bytes: info.size });
    plan.freedBytes += info.size;
  }
  for (const version of await listVersionCopies(feedDir)) {
    if (version < keptVersions[0]!) plan.versionCopies.push(versionFile(version));
  }
  return plan;
}

/** Removes what the plan names; the copies of old manifests first, so versions/ never names a removed object. */
export async function pruneFeed(options: PruneOptions): Promise<PrunePlan> {
  const { feedDir } = options;
  const plan = await planPrune(feedDir, options.keep);
  if (options.dryRun || plan.objects.length + plan.versionCopies.length === 0) return plan;
  let removed = 0;
  try {
    return await FeedTransaction.run(feedDir, options, async (transaction) => {
      // Under the lock, so that no build publishes between the plan and the removals.
      const plan = await planPrune(feedDir, options.keep);
      for (const file of [...plan.versionCopies, ...plan.objects.map((object) => object.file)]) {
        transaction.checkStop();
        await transaction.remove(file);
        removed++;
      }
      return plan;
    });
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    // Each removal stands on its own: what went is gone, and the rest goes at the next prune.
    throw new InterruptedError(`stopped after removing ${removed} files; run prune again to finish`);
  }
}
