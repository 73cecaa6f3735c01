// docs/content-folder.md "Limits": texts and files over the caps of src/feed/content-limits.ts are
// refused at their file and line, before a kiosk would refuse the feed that carried them.

import { truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_MARKDOWN_CHARS, MAX_TEXT_CHARS } from '../../../../src/feed/content-limits.ts';
import { editedCopy, read, removeCopies } from './content-copy.ts';

afterAll(removeCopies);

describe('readContentFolder with content over its limits', () => {
  it('refuses a title over the text cap at its line, and leaves the event out', async () => {
    const title = 'Ә'.repeat(MAX_TEXT_CHARS + 1);
    const dir = await editedCopy({
      'timeline/1930-famine.md': (text) => text.replace('title: { kk: "Ашаршылық"', `title: { kk: "${title}"`),
    });
    const { content, problems, report } = await read(dir);
    expect(problems).toEqual(['timeline/1930-famine.md:3: error: text.too-long']);
    expect(report.problems[0]!.reason).toContain('title.kk is 5,001 characters long, more than the 5,000');
    expect(content!.timeline.map((event) => event.id)).not.toContain('1930-famine');
  });

  it('refuses an alt text in exhibit.yaml over the text cap', async () => {
    const dir = await editedCopy({
      'exhibit.yaml': (text) => text.replace("alt: { kk: 'Дала'", `alt: { kk: '${'д'.repeat(MAX_TEXT_CHARS + 1)}'`),
    });
    const { problems } = await read(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^exhibit\.yaml:\d+: error: text\.too-long$/));
  });

  it('refuses a Markdown section over its cap once, at its first line', async () => {
    const body = `${'Ұзақ мәтін. '.repeat(MAX_MARKDOWN_CHARS / 10)}\n`;
    const dir = await editedCopy({ 'timeline/1930-famine.md': (text) => text.replace('Ашаршылық басталды.\n', body) });
    const { problems, report } = await read(dir);
    expect(problems).toEqual(['timeline/1930-famine.md:9: error: text.too-long']);
    expect(report.problems[0]!.reason).toMatch(/^## kk is [\d,]+ characters long, more than the 200,000/);
  });

  it('refuses a transcript and an image over their size caps without reading them', async () => {
    const dir = await editedCopy({});
    // Sparse files: as large as the caps say, and nothing a reader could make sense of.
    await truncate(path.join(dir, 'files/t01.ru.vtt'), MAX_FILE_BYTES.transcript + 1);
    await truncate(path.join(dir, 'files/steppe.png'), MAX_FILE_BYTES.image + 1);
    const { content, problems, report } = await read(dir);
    expect(problems).toEqual(['files/steppe.png:-: error: file.too-large', 'files/t01.ru.vtt:-: error: file.too-large']);
    expect(report.problems.map((problem) => problem.reason)).toEqual([
      'is 201 MB, more than the 200 MB an image may be; make it smaller',
      'is 11 MB, more than the 10 MB a transcript may be; make it smaller',
    ]);
    expect(content!.media.has('files/t01.ru.vtt')).toBe(false);
  });
});
