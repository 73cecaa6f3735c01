// Reads a whole content folder (docs/content-folder.md): exhibit.yaml, timeline/, testimonies/,
// places/, names/*.csv and files/, then the checks across them. Every problem goes to the report; the
// caller decides what they mean (validate prints them, build may refuse to publish).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../cli-error.ts';
import type { Report } from '../report.ts';
import { checkChapterTimes } from './check-chapter-times.ts';
import { checkReferences, type MediaFile } from './check-references.ts';
import type { ContentEntry } from './content-refs.ts';
import { inExhibitOrder, type OrderedKind } from './exhibit-order.ts';
import { listContentFiles, type ContentFile } from './list-content-files.ts';
import { listFolder, warnSubfolders } from './list-folder.ts';
import { EXHIBIT_FILE, readExhibit, type ExhibitSource } from './read-exhibit.ts';
import { PLACES_FOLDER, readPlaces, type PlaceSource } from './read-places.ts';
import { readRegisterCsv } from './read-register-csv.ts';
import { readTestimonies, TESTIMONIES_FOLDER, type TestimonySource } from './read-testimonies.ts';
import { readTimeline, TIMELINE_FOLDER, type TimelineEventSource } from './read-timeline.ts';
import type { RegisterRecord } from './register-columns.ts';
import { RegisterIds } from './register-ids.ts';

export const NAMES_FOLDER = 'names';

export interface ContentFolder {
  exhibit: ExhibitSource;
  timeline: TimelineEventSource[];
  testimonies: TestimonySource[];
  places: PlaceSource[];
  /** The files under files/ that texts refer to, by relative path: what the feed carries. */
  media: Map<string, MediaFile>;
  /** Published register ids; a timeline link to an id that is not here is dropped. */
  registerIds: RegisterIds;
  register: { files: number; rows: number; published: number };
}

export interface ReadContentOptions {
  /** Gets each published register record as it streams by; the register is not kept here. */
  /** Its images are paths under files/ still, made into the feed's images by the build. */
  onNameRecord?: (record: RegisterRecord) => void;
  onProgress?: (file: string, rows: number) => void;
}

async function readRegister(
  contentDir: string,
  report: Report,
  ids: RegisterIds,
  files: ReadonlyMap<string, ContentFile>,
  options: ReadContentOptions,
) {
  const totals = { files: 0, rows: 0, published: 0 };
  /** One per register file with images: its published images go to the checks of files/ like any entry's. */
  const entries: ContentEntry<true>[] = [];
  const listed = await listFolder(contentDir, NAMES_FOLDER, report);
  if (!listed) return { totals, entries };
  warnSubfolders(listed, report);
  // docs/content-folder.md: register files are read in name order.
  for (const { name, file, absolutePath } of listed.files) {
    if (!name.toLowerCase().endsWith('.csv')) {
      report.warning(file, null, 'register.not-csv', 'not a .csv file; it is ignored');
      continue;
    }
    const stats = await readRegisterCsv({
      file,
      absolutePath,
      report,
      ids,
      files,
      onRecord: options.onNameRecord,
      onProgress: options.onProgress,
    });
    totals.files++;
    totals.rows += stats.rows;
    totals.published += stats.published;
    if (stats.images.length > 0 || stats.unpublishedImages.length > 0) {
      entries.push({ file, value: true, texts: [], files: stats.images, links: [], mentions: stats.unpublishedImages });
    }
  }
  return { totals, entries };
}

/** Null if exhibit.yaml is missing or has errors: nothing can be published then; see the report. */
export async function readContentFolder(
  contentDir: string,
  report: Report,
  options: ReadContentOptions = {},
): Promise<ContentFolder | null> {
  const info = await stat(contentDir).catch(() => null);
  if (!info?.isDirectory())
    throw new CliError('content.not-a-folder', `${contentDir}: no such folder (expected a content folder with ${EXHIBIT_FILE})`);

  const exhibit = await readExhibit(path.join(contentDir, EXHIBIT_FILE), report);
  if (!exhibit) return null;
  // Read on after a bad exhibit.yaml: one run should list the problems of every file.
  const timeline = await readTimeline(contentDir, report);
  const testimonies = await readTestimonies(contentDir, report);
  const places = await readPlaces(contentDir, report);
  const files = await listContentFiles(contentDir, report);
  const registerIds = new RegisterIds();
  const { totals: register, entries: registerImages } = await readRegister(contentDir, report, registerIds, files, options);

  const cleanById = (entries: readonly ContentEntry<unknown>[]) =>
    new Map(entries.map((entry) => [entry.id!, entry.value !== null]));
  const media = await checkReferences({
    languages: exhibit.languages,
    entries: [exhibit.entry, ...timeline, ...testimonies, ...places, ...registerImages] as ContentEntry<unknown>[],
    eraIds: exhibit.eraIds,
    keywordIds: exhibit.keywordIds,
    events: cleanById(timeline),
    testimonies: cleanById(testimonies),
    places: cleanById(places),
    registerIds,
    files,
    report,
  });
  checkChapterTimes(testimonies, media, report);
  const ordered = <T>(kind: OrderedKind, entries: ContentEntry<T>[]) =>
    inExhibitOrder(entries, checkOrder(exhibit.order[kind], entries, kind, report));
  const orderedTestimonies = ordered('testimonies', testimonies);
  const orderedPlaces = ordered('places', places);
  if (!exhibit.entry.value) return null;

  const sections = exhibit.entry.value.sections;
  const emptySection = (section: string, folder: string, isEmpty: boolean) => {
    if (sections.includes(section as (typeof sections)[number]) && isEmpty) {
      report.warning(`${folder}/`, null, 'section.empty', `exhibit.yaml lists the ${section} section, but it is empty`);
    }
  };
  emptySection('timeline', TIMELINE_FOLDER, timeline.length === 0);
  emptySection('testimonies', TESTIMONIES_FOLDER, testimonies.length === 0);
  emptySection('places', PLACES_FOLDER, places.length === 0);
  // A register file without names says so itself, and rows left out are reported one by one.
  emptySection('names', NAMES_FOLDER, register.files === 0);

  return {
    exhibit: exhibit.entry.value,
    timeline: publishedValues(timeline),
    testimonies: publishedValues(orderedTestimonies),
    places: publishedValues(orderedPlaces),
    media,
    registerIds,
    register,
  };
}

/** The ids of exhibit.yaml's `order:` for `kind`; one that names no entry, or comes twice, is warned about. */
function checkOrder(
  order: readonly { id: string; line: number }[],
  entries: readonly ContentEntry<unknown>[],
  kind: OrderedKind,
  report: Report,
): string[] {
  const known = new Set(entries.map((entry) => entry.id));
  const seen = new Set<string>();
  for (const { id, line } of order) {
    if (seen.has(id))
      report.warning(EXHIBIT_FILE, line, 'exhibit.order-duplicate-id', `order.${kind} lists "${id}" twice; the first counts`);
    else if (!known.has(id))
      report.warning(EXHIBIT_FILE, line, 'exhibit.order-unknown-id', `order.${kind}: no ${kind}/${id}.md; the id is skipped`);
    seen.add(id);
  }
  return order.map(({ id }) => id);
}

/** The entries without problems of their own: what the feed carries. */
function publishedValues<T>(entries: readonly ContentEntry<T>[]): T[] {
  return entries.flatMap((entry) => (entry.value === null ? [] : [entry.value]));
}
