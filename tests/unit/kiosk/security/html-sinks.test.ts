// docs/design.md §10: curator text reaches the page's DOM only through the sanitizer. This reads
// every source file of the kiosk and fails on any HTML sink outside Markdown.svelte, which inserts
// only render-markdown.ts's output; an eslint-disable comment cannot get past it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const KIOSK_DIR = path.resolve(import.meta.dirname, '../../../../src/kiosk');
/** The one component that inserts HTML, and what it may insert. */
const SANITIZED_HTML = {
  file: 'ui/Markdown.svelte',
  tag: '{@html html}',
  source: 'const html = $derived(renderMarkdown(source));',
};

/** Ways to turn a string into DOM (or script) that bypass Svelte's escaping of text. */
const SINKS = [
  /\{@html\b/,
  /\.(?:inner|outer)HTML\s*=(?!=)/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(?:ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsrcdoc\b/,
  /\bparseFromString\b/,
  /\bsetHTMLUnsafe\b/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(?:ts|svelte|html)$/.test(entry.name) ? [file] : [];
  });
}

function sinksIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => (SINKS.some((sink) => sink.test(line)) ? [`${index + 1}: ${line.trim()}`] : []));
}

describe('the kiosk source', () => {
  it('has no HTML sink outside Markdown.svelte', () => {
    const found = sourceFiles(KIOSK_DIR)
      .filter((file) => path.relative(KIOSK_DIR, file) !== SANITIZED_HTML.file)
      .flatMap((file) => sinksIn(readFileSync(file, 'utf8')).map((line) => `${path.relative(KIOSK_DIR, file)}:${line}`));
    expect(found).toEqual([]);
  });

  it('inserts in Markdown.svelte only what render-markdown.ts returns', () => {
    const text = readFileSync(path.join(KIOSK_DIR, SANITIZED_HTML.file), 'utf8');
    expect(sinksIn(text).map((line) => line.replace(/^\d+: /, ''))).toEqual([expect.stringContaining(SANITIZED_HTML.tag)]);
    expect(text).toContain(SANITIZED_HTML.source);
    expect(text).toMatch(/import \{ createMarkdownRenderer \} from '\.\.\/markdown\/render-markdown\.ts';/);
  });
});
