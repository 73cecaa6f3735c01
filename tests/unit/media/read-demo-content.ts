// Reads the demo content folder's front matter as plain YAML, so the demo-content tests check
// what the curator wrote, independently of the reader the CLI uses.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const MEDIA_DIR = 'media';
export const LANGUAGES = ['kk', 'ru', 'en'] as const;

export type Localized = Record<(typeof LANGUAGES)[number], string>;
export interface DemoImage {
  file: string;
  alt: Localized;
  caption: Localized;
  credit: string;
}
export type FrontMatter = Record<string, unknown>;

/** The front matter of each `.md` file in a folder of the content folder, by id (file name). */
export function readEntries(folder: string): Map<string, FrontMatter> {
  const dir = path.join(MEDIA_DIR, folder);
  const entries = new Map<string, FrontMatter>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
    if (front === undefined) throw new Error(`${folder}/${name}: no front matter`);
    entries.set(name.replace(/\.md$/, ''), parse(front) as FrontMatter);
  }
  return entries;
}

export function readExhibit(): FrontMatter {
  return parse(readFileSync(path.join(MEDIA_DIR, 'exhibit.yaml'), 'utf8')) as FrontMatter;
}

/** `m:ss` or `h:mm:ss` as seconds. */
export function secondsOf(timecode: string): number {
  return timecode.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}
