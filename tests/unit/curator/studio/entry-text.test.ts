import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeEntryText, newEntryText, readEntryParts } from '../../../../src/curator/studio/entry-text.ts';
import { readMarkdownEntry } from '../../../../src/curator/content/read-markdown-entry.ts';
import { Report } from '../../../../src/curator/report.ts';

const DEMO = path.resolve('media');
const DEMO_FILES = ['timeline', 'testimonies', 'places'].flatMap((folder) =>
  readdirSync(path.join(DEMO, folder)).map((name) => `${folder}/${name}`),
);

type Front = Record<string, unknown>;

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

function edit(text: string, change: (front: Front, sections: Record<string, string>) => void): string {
  const parts = readEntryParts(text, 'entry.md');
  const front = structuredClone(parts.front!);
  const sections = { ...parts.sections } as Record<string, string>;
  change(front, sections);
  return composeEntryText(text, { front, sections });
}

const EVENT = `---
# The order, as the archive dates it.
date: 1937-07-30
title:
  kk: "Бұйрық"
  ru: 'Приказ'
  en: Order
source: "NKVD Operational Order No. 00447."
images:
  - file: files/order.jpg
    alt: { kk: "Бұйрық", ru: "Приказ", en: "The order" }
links:
  testimonies: [t01-witness]
  names: ["KZ-000001"]
---
## kk
Бірінші абзац.

Екінші абзац.

## ru
Первый абзац.

## en
First paragraph.
`;

describe('composeEntryText', () => {
  it('gives back every demo file byte for byte when nothing changed', () => {
    for (const file of DEMO_FILES) {
      const text = readFileSync(path.join(DEMO, file), 'utf8');
      expect([file, edit(text, () => {})]).toEqual([file, text]);
    }
  });

  it('changes one line of any demo file for one changed title', () => {
    for (const file of DEMO_FILES) {
      const text = readFileSync(path.join(DEMO, file), 'utf8');
      const after = edit(text, (front) => {
        const title = (front.title ?? front.name) as Record<string, string>;
        title.en = `${title.en} (revised)`;
      });
      const { removed, added } = changedLines(text, after);
      expect([file, removed.length, added.length]).toEqual([file, 1, 1]);
      expect(added[0]).toMatch(/^\s+en: ".* \(revised\)"$/);
    }
  });

  it('keeps comments, the quoting of untouched texts and flow lists', () => {
    const after = edit(EVENT, (front) => {
      (front.title as Front).kk = 'Жаңа бұйрық';
    });
    expect(changedLines(EVENT, after)).toEqual({ removed: ['  kk: "Бұйрық"'], added: ['  kk: "Жаңа бұйрық"'] });
  });

  it('keeps a changed text in the quotes it was written with', () => {
    const after = edit(EVENT, (front) => {
      Object.assign(front.title as Front, { ru: 'Новый приказ', en: 'New order' });
    });
    expect(changedLines(EVENT, after).added).toEqual(["  ru: 'Новый приказ'", '  en: New order']);
  });

  it('writes a new key in double quotes, where the curator would, and a new list item in its list', () => {
    const after = edit(EVENT, (front) => {
      front.content_warning = { kk: 'Ескерту', ru: 'Предупреждение', en: 'A warning' };
      ((front.links as Front).testimonies as string[]).push('t02-son');
    });
    const { removed, added } = changedLines(EVENT, after);
    expect(removed).toEqual(['  testimonies: [t01-witness]']);
    expect(added).toEqual([
      '  testimonies: [t01-witness, "t02-son"]',
      'content_warning:',
      '  kk: "Ескерту"',
      '  ru: "Предупреждение"',
      '  en: "A warning"',
    ]);
  });

  it('takes a removed key out and leaves the rest', () => {
    const after = edit(EVENT, (front) => {
      delete front.images;
    });
    expect(changedLines(EVENT, after).removed).toEqual([
      'images:',
      '  - file: files/order.jpg',
      '    alt: { kk: "Бұйрық", ru: "Приказ", en: "The order" }',
    ]);
    expect(readEntryParts(after, 'x.md').front).not.toHaveProperty('images');
  });

  it('replaces only the section that changed, keeping the blank lines around it', () => {
    const after = edit(EVENT, (_, sections) => {
      sections.ru = 'Первый абзац.\n\nВторой абзац.';
    });
    expect(after).toBe(EVENT.replace('## ru\nПервый абзац.\n', '## ru\nПервый абзац.\n\nВторой абзац.\n'));
  });

  it('adds a missing section at the end and keeps text before the first section', () => {
    const text = EVENT.replace('---\n## kk', '---\nA stray note.\n\n## kk').replace(/\n## en\n[^]*$/, '\n');
    const after = edit(text, (_, sections) => {
      sections.en = 'First paragraph.';
    });
    expect(after).toContain('---\nA stray note.\n\n## kk');
    expect(after.endsWith('Первый абзац.\n\n## en\nFirst paragraph.\n')).toBe(true);
  });

  it('leaves a heading that is no language where it is', () => {
    const text = EVENT.replace('## en\n', '## fr\nPremier.\n\n## en\n');
    const after = edit(text, (_, sections) => {
      sections.en = 'Changed.';
    });
    expect(after).toContain('## fr\nPremier.\n\n## en\nChanged.\n');
  });

  it('keeps the file’s Windows line ends and byte order mark', () => {
    const text = `\uFEFF${EVENT.replaceAll('\n', '\r\n')}`;
    const after = edit(text, (front) => {
      front.source = 'Another source.';
    });
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
    expect(after).toContain('source: "Another source."\r\n');
  });

  it('refuses a file without front matter: its fields cannot be merged', () => {
    expect(() => composeEntryText('## kk\nМәтін.\n', { front: {}, sections: {} })).toThrow();
  });
});

describe('newEntryText', () => {
  it('writes front matter and a section per language that the content readers take', () => {
    const text = newEntryText({ date: '1937', title: { kk: '', ru: '', en: '' }, source: '' }, ['kk', 'ru', 'en']);
    const entry = readMarkdownEntry(text, 'timeline/new.md', new Report());
    expect(entry?.front.value).toEqual({ date: '1937', title: { kk: '', ru: '', en: '' }, source: '' });
    expect(Object.keys(entry!.sections)).toEqual(['kk', 'ru', 'en']);
  });
});
