// The timeline, testimony and place files of a content folder as the studio lists, opens,
// creates and saves them. A save names the version of the file it was made from and is refused
// if the file changed on disk since (a text editor, a `git pull`); every write is atomic, and a
// new entry never replaces a file that exists.

import { createHash } from 'node:crypto';
import { link, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { timelineEventSchema } from '../../feed/content-schema.ts';
import type { Language } from '../../feed/languages.ts';
import { describeFsError } from '../cli-error.ts';
import { makeFolders, writeFileAtomic } from '../write-file-atomic.ts';
import { composeEntryText, newEntryText, readEntryParts } from './entry-text.ts';
import type { EntryDoc, EntryEdit, EntryKind, EntrySummary, Localized } from './protocol/studio-protocol.ts';
import { SerialQueue } from './serial-queue.ts';
import { StudioError } from './studio-error.ts';

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What a new entry starts with: the keys its kind needs, to be filled in (the check says which are still empty). */
function newFront(kind: EntryKind, languages: readonly Language[], year: string): Record<string, unknown> {
  const empty = Object.fromEntries(languages.map((language) => [language, '']));
  switch (kind) {
    case 'timeline':
      return { date: year, title: empty, source: '' };
    case 'testimonies':
      return { title: empty, speaker: empty, recorded: year, audio_language: languages[0], summary: empty };
    case 'places':
      return { name: empty, source: '' };
  }
}

function localizedOf(value: unknown): Localized {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string')) as Localized;
}

export class EntryStore {
  /** Saves of one file run one after another, so the check that it is unchanged and the write are one step. */
  #queues = new Map<string, SerialQueue>();

  constructor(readonly contentDir: string) {}

  async list(kind: EntryKind): Promise<EntrySummary[]> {
    let names: string[];
    try {
      names = (await readdir(path.join(this.contentDir, kind), { withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort();
    } catch {
      return [];
    }
    return Promise.all(
      names.map(async (name) => {
        const id = name.slice(0, -'.md'.length);
        const file = `${kind}/${name}`;
        const { front } = readEntryParts(await readFile(path.join(this.contentDir, file), 'utf8').catch(() => ''), file);
        const date = front?.date ?? front?.recorded;
        return {
          kind,
          id,
          file,
          title: localizedOf(front?.title ?? front?.name),
          ...((typeof date === 'string' || typeof date === 'number') && { date: String(date) }),
        };
      }),
    );
  }

  async read(kind: EntryKind, id: string): Promise<EntryDoc> {
    const file = this.#file(kind, id);
    const text = await readFile(path.join(this.contentDir, file), 'utf8').catch((error: unknown) => {
      if ((error as { code?: string }).code === 'ENOENT') throw new StudioError('not-found', `${file} does not exist`);
      throw error;
    });
    return { kind, id, file, hash: textHash(text), text, ...readEntryParts(text, file) };
  }

  /** The file's text as it would be with `edit` applied to it as it is now on disk. */
  async textWith(kind: EntryKind, id: string, edit: EntryEdit): Promise<string> {
    if ('text' in edit) return edit.text;
    const current = await this.read(kind, id);
    if (current.front === null)
      throw new StudioError('bad-request', `${current.file} has no readable front matter; save it as text`);
    return composeEntryText(current.text, edit);
  }

  async save(kind: EntryKind, id: string, baseHash: string, edit: EntryEdit): Promise<EntryDoc> {
    const file = this.#file(kind, id);
    return this.#serially(file, async () => {
      const current = await this.read(kind, id);
      if (current.hash !== baseHash) {
        throw new StudioError('changed-on-disk', `${file} was changed outside the studio since it was opened`);
      }
      const text = await this.textWith(kind, id, edit);
      if (text !== current.text) {
        await writeFileAtomic(path.join(this.contentDir, file), text).catch((error: unknown) => {
          throw new StudioError('write-failed', `${file}: cannot write: ${describeFsError(error)}`);
        });
      }
      return this.read(kind, id);
    });
  }

  async create(kind: EntryKind, id: string, languages: readonly Language[], now: Date): Promise<EntryDoc> {
    // docs/content-folder.md: the file name is the id, by the feed's rule for ids.
    if (!timelineEventSchema.shape.id.safeParse(id).success) {
      throw new StudioError('bad-id', `"${id}" is not an id: use lowercase letters, digits and -`);
    }
    const file = this.#file(kind, id);
    const target = path.join(this.contentDir, file);
    const temporary = path.join(this.contentDir, kind, `.${id}.${process.pid}.new`);
    const text = newEntryText(newFront(kind, languages, String(now.getFullYear())), languages);
    try {
      await makeFolders(path.dirname(target));
      await writeFile(temporary, text, { flag: 'wx' });
      // A link is made whole or not at all, and never over a file that exists.
      await link(temporary, target);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw new StudioError('exists', `${file} exists already`);
      throw new StudioError('write-failed', `${file}: cannot write: ${describeFsError(error)}`);
    } finally {
      await rm(temporary, { force: true });
    }
    return this.read(kind, id);
  }

  /** An id names a file in its folder: no separators, nothing hidden, no `..`. */
  #file(kind: EntryKind, id: string): string {
    if (id === '' || id.startsWith('.') || /[/\\\0]/.test(id)) throw new StudioError('bad-id', `"${id}" is not an entry id`);
    return `${kind}/${id}.md`;
  }

  #serially<T>(file: string, task: () => Promise<T>): Promise<T> {
    let queue = this.#queues.get(file);
    if (!queue) this.#queues.set(file, (queue = new SerialQueue()));
    return queue.run(task);
  }
}
