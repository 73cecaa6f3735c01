// docs/design.md §10, the curator's side of hostile content: the XSS payloads of the end-to-end
// test, raw, are each refused where a curator typed them, and none of their items is published;
// the forms the CLI lets through (entities, escapes, CSS and template text) read clean.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileContent } from '../../../e2e/hostile-content.ts';
import { read } from './content-copy.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'eske-hostile-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('readContentFolder with XSS payloads in every text', () => {
  it('reads the forms the CLI lets through without a problem', async () => {
    const dir = path.join(root, 'accepted');
    writeHostileContent(dir);
    const { content, problems } = await read(dir);
    expect(problems).toEqual([]);
    expect(content!.timeline).toHaveLength(1);
  });

  it('refuses raw HTML and script links in every file, and publishes none of their items', async () => {
    const dir = path.join(root, 'raw');
    writeHostileContent(dir, { raw: true });
    const { content, report } = await read(dir);
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    const codes = new Set(errors.map((problem) => problem.code));
    expect([...codes].sort()).toEqual(['markdown.html', 'markdown.image', 'markdown.unsafe-link', 'ref.missing']);
    const files = new Set(errors.map((problem) => problem.file));
    expect([...files].sort()).toEqual([
      'exhibit.yaml',
      'places/hostile-place.md',
      'testimonies/t01-hostile.md',
      'testimonies/t02-hostile-letter.md',
      'timeline/1937-hostile.md',
    ]);
    // exhibit.yaml has errors: nothing can be published at all.
    expect(content).toBeNull();
  });
});
