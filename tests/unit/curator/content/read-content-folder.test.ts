import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../../src/curator/content/read-content-folder.ts';
import { CliError } from '../../../../src/curator/cli-error.ts';
import { Report } from '../../../../src/curator/report.ts';
import { editedCopy as brokenCopy, MINIMAL, read, removeCopies } from './content-copy.ts';

afterAll(removeCopies);

describe('readContentFolder', () => {
  it('reads the minimal folder without problems', async () => {
    const { content, problems, records } = await read(MINIMAL);
    expect(problems).toEqual([]);
    expect(content!.exhibit).toMatchObject({
      id: 'fixture-exhibit',
      demo: false,
      languages: ['kk', 'ru', 'en'],
      defaultLanguage: 'kk',
    });
    expect(content!.timeline.map((event) => event.id)).toEqual(['1930-famine', '1937-order']);
    expect(content!.timeline[1]).toMatchObject({
      date: '1937-07-30',
      endDate: '1938-11',
      era: 'terror',
      body: { kk: 'Бірінші абзац.\n\nЕкінші абзац,\nекі жолда.', ru: 'Первый абзац.', en: 'First paragraph.' },
      links: { testimonies: ['t01-witness'], names: ['KZ-000001'] },
    });
    expect(content!.testimonies[0]).toMatchObject({
      id: 't01-witness',
      media: { kind: 'audio', file: 'files/t01.ogg' },
      mediaLanguage: 'kk',
      synthetic: true,
    });
    expect([...content!.media.keys()].sort()).toEqual([
      'files/steppe.png',
      'files/t01.en.vtt',
      'files/t01.kk.vtt',
      'files/t01.ogg',
      'files/t01.ru.vtt',
    ]);
    expect(content!.media.get('files/t01.ogg')!.type).toBe('audio/ogg');
    expect(records.map((record) => record.id)).toEqual(['KZ-000001', 'KZ-000002', 'KZ-000003']);
    expect(records[1]).toEqual({
      id: 'KZ-000002',
      surname: 'Иванова',
      givenName: 'Мария',
      patronymic: 'Петровна',
      birthYear: 1901,
      deathDate: '1938',
      restricted: true,
    });
    expect(records[0]!.extra).toEqual({ case_number: '1234' });
  });

  it('reports a text missing in one exhibit language at its line', async () => {
    const dir = await brokenCopy({
      'timeline/1930-famine.md': (text) =>
        text
          .replace('title: { kk: "Ашаршылық", ru: "Голод", en: "Famine" }', 'title: { kk: "Ашаршылық", ru: "Голод" }')
          .replace(/## en\n.*\n/, ''),
    });
    expect((await read(dir)).problems).toEqual([
      'timeline/1930-famine.md:3: error: text.missing-language',
      'timeline/1930-famine.md:8: error: text.missing-language',
    ]);
  });

  it('reports a missing file, and a name that differs only in case without calling the file unused', async () => {
    const dir = await brokenCopy({
      'testimonies/t01-witness.md': (text) =>
        text.replace('audio: files/t01.ogg', 'audio: files/T01.ogg').replace('en: files/t01.en.vtt', 'en: files/gone.vtt'),
    });
    expect((await read(dir)).problems).toEqual([
      'testimonies/t01-witness.md:5: error: ref.wrong-case',
      'testimonies/t01-witness.md:11: error: ref.missing',
      'files/t01.en.vtt:-: warning: file.orphan',
    ]);
  });

  it('reports a transcript that is not WebVTT and a file of the wrong kind', async () => {
    const dir = await brokenCopy({
      'files/t01.ru.vtt': '1\n00:00:00,000 --> 00:00:02,000\nSRT, not WebVTT\n',
      'timeline/1930-famine.md': (text) => text.replace('image: files/steppe.png', 'image: files/t01.ogg'),
    });
    expect((await read(dir)).problems).toEqual([
      'timeline/1930-famine.md:5: error: ref.wrong-kind',
      'files/t01.ru.vtt:1: error: file.not-webvtt',
    ]);
  });

  it('reports a media file that is not what its name says, and a bad cue at its .vtt line', async () => {
    const dir = await brokenCopy({
      'files/t01.ogg': 'a text file, saved under the recording’s name\n',
      'files/t01.en.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nLine en\n\n00:03.000 --> 00:02,500\nBad end\n',
    });
    const { content, problems } = await read(dir);
    expect(problems).toEqual([
      'files/t01.ogg:-: error: media.not-what-name-says',
      'files/t01.en.vtt:6: error: webvtt.bad-timestamp',
    ]);
    expect(content!.media.has('files/t01.ogg')).toBe(false);
  });

  it('gives each recording the duration its container states', async () => {
    expect((await read(MINIMAL)).content!.media.get('files/t01.ogg')!.durationSeconds).toBeCloseTo(3, 2);
  });

  it('reports era, testimony and name links that do not resolve', async () => {
    const dir = await brokenCopy({
      'timeline/1937-order.md': (text) =>
        text
          .replace('era: terror', 'era: purge')
          .replace('[t01-witness]', '[t02-nobody]')
          .replace('["KZ-000001"]', '["KZ-000001", "KZ-999"]'),
    });
    expect((await read(dir)).problems).toEqual([
      'timeline/1937-order.md:4: error: ref.missing',
      'timeline/1937-order.md:11: error: ref.missing',
      'timeline/1937-order.md:12: error: ref.missing',
    ]);
  });

  it('warns, not fails, when a link points at a register row left out for its problems', async () => {
    const dir = await brokenCopy({
      'names/register.csv': (text) =>
        text.replace('KZ-000001,Байтұрсынов,Ахмет,,Baitursynov Akhmet;Байтурсынов,1872', 'KZ-000001,Байтұрсынов,Ахмет,,,18x2'),
    });
    const { problems, report } = await read(dir);
    expect(problems).toEqual([
      'names/register.csv:2: error: register.bad-year',
      'timeline/1937-order.md:12: warning: ref.left-out',
    ]);
    expect(report.blockingErrorCount).toBe(0);
  });

  it("says a link points at a testimony with problems, and keeps that testimony's files in use", async () => {
    const dir = await brokenCopy({
      'testimonies/t01-witness.md': (text) => text.replace('audio: files/t01.ogg\n', ''),
      'files/t01.ogg': null,
    });
    const { content, problems } = await read(dir);
    expect(problems).toEqual([
      // Without audio it reads as a text-only testimony, which needs a summary.
      'testimonies/t01-witness.md:2: error: testimony.no-summary',
      'testimonies/t01-witness.md:7: error: testimony.needs-media',
      'timeline/1937-order.md:11: warning: ref.has-problems',
    ]);
    expect(content!.testimonies).toEqual([]);
  });

  it('still checks the texts, files and links of an entry whose front matter has an error', async () => {
    const dir = await brokenCopy({
      'testimonies/t01-witness.md': (text) =>
        text.replace('recorded: 2024-05', 'recorded: last spring').replace('ru: files/t01.ru.vtt', 'ru: files/t01.ru.srt'),
      'timeline/1937-order.md': (text) => text.replace('date: 1937-07-30', 'date: 30.07.1937').replace('[t01-witness]', '[t09]'),
    });
    expect((await read(dir)).problems).toEqual([
      'timeline/1937-order.md:2: error: key.invalid',
      'testimonies/t01-witness.md:4: error: key.invalid',
      'timeline/1937-order.md:11: error: ref.missing',
      'testimonies/t01-witness.md:10: error: ref.missing',
      'files/t01.ru.vtt:-: warning: file.orphan',
    ]);
  });

  it('keeps the files of an entry whose front matter is not YAML in use, and links to it point there', async () => {
    const dir = await brokenCopy({
      'testimonies/t01-witness.md': (text) => text.replace('recorded: 2024-05', 'recorded: [2024'),
    });
    expect((await read(dir)).problems).toEqual([
      expect.stringMatching(/^testimonies\/t01-witness\.md:\d+: error: yaml\.syntax$/),
      'timeline/1937-order.md:11: warning: ref.has-problems',
    ]);
  });

  it('reads a testimony whose file name is not an id, so links to it point at its problem', async () => {
    const dir = await brokenCopy({
      'testimonies/t01-witness.md': null,
      'testimonies/T01.md': await readFile(path.join(MINIMAL, 'testimonies/t01-witness.md'), 'utf8'),
      'timeline/1937-order.md': (text) => text.replace('[t01-witness]', '[T01]'),
    });
    expect((await read(dir)).problems).toEqual([
      'testimonies/T01.md:-: error: entry.bad-id',
      'timeline/1937-order.md:11: warning: ref.has-problems',
    ]);
  });

  it('lists the problems of every other file when exhibit.yaml has errors', async () => {
    const dir = await brokenCopy({
      'exhibit.yaml': (text) => text.replace('id: fixture-exhibit', 'id: Fixture Exhibit'),
      'timeline/1930-famine.md': (text) =>
        text.replace('title: { kk: "Ашаршылық", ru: "Голод", en: "Famine" }', 'title: { kk: "Ашаршылық" }'),
      'names/register.csv': (text) => text.replace(',1872,', ',18x2,'),
    });
    const { content, problems } = await read(dir);
    expect(content).toBeNull();
    expect(problems).toEqual([
      'exhibit.yaml:2: error: key.invalid',
      'names/register.csv:2: error: register.bad-year',
      'timeline/1930-famine.md:3: error: text.missing-language',
      'timeline/1930-famine.md:3: error: text.missing-language',
      'timeline/1937-order.md:12: warning: ref.left-out',
    ]);
  });

  it('does not call links missing while a register file could not be read to the end', async () => {
    const dir = await brokenCopy({ 'names/register.csv': (text) => text.replace('id,surname,given_name', 'id,surname,given') });
    expect((await read(dir)).problems).toEqual([
      'names/register.csv:1: error: register.missing-column',
      'timeline/1937-order.md:12: warning: ref.unchecked',
    ]);
  });

  it('warns once about a register file with a header and no names', async () => {
    const dir = await brokenCopy({ 'names/register.csv': (text) => `${text.split('\n')[0]}\n` });
    expect((await read(dir)).problems).toEqual([
      'names/register.csv:-: warning: register.empty',
      'timeline/1937-order.md:12: error: ref.missing',
    ]);
  });

  it('warns about files under files/ that nothing uses or a feed cannot carry', async () => {
    const dir = await brokenCopy({ 'files/notes.txt': 'curator notes', 'files/unused.png': 'png' });
    expect((await read(dir)).problems).toEqual([
      'files/notes.txt:-: warning: file.unsupported-type',
      'files/unused.png:-: warning: file.orphan',
    ]);
  });

  it('reports exhibit.yaml errors with key paths and lines', async () => {
    const dir = await brokenCopy({
      'exhibit.yaml': (text) =>
        text
          .replace('defaultLanguage: kk', 'defaultLanguage: de')
          .replace("title:\n  kk: 'Еске алу'", "title:\n  kz: 'Еске алу'"),
    });
    const { content, problems } = await read(dir);
    expect(content).toBeNull();
    expect(problems).toEqual(['exhibit.yaml:4: error: key.unknown', 'exhibit.yaml:8: error: key.invalid']);
  });

  it('reports a missing exhibit.yaml and stops', async () => {
    const dir = await brokenCopy({ 'exhibit.yaml': null });
    const { content, problems } = await read(dir);
    expect(content).toBeNull();
    expect(problems).toEqual(['exhibit.yaml:-: error: exhibit.missing']);
  });

  it('throws a CliError for a folder that does not exist', async () => {
    await expect(readContentFolder(path.join(os.tmpdir(), 'eske-no-such-folder'), new Report())).rejects.toBeInstanceOf(CliError);
  });
});
