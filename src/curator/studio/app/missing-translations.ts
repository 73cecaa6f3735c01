// The texts of an entry that lack a language (docs/design.md §3: every visitor-facing text in
// each exhibit language), listed so that none is hidden: a text written in some language and not
// in another, a transcript missing for one, and each body section still empty. No DOM.

import type { Language } from '../../../feed/languages.ts';
import type { EntryKind, Localized } from '../protocol/studio-protocol.ts';
import { ENTRY_FIELDS, type FieldSpec } from './entry-fields.ts';
import { getAt, type FieldPath } from './front-path.ts';

export interface MissingTranslation {
  /** The field's path, or `['body']` for the sections. */
  path: FieldPath;
  /** The labels from the entry down to the field (`Images`, `Alt text`). */
  labels: FieldSpec['label'][];
  languages: Language[];
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function walk(
  fields: readonly FieldSpec[],
  root: unknown,
  base: FieldPath,
  labels: FieldSpec['label'][],
  languages: readonly Language[],
): MissingTranslation[] {
  return fields.flatMap((field): MissingTranslation[] => {
    const path = [...base, field.key];
    const value = getAt(root, path);
    const chain = [...labels, field.label];
    if (value === undefined || value === null) return [];
    switch (field.type) {
      case 'localized':
      case 'transcripts': {
        const missing = languages.filter((language) => !isText((value as Localized)[language]));
        return missing.length === 0 ? [] : [{ path, labels: chain, languages: missing }];
      }
      case 'group':
        return walk(field.fields, root, path, chain, languages);
      case 'list':
        return Array.isArray(value)
          ? value.flatMap((_, index) => walk(field.fields, root, [...path, index], chain, languages))
          : [];
      default:
        return [];
    }
  });
}

export function missingTranslations(
  kind: EntryKind,
  front: Record<string, unknown>,
  sections: Localized,
  languages: readonly Language[],
): MissingTranslation[] {
  const body = languages.filter((language) => !isText(sections[language]));
  return [
    ...walk(ENTRY_FIELDS[kind], front, [], [], languages),
    ...(body.length === 0 ? [] : [{ path: ['body'], labels: ['fieldBody' as const], languages: body }]),
  ];
}
