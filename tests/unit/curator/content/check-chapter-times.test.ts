import { afterAll, describe, expect, it } from 'vitest';
import { read, removeCopies } from './content-copy.ts';
import { fullCopy } from './full-content.ts';

afterAll(removeCopies);

/** The full folder with the witness's second chapter (at 1 s of the 3 s t01.ogg) moved to `start`. */
const withSecondChapterAt = (start: string) =>
  fullCopy({ 'testimonies/t01-witness.md': (text) => text.replace('start: 1\n', `start: ${start}\n`) });

describe('checkChapterTimes, through readContentFolder', () => {
  it('reports a chapter that starts at or after the end of the recording at its start line', async () => {
    for (const start of ['3', '"0:03"', '"1:00:00"']) {
      const { problems, report } = await read(await withSecondChapterAt(start));
      expect(problems).toEqual(['testimonies/t01-witness.md:15: error: chapter.outside-recording']);
      expect(report.problems[0]!.reason).toMatch(/files\/t01\.ogg \(0:03 long\)/);
    }
  });

  it('accepts a chapter that starts just before the end', async () => {
    expect((await read(await withSecondChapterAt('2.9'))).problems).toEqual([]);
  });
});
