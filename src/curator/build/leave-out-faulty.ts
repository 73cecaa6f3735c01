// What `build --force` publishes (docs/design.md §4): the content folder without the items that
// have errors. A timeline event, testimony or place with an error in its file, or that uses a file
// the feed cannot carry, is left out as a bad register row is, and the links to it are dropped.
// What no item stands for is never forced: exhibit.yaml, a register file as a whole, a folder.

import type { ImageSource } from '../content/content-refs.ts';
import { FILES_FOLDER } from '../content/list-content-files.ts';
import type { ContentFolder } from '../content/read-content-folder.ts';
import { PLACES_FOLDER } from '../content/read-places.ts';
import { TESTIMONIES_FOLDER } from '../content/read-testimonies.ts';
import { TIMELINE_FOLDER } from '../content/read-timeline.ts';
import type { Problem, Report } from '../report.ts';

export interface ForcedContent {
  /** Null when an error is one --force may not skip: those are in `unforcible`. */
  content: ContentFolder | null;
  /** The item files left out, by name. */
  leftOut: string[];
  unforcible: Problem[];
}

const imageFiles = (images: readonly ImageSource[]) => images.map((image) => image.file);

/** `carried`: whether the feed carries a file under files/ (it was read and, for an image, decoded). */
export function leaveOutFaulty(content: ContentFolder, report: Report, carried: (file: string) => boolean): ForcedContent {
  const faultyFiles = new Set<string>();
  const unforcible: Problem[] = [];
  for (const problem of report.problems) {
    if (problem.severity !== 'error' || problem.rowSkipped) continue;
    const [folder, name] = problem.file.split('/', 2);
    const isItem = name?.endsWith('.md') && [TIMELINE_FOLDER, TESTIMONIES_FOLDER, PLACES_FOLDER].includes(folder!);
    // A file under files/ stands for the items that use it; they go when it is not carried.
    if (isItem) faultyFiles.add(problem.file);
    else if (folder !== FILES_FOLDER || !name) unforcible.push(problem);
  }
  for (const slide of content.exhibit.attract) {
    if (slide.image && !carried(slide.image.file)) {
      const reason = `exhibit.yaml shows ${slide.image.file}, which cannot be published`;
      unforcible.push({ file: slide.image.file, line: null, code: 'ref.has-problems', reason, severity: 'error' });
    }
  }
  if (unforcible.length > 0) return { content: null, leftOut: [], unforcible };

  // Items with errors of their own are out already (read-content-folder); named here all the same.
  const leftOut = new Set(faultyFiles);
  const keep = <T extends { id: string }>(folder: string, items: readonly T[], files: (item: T) => string[]) =>
    items.filter((item) => {
      const file = `${folder}/${item.id}.md`;
      const ok = !faultyFiles.has(file) && files(item).every(carried);
      if (!ok) leftOut.add(file);
      return ok;
    });
  const timeline = keep(TIMELINE_FOLDER, content.timeline, (event) => imageFiles(event.images));
  const testimonies = keep(TESTIMONIES_FOLDER, content.testimonies, (testimony) => [
    ...(testimony.media ? [testimony.media.file] : []),
    ...Object.values(testimony.transcripts),
    ...(testimony.portrait ? [testimony.portrait.file] : []),
  ]);
  const places = keep(PLACES_FOLDER, content.places, (place) => imageFiles(place.images));

  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const [eventIds, testimonyIds, placeIds] = [ids(timeline), ids(testimonies), ids(places)];
  return {
    content: {
      ...content,
      timeline: timeline.map((event) => ({
        ...event,
        links: {
          ...event.links,
          testimonies: event.links.testimonies.filter((id) => testimonyIds.has(id)),
          places: event.links.places.filter((id) => placeIds.has(id)),
        },
      })),
      testimonies,
      places: places.map((place) => ({
        ...place,
        links: {
          ...place.links,
          events: place.links.events.filter((id) => eventIds.has(id)),
          testimonies: place.links.testimonies.filter((id) => testimonyIds.has(id)),
        },
      })),
    },
    leftOut: [...leftOut].sort(),
    unforcible: [],
  };
}
