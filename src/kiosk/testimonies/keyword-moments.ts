// The exhibit's topics as an oral-history index (OHMS-style): for each keyword, the moments across
// all testimonies where it is spoken of, and the keywords one testimony touches. Built from the
// testimonies document alone; no DOM.

import type { Keyword, TestimoniesDoc, Testimony } from '../../feed/content-schema.ts';

/** A chapter of a testimony that speaks of a keyword. */
export interface Moment {
  testimonyId: string;
  chapterIndex: number;
  startSeconds: number;
}

/**
 * Every keyword of the exhibit with its moments, in testimony then chapter order. A chapter's id
 * that the exhibit does not list is left out: validate reports it to the curator, and a chip
 * without a label could not be shown.
 */
export function momentsByKeyword(doc: TestimoniesDoc, keywords: readonly Keyword[]): ReadonlyMap<string, readonly Moment[]> {
  const moments = new Map<string, Moment[]>(keywords.map((keyword) => [keyword.id, []]));
  for (const testimony of doc.testimonies) {
    testimony.chapters.forEach((chapter, chapterIndex) => {
      for (const id of new Set(chapter.keywords)) {
        moments.get(id)?.push({ testimonyId: testimony.id, chapterIndex, startSeconds: chapter.start });
      }
    });
  }
  return moments;
}

/** The exhibit's keywords one testimony touches, in the order its chapters first name them. */
export function keywordsOf(testimony: Pick<Testimony, 'chapters'>, keywords: readonly Keyword[]): Keyword[] {
  const byId = new Map(keywords.map((keyword) => [keyword.id, keyword]));
  const touched = new Set(testimony.chapters.flatMap((chapter) => chapter.keywords));
  return [...touched].flatMap((id) => byId.get(id) ?? []);
}
