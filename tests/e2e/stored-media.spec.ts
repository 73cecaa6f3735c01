// Recordings larger than a download chunk (docs/design.md §5.2) are stored in chunks and play from
// IndexedDB through a blob URL of a Blob made of those chunks, seeking included: a video through
// the <video> element and a sound recording through Howler (html5). Each is the demo's video with
// gaps of unused bytes between its sample chunks (spread-mp4.ts), so its moments lie in
// different stored chunks and playing on crosses from one to the next.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { TestimoniesDoc, Testimony } from '../../src/feed/content-schema.ts';
import { objectPath, type ObjectType } from '../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../src/feed/sha256.ts';
import { DEFAULT_SYNC_LIMITS } from '../../src/kiosk/sync/sync-once.ts';
import { editDocument } from './edit-feed.ts';
import { E2E_TEMPLATE_FEED_DIR } from './e2e-paths.ts';
import { chooseLanguage, waitForContentVersion } from './kiosk-page.ts';
import { readDocument, readManifest, resetFeed } from './publish-feed.ts';
import { spreadMp4 } from './spread-mp4.ts';
import { media, watchMedia } from './watch-media.ts';

const MiB = 1024 * 1024;
const { chunkBytes } = DEFAULT_SYNC_LIMITS;

let video: Testimony;
let videoBytes: Uint8Array;

test.beforeAll(() => {
  const testimonies = readDocument<TestimoniesDoc>('testimonies', E2E_TEMPLATE_FEED_DIR).testimonies;
  const found = testimonies.find((testimony) => testimony.media?.kind === 'video' && testimony.chapters.length >= 3);
  if (!found?.media) throw new Error('the e2e feed has no video testimony with chapters');
  video = found;
  const entry = readManifest(E2E_TEMPLATE_FEED_DIR).objects.find((object) => object.sha256 === found.media!.object)!;
  videoBytes = readFileSync(path.join(E2E_TEMPLATE_FEED_DIR, objectPath(entry)));
});

test.beforeEach(async ({ page }) => {
  resetFeed();
  await watchMedia(page);
});

/** Gives the video testimony a new recording, of `kind`; returns its SHA-256. */
async function publishRecording(kind: 'video' | 'audio', type: ObjectType, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const name = `files/${video.id}-spread.${type === 'video/mp4' ? 'mp4' : 'm4a'}`;
  await editDocument<TestimoniesDoc>('testimonies', [{ name, type, bytes }], (document, sha256Of) => {
    const testimony = document.testimonies.find((candidate) => candidate.id === video.id)!;
    testimony.media = { ...testimony.media!, kind, object: sha256Of(name) };
  });
  return sha256Hex(bytes);
}

/** How many chunks the kiosk stored of an object, read from its IndexedDB as it is. */
function storedChunks(page: Page, sha256: string): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('eske');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const counting = opening.result.transaction('objectChunks').objectStore('objectChunks').index('sha256').count(key);
          counting.onsuccess = () => resolve(counting.result);
          counting.onerror = () => reject(counting.error);
        };
      }),
    sha256,
  );
}

/** Taps the chapter nearest the middle of the recording, then watches it play on from there. */
async function seekToMiddleChapter(page: Page): Promise<void> {
  await page.locator('[data-nav="testimonies"]').click();
  await page.locator(`[data-testid="testimony-item"][data-testimony-id="${video.id}"]`).click();
  const middle = (video.media!.durationSeconds ?? video.chapters.at(-1)!.start) / 2;
  const chapter = video.chapters.reduce((best, candidate) =>
    Math.abs(candidate.start - middle) < Math.abs(best.start - middle) ? candidate : best,
  );
  expect(chapter.start).toBeGreaterThan(0);
  await page.locator(`[data-testid="chapter"][data-start-seconds="${chapter.start}"]`).click();
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeGreaterThanOrEqual(chapter.start);
  // Playing on: the position moves past the chapter's start, across the gaps into later chunks.
  await expect.poll(async () => (await media(page))?.currentTime ?? 0).toBeGreaterThan(chapter.start + 1.5);
  expect((await media(page))?.paused).toBe(false);
}

/** Gives the video testimony `recording`, checks the kiosk stored it in chunks, then seeks it. */
async function playFromChunks(page: Page, kind: 'video' | 'audio', recording: Uint8Array<ArrayBuffer>): Promise<void> {
  expect(recording.length).toBeGreaterThan(3 * chunkBytes);
  const sha256 = await publishRecording(kind, kind === 'video' ? 'video/mp4' : 'audio/mp4', recording);
  await page.goto('/');
  await waitForContentVersion(page, 1);
  await chooseLanguage(page, 'en');
  expect(await storedChunks(page, sha256)).toBe(Math.ceil(recording.length / chunkBytes));
  await seekToMiddleChapter(page);
}

test('a video stored in chunks plays from storage and seeks to a chapter in its middle', async ({ page }) => {
  await playFromChunks(page, 'video', spreadMp4(videoBytes, { gapBytes: MiB }));
  await expect(page.locator('[data-testid="video"]')).toBeVisible();
});

test('a sound recording stored in chunks plays through Howler and seeks to a chapter in its middle', async ({ page }) => {
  await playFromChunks(page, 'audio', spreadMp4(videoBytes, { gapBytes: 2 * MiB, onlyTrack: 'soun' }));
  await expect(page.locator('[data-testid="video"]')).toHaveCount(0);
});
