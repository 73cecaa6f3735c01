// What the studio's app needs to know of the content folder to show it: the exhibit's languages,
// eras and keywords (for the editors' choices), every entry of each kind, and the files under
// files/. Read fresh on each request, so edits made outside the studio show at the next look.

import path from 'node:path';
import { LANGUAGES } from '../../feed/languages.ts';
import { listContentFiles } from '../content/list-content-files.ts';
import { EXHIBIT_FILE, readExhibit } from '../content/read-exhibit.ts';
import { Report } from '../report.ts';
import type { EntryStore } from './entry-store.ts';
import { ENTRY_KINDS, type ContentOverview } from './protocol/studio-protocol.ts';

export async function readOverview(
  store: EntryStore,
  settings: Pick<ContentOverview, 'folder' | 'contentPath' | 'publishTo' | 'previewPort'>,
): Promise<ContentOverview> {
  const { contentDir } = store;
  // A broken exhibit.yaml is the Check's to report; the editors still open, in every language.
  const exhibit = (await readExhibit(path.join(contentDir, EXHIBIT_FILE), new Report()))?.entry.value ?? null;
  const entries = Object.fromEntries(
    await Promise.all(ENTRY_KINDS.map(async (kind) => [kind, await store.list(kind)] as const)),
  ) as ContentOverview['entries'];
  return {
    ...settings,
    exhibit: {
      id: exhibit?.id ?? '',
      title: exhibit?.title ?? {},
      languages: exhibit?.languages ?? [...LANGUAGES],
      defaultLanguage: exhibit?.defaultLanguage ?? LANGUAGES[0],
      eras: (exhibit?.eras ?? []).map((era) => ({ id: era.id, label: era.title })),
      keywords: (exhibit?.keywords ?? []).map((keyword) => ({ id: keyword.id, label: keyword.label })),
    },
    entries,
    files: [...(await listContentFiles(contentDir, new Report())).keys()],
  };
}
