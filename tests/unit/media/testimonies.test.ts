// The demo testimonies as oral history: chapters inside each recording and drawn from the
// exhibit's keywords, every testimony marked as demo, and the video small enough for a kiosk.

import { statSync } from 'node:fs';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, MEDIA_DIR, readEntries, readExhibit, secondsOf, type Localized } from './read-demo-content.ts';

interface Chapter {
  start: string;
  title: Localized;
  synopsis: Localized;
  keywords: string[];
}

const testimonies = readEntries('testimonies');
const keywords = (readExhibit().keywords as { id: string }[]).map((keyword) => keyword.id);
const recordingOf = (front: Record<string, unknown>) => (front.audio ?? front.video) as string | undefined;
const recorded = [...testimonies].filter(([, front]) => recordingOf(front) !== undefined);

describe('media/testimonies', () => {
  it('holds audio, video and text-only testimonies', () => {
    const kinds = [...testimonies.values()].map((front) => (front.video ? 'video' : front.audio ? 'audio' : 'text'));
    expect(new Set(kinds)).toEqual(new Set(['audio', 'video', 'text']));
  });

  it('marks every testimony as demo in its title, and every recorded voice as synthetic', () => {
    for (const [id, front] of testimonies) {
      const title = front.title as Localized;
      expect(title.kk, id).toMatch(/^Демо-/);
      expect(title.ru, id).toMatch(/^Демо-/);
      expect(title.en, id).toMatch(/^Demo /);
      if (recordingOf(front) !== undefined) expect(front.synthetic, id).toBe(true);
    }
  });

  it('gives a text-only testimony a summary in every language', () => {
    for (const [id, front] of testimonies) {
      if (recordingOf(front) === undefined) expect(Object.keys(front.summary as Localized).sort(), id).toEqual([...LANGUAGES].sort());
    }
  });

  it('starts the chapters of every recording at 0:00, in order, inside the recording', async () => {
    for (const [id, front] of recorded) {
      const chapters = front.chapters as Chapter[];
      const { format } = await parseFile(path.join(MEDIA_DIR, recordingOf(front)!), { duration: true });
      const starts = chapters.map((chapter) => secondsOf(chapter.start));
      expect(chapters.length, id).toBeGreaterThanOrEqual(2);
      expect(starts[0], id).toBe(0);
      expect(starts, id).toEqual([...starts].sort((a, b) => a - b));
      expect(Math.max(...starts), id).toBeLessThan(format.duration!);
    }
  });

  it('titles and summarises every chapter in every language and tags it from the exhibit keywords', () => {
    const used = new Set<string>();
    for (const [id, front] of recorded) {
      for (const chapter of front.chapters as Chapter[]) {
        for (const language of LANGUAGES) {
          expect(chapter.title[language], `${id} ${chapter.start}`).toBeTruthy();
          expect(chapter.synopsis[language], `${id} ${chapter.start}`).toBeTruthy();
        }
        expect(chapter.keywords.length, `${id} ${chapter.start}`).toBeGreaterThan(0);
        for (const keyword of chapter.keywords) {
          expect(keywords, `${id} ${chapter.start}`).toContain(keyword);
          used.add(keyword);
        }
      }
    }
    expect([...used].sort()).toEqual([...keywords].sort());
  });

  it('keeps the video testimony under 1.5 MB', () => {
    for (const [id, front] of recorded) {
      if (front.video) expect(statSync(path.join(MEDIA_DIR, front.video as string)).size, id).toBeLessThan(1.5 * 1024 * 1024);
    }
  });
});
