// The curator's unsaved edits, kept in the browser's storage at every change (docs/design.md
// §8.1): a crashed or closed browser loses at most the keystroke being typed, and nothing reaches
// the content folder until Save. One record per entry, under the content folder's name. No DOM
// beyond the Storage it is given.

import { ENTRY_KINDS, type Draft, type EntryKind } from '../protocol/studio-protocol.ts';

const PREFIX = 'eske-studio-draft';

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<Draft>;
  return (
    ENTRY_KINDS.includes(draft.kind as EntryKind) &&
    typeof draft.id === 'string' &&
    typeof draft.baseHash === 'string' &&
    typeof draft.edit === 'object' &&
    draft.edit !== null
  );
}

export class DraftStore {
  constructor(
    private readonly storage: Storage,
    private readonly folder: string,
  ) {}

  #key(kind: EntryKind, id: string): string {
    return `${PREFIX}:${this.folder}:${kind}/${id}`;
  }

  get(kind: EntryKind, id: string): Draft | null {
    return this.#parse(this.storage.getItem(this.#key(kind, id)));
  }

  /** False when the browser refused to keep it (its storage is full): the editor says so. */
  put(draft: Draft): boolean {
    try {
      this.storage.setItem(this.#key(draft.kind, draft.id), JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  remove(kind: EntryKind, id: string): void {
    this.storage.removeItem(this.#key(kind, id));
  }

  /** Every draft of this content folder. */
  all(): Draft[] {
    const prefix = `${PREFIX}:${this.folder}:`;
    const drafts: Draft[] = [];
    for (let index = 0; index < this.storage.length; index++) {
      const key = this.storage.key(index);
      if (key?.startsWith(prefix)) {
        const draft = this.#parse(this.storage.getItem(key));
        if (draft) drafts.push(draft);
      }
    }
    return drafts;
  }

  #parse(text: string | null): Draft | null {
    if (text === null) return null;
    try {
      const value: unknown = JSON.parse(text);
      return isDraft(value) ? value : null;
    } catch {
      return null;
    }
  }
}
