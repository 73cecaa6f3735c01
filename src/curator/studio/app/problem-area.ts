// What a Check problem is about, in a word the curator knows, from the first part of its stable
// code (src/curator/report.ts ProblemCode: `text.missing-language` is about a text). No DOM.

import type { StringKey } from './studio-strings.ts';

const AREAS: Record<string, StringKey> = {
  exhibit: 'areaExhibit',
  section: 'areaExhibit',
  text: 'areaText',
  markdown: 'areaMarkdown',
  entry: 'areaField',
  yaml: 'areaField',
  key: 'areaField',
  timeline: 'areaField',
  testimony: 'areaField',
  place: 'areaField',
  chapter: 'areaField',
  image: 'areaField',
  ref: 'areaLink',
  file: 'areaMedia',
  media: 'areaMedia',
  webvtt: 'areaMedia',
  register: 'areaRegister',
};

export function problemArea(code: string): StringKey {
  return AREAS[code.split('.')[0] ?? ''] ?? 'areaOther';
}
