import { describe, expect, it } from 'vitest';
import { readMarkdownEntry } from '../../../../src/curator/content/read-markdown-entry.ts';
import { Report } from '../../../../src/curator/report.ts';

function read(text: string) {
  const report = new Report();
  const entry = readMarkdownEntry(text, 'timeline/x.md', report);
  return { entry, problems: report.problems.map((problem) => [problem.line, problem.severity, problem.code]) };
}

const FRONT = '---\ndate: 1937\ntitle:\n  kk: "Атау"\n  en: Title\n---\n';

describe('readMarkdownEntry', () => {
  it('splits the body into language sections of Markdown, each with the line it starts on', () => {
    const { entry, problems } = read(`${FRONT}## kk\nБірінші\nабзац.\n\nЕкінші.\n\n## ru\nПервый.\n## en\n\nFirst.\n`);
    expect(problems).toEqual([]);
    expect(entry!.sections).toEqual({
      kk: { text: 'Бірінші\nабзац.\n\nЕкінші.', line: 8 },
      ru: { text: 'Первый.', line: 14 },
      en: { text: 'First.', line: 17 },
    });
    expect(entry!.front.value).toEqual({ date: 1937, title: { kk: 'Атау', en: 'Title' } });
    expect(entry!.bodyLine).toBe(7);
  });

  it('gives file lines for front matter keys, counting the opening fence', () => {
    const { entry } = read(`${FRONT}## kk\nx\n`);
    expect(entry!.front.lineOf(['date'])).toBe(2);
    expect(entry!.front.lineOf(['title', 'en'])).toBe(5);
    // A missing key points at its nearest existing parent.
    expect(entry!.front.lineOf(['title', 'ru'])).toBe(3);
  });

  it('reads CRLF files and a BOM the same way', () => {
    const { entry, problems } = read(`\uFEFF${FRONT}## kk\nБір\n\nЕкі\n`.replace(/\n/g, '\r\n'));
    expect(problems).toEqual([]);
    expect(entry!.sections).toEqual({ kk: { text: 'Бір\n\nЕкі', line: 8 } });
  });

  it('reports a YAML error at its file line and returns null', () => {
    const { entry, problems } = read('---\ndate: 1937\ntitle: [a, b\nsource: x\n---\n## kk\nx\n');
    expect(entry).toBeNull();
    expect(problems).toEqual([[4, 'error', 'yaml.syntax']]);
  });

  it('reports duplicate keys in front matter', () => {
    const { entry, problems } = read('---\ndate: 1937\ndate: 1938\n---\n');
    expect(entry).toBeNull();
    expect(problems).toEqual([[3, 'error', 'yaml.syntax']]);
  });

  it('requires front matter that opens and closes', () => {
    expect(read('## kk\ntext\n').problems).toEqual([[1, 'error', 'markdown.no-front-matter']]);
    expect(read('---\ndate: 1937\n## kk\n').problems).toEqual([[1, 'error', 'markdown.front-matter-not-closed']]);
  });

  it('keeps lists, quotes and ### headings as Markdown inside a section', () => {
    const body = '### Бұйрық\n\n- бірінші\n- екінші\n\n> «Дәйексөз»\n\n*екпін* мен **қалың**';
    const { entry, problems } = read(`${FRONT}## kk\n${body}\n`);
    expect(problems).toEqual([]);
    expect(entry!.sections.kk).toEqual({ text: body, line: 8 });
  });

  it('reports a heading that is not a language and a section given twice', () => {
    const { entry, problems } = read(`${FRONT}## kk\na\n## Kazakh\nlost\n## kk\nb\n`);
    expect(problems).toEqual([
      [9, 'error', 'markdown.not-a-language'],
      [11, 'error', 'markdown.duplicate-section'],
    ]);
    expect(entry!.sections).toEqual({ kk: { text: 'a', line: 8 } });
  });

  it('warns once about text before the first section', () => {
    const { entry, problems } = read(`${FRONT}stray\n\nmore\n## en\ntext\n`);
    expect(problems).toEqual([[7, 'warning', 'markdown.text-before-section']]);
    expect(entry!.sections).toEqual({ en: { text: 'text', line: 11 } });
  });
});
