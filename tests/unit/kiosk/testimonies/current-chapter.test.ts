import { describe, expect, it } from 'vitest';
import { chapterIndexAt } from '../../../../src/kiosk/testimonies/current-chapter.ts';

const CHAPTERS = [{ start: 5 }, { start: 21.5 }, { start: 40 }];

describe('chapterIndexAt', () => {
  it('is -1 before the first chapter starts', () => {
    expect(chapterIndexAt(CHAPTERS, 4999)).toBe(-1);
  });

  it('gives the chapter from its start up to the next one', () => {
    expect(chapterIndexAt(CHAPTERS, 5000)).toBe(0);
    expect(chapterIndexAt(CHAPTERS, 21_499)).toBe(0);
    expect(chapterIndexAt(CHAPTERS, 21_500)).toBe(1);
  });

  it('keeps the last chapter to the end of the recording', () => {
    expect(chapterIndexAt(CHAPTERS, 3_600_000)).toBe(2);
  });

  it('is -1 for a recording without chapters', () => {
    expect(chapterIndexAt([], 1000)).toBe(-1);
  });
});
