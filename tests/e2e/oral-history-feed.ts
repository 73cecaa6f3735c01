// The feed tests/e2e/testimonies.spec.ts drives: the demo exhibit (chapters and keywords on every
// testimony, a video and a letter among them), with each recording's duration written in where
// the build gives none yet (issue 9: the curator reads durations from the files; until it does,
// these are ffprobe's figures for media/files).

import { cpSync, rmSync } from 'node:fs';
import { E2E_TEMPLATE_FEED_DIR } from './e2e-paths.ts';
import { rewriteTestimonies } from './publish-feed.ts';

const DURATIONS_SECONDS: Readonly<Record<string, number>> = {
  't01-granddaughter-file': 42.616,
  't02-son-famine-flight': 38.39,
  't03-daughter-alzhir': 43.912,
  't04-son-volga-wagon': 44.473,
};

/** Copies the demo feed global-setup built into `feedDir`, with durations. */
export async function publishOralHistoryFeed(feedDir: string): Promise<void> {
  rmSync(feedDir, { recursive: true, force: true });
  cpSync(E2E_TEMPLATE_FEED_DIR, feedDir, { recursive: true });
  await rewriteTestimonies(feedDir, (testimonies) => {
    for (const testimony of testimonies.testimonies) {
      if (testimony.media) testimony.media.durationSeconds ??= DURATIONS_SECONDS[testimony.id];
    }
  });
}
