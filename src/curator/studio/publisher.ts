// Publish (docs/design.md §8.1): the CLI's build of the saved content folder into the output
// feed, signed with the curator's key, refused while the Check finds any error. Before it, the
// plan: the same build into a scratch folder, compared with the version kiosks have.

import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from '../../feed/manifest-schema.ts';
import { readPublishedManifest } from '../build/feed-folder.ts';
import { sameObjects } from '../build/make-manifest.ts';
import { CliError } from '../cli-error.ts';
import type { SigningKey } from '../signing-key.ts';
import { checkContent, checkResultOf } from './check-content.ts';
import { diffFeeds } from './feed-diff.ts';
import type { PublishPlan, PublishResult } from './protocol/studio-protocol.ts';
import { readFeedItems, sharedShardsOf } from './read-feed-items.ts';
import { runBuild } from './run-build.ts';
import { SerialQueue } from './serial-queue.ts';
import { StudioError } from './studio-error.ts';

export interface PublishTarget {
  feedDir: string;
  key: SigningKey;
}

export class Publisher {
  #runs = new SerialQueue();

  constructor(
    private readonly contentDir: string,
    private readonly target: PublishTarget,
    private readonly workDir: string,
    private readonly log: (text: string) => void,
  ) {}

  plan(): Promise<PublishPlan> {
    return this.#runs.run(async () => {
      const check = await checkContent(this.contentDir);
      if (check.errors > 0) return { state: 'blocked', check };
      const candidateDir = path.join(this.workDir, 'publish-candidate');
      await rm(candidateDir, { recursive: true, force: true });
      const result = await runBuild(this.contentDir, candidateDir, this.target.key, true, this.log);
      if (result.outcome !== 'published') {
        return { state: 'blocked', check: await checkResultOf(result.report, this.contentDir) };
      }
      const published = await this.#published();
      if (published && sameObjects(published.objects, result.manifest.objects))
        return { state: 'unchanged', version: published.version };
      return {
        state: 'ready',
        publishedVersion: published?.version ?? null,
        changes: await this.#changes(published, this.target.feedDir, result.manifest, candidateDir),
      };
    });
  }

  publish(): Promise<PublishResult> {
    return this.#runs.run(async () => {
      const check = await checkContent(this.contentDir);
      if (check.errors > 0) return { state: 'blocked', check };
      const { feedDir, key } = this.target;
      const before = await this.#published();
      const result = await runBuild(this.contentDir, feedDir, key, true, this.log).catch((error: unknown) => {
        throw error instanceof CliError ? new StudioError('write-failed', error.message) : error;
      });
      switch (result.outcome) {
        case 'stopped':
          return { state: 'blocked', check: await checkResultOf(result.report, this.contentDir) };
        case 'unchanged':
          return { state: 'unchanged', version: result.published.version };
        case 'published':
          this.log(`published version ${result.manifest.version} to ${feedDir}`);
          // Old objects stay in the feed (kiosks mid-sync need them), so the version before is still readable there.
          return {
            state: 'published',
            version: result.manifest.version,
            changes: await this.#changes(before, feedDir, result.manifest, feedDir),
          };
      }
    });
  }

  async #published(): Promise<Manifest | null> {
    try {
      return (await readPublishedManifest(this.target.feedDir))?.manifest ?? null;
    } catch (error) {
      if (error instanceof CliError) throw new StudioError('feed-unreadable', error.message);
      throw error;
    }
  }

  async #changes(before: Manifest | null, beforeDir: string, after: Manifest, afterDir: string) {
    const shared = before ? sharedShardsOf(before, after) : new Set<string>();
    return diffFeeds(before && (await readFeedItems(beforeDir, before, shared)), await readFeedItems(afterDir, after, shared));
  }
}
