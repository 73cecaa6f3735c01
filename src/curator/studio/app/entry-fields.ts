// The fields of each kind of entry as the editor shows them, in the order of
// docs/content-folder.md, each under its front matter key. One table drives the editor, the list
// of missing translations and where a Check problem's field is. Keys the table does not name are
// kept as the file has them. No DOM.

import type { EntryKind } from '../protocol/studio-protocol.ts';
import type { StringKey } from './studio-strings.ts';

/** What a file field takes (a transcript is the transcripts field's). */
export type MediaKind = 'image' | 'audio' | 'video';
/** Where a choice's options come from: the exhibit, or a fixed list. */
export type ChoiceSource = 'eras' | 'languages' | 'placeKinds';
/** What an id list names: entries of a kind, the exhibit's keywords, or register ids typed in. */
export type IdSource = EntryKind | 'keywords' | 'names';

interface Base {
  key: string;
  label: StringKey;
  /** A line under the label, in plain words. */
  hint?: StringKey;
}

export type FieldSpec = Base &
  (
    | { type: 'localized'; multiline?: boolean }
    | { type: 'text'; multiline?: boolean }
    | { type: 'date' }
    | { type: 'choice'; options: ChoiceSource }
    | { type: 'boolean' }
    | { type: 'file'; accept: MediaKind }
    | { type: 'transcripts' }
    | { type: 'ids'; of: IdSource }
    | { type: 'coordinates' }
    | { type: 'group'; fields: FieldSpec[] }
    | { type: 'list'; fields: FieldSpec[]; item: StringKey }
  );

const imageFields: FieldSpec[] = [
  { key: 'file', label: 'fieldImageFile', type: 'file', accept: 'image' },
  { key: 'alt', label: 'fieldAlt', hint: 'hintAlt', type: 'localized' },
  { key: 'caption', label: 'fieldCaption', type: 'localized' },
  { key: 'credit', label: 'fieldCredit', type: 'text' },
];

const images: FieldSpec = { key: 'images', label: 'fieldImages', type: 'list', fields: imageFields, item: 'itemImage' };
const contentWarning: FieldSpec = {
  key: 'content_warning',
  label: 'fieldContentWarning',
  hint: 'hintContentWarning',
  type: 'localized',
};
const source = (hint: StringKey): FieldSpec => ({ key: 'source', label: 'fieldSource', hint, type: 'text', multiline: true });
/** `links:`, the items an entry leads to, the register's people last. */
const links = (first: FieldSpec, second: FieldSpec): FieldSpec => ({
  key: 'links',
  label: 'fieldLinks',
  type: 'group',
  fields: [first, second, { key: 'names', label: 'fieldLinkNames', hint: 'hintRegisterIds', type: 'ids', of: 'names' }],
});
const linkTestimonies: FieldSpec = { key: 'testimonies', label: 'fieldLinkTestimonies', type: 'ids', of: 'testimonies' };

export const ENTRY_FIELDS: Record<EntryKind, FieldSpec[]> = {
  timeline: [
    { key: 'title', label: 'fieldTitle', type: 'localized' },
    { key: 'date', label: 'fieldDate', hint: 'hintPartialDate', type: 'date' },
    { key: 'end_date', label: 'fieldEndDate', hint: 'hintPartialDate', type: 'date' },
    { key: 'era', label: 'fieldEra', type: 'choice', options: 'eras' },
    source('hintSource'),
    images,
    contentWarning,
    links(linkTestimonies, { key: 'places', label: 'fieldLinkPlaces', type: 'ids', of: 'places' }),
  ],
  testimonies: [
    { key: 'title', label: 'fieldTitle', type: 'localized' },
    { key: 'speaker', label: 'fieldSpeaker', type: 'localized' },
    { key: 'recorded', label: 'fieldRecorded', hint: 'hintPartialDate', type: 'date' },
    { key: 'place', label: 'fieldRecordedPlace', type: 'localized' },
    { key: 'audio', label: 'fieldAudio', hint: 'hintRecording', type: 'file', accept: 'audio' },
    { key: 'video', label: 'fieldVideo', hint: 'hintRecording', type: 'file', accept: 'video' },
    { key: 'audio_language', label: 'fieldSpokenLanguage', type: 'choice', options: 'languages' },
    { key: 'synthetic', label: 'fieldSynthetic', type: 'boolean' },
    { key: 'transcripts', label: 'fieldTranscripts', hint: 'hintTranscripts', type: 'transcripts' },
    { key: 'summary', label: 'fieldSummary', hint: 'hintSummary', type: 'localized', multiline: true },
    {
      key: 'portrait',
      label: 'fieldPortrait',
      type: 'group',
      fields: imageFields,
    },
    {
      key: 'chapters',
      label: 'fieldChapters',
      type: 'list',
      item: 'itemChapter',
      fields: [
        { key: 'start', label: 'fieldChapterStart', hint: 'hintChapterStart', type: 'text' },
        { key: 'title', label: 'fieldTitle', type: 'localized' },
        { key: 'synopsis', label: 'fieldSynopsis', type: 'localized', multiline: true },
        { key: 'keywords', label: 'fieldKeywords', type: 'ids', of: 'keywords' },
      ],
    },
    contentWarning,
  ],
  places: [
    { key: 'name', label: 'fieldPlaceName', type: 'localized' },
    { key: 'kind', label: 'fieldPlaceKind', type: 'choice', options: 'placeKinds' },
    { key: 'coordinates', label: 'fieldCoordinates', hint: 'hintCoordinates', type: 'coordinates' },
    source('hintPlaceSource'),
    images,
    links({ key: 'events', label: 'fieldLinkEvents', type: 'ids', of: 'timeline' }, linkTestimonies),
  ],
};

/** What the sections of each kind's body are, for their heading. */
export const BODY_LABEL: Record<EntryKind, StringKey> = {
  timeline: 'bodyEvent',
  testimonies: 'bodyTestimony',
  places: 'bodyPlace',
};
