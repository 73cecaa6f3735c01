// Which chapter of a recording is playing: the last one started at the position. No DOM.

import type { Chapter } from '../../feed/content-schema.ts';

/** The index of the chapter under `positionMs`, or -1 before the first one starts. Chapters are in start order (validate checks it). */
export function chapterIndexAt(chapters: readonly Pick<Chapter, 'start'>[], positionMs: number): number {
  let current = -1;
  chapters.forEach((chapter, index) => {
    if (chapter.start * 1000 <= positionMs) current = index;
  });
  return current;
}
