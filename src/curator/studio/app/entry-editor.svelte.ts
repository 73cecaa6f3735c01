// The entry being edited: the file as saved, the curator's working copy, and the draft kept in
// the browser at every change. Save writes the working copy to the file through the API, naming
// the version it started from, so a file changed outside the studio is never overwritten unseen.

import type { Language } from '../../../feed/languages.ts';
import type { Draft, EntryDoc, EntryEdit, EntryKind } from '../protocol/studio-protocol.ts';
import { getAt, setAt, type FieldPath } from './front-path.ts';
import { CallState } from './call-state.svelte.ts';
import { studioClient } from './studio-client.ts';
import { studio } from './studio.svelte.ts';

function editOf(doc: EntryDoc): EntryEdit {
  return doc.front === null ? { text: doc.text } : { front: doc.front, sections: doc.sections };
}

function sameEdit(a: EntryEdit, b: EntryEdit): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

class EntryEditor extends CallState {
  doc = $state<EntryDoc | null>(null);
  edit = $state<EntryEdit | null>(null);
  /** A draft made on another version of the file than the one on disk now: the curator chooses. */
  conflict = $state<Draft | null>(null);
  saving = $state(false);
  justSaved = $state(false);
  /** False when the browser would not keep the last draft. */
  draftKept = $state(true);
  dirty = $derived(this.doc !== null && this.edit !== null && !sameEdit(this.edit, editOf(this.doc)));

  get front(): Record<string, unknown> {
    return this.edit && 'front' in this.edit ? this.edit.front : {};
  }

  get sections(): Partial<Record<Language, string>> {
    return this.edit && 'sections' in this.edit ? this.edit.sections : {};
  }

  async open(kind: EntryKind, id: string): Promise<void> {
    this.doc = null;
    this.edit = null;
    this.conflict = null;
    this.justSaved = false;
    await this.attempt(async () => {
      const doc = await studioClient.entry(kind, id);
      const draft = studio.drafts?.get(kind, id) ?? null;
      this.doc = doc;
      this.edit = draft && draft.baseHash === doc.hash ? draft.edit : editOf(doc);
      if (draft && draft.baseHash !== doc.hash) this.conflict = draft;
    });
  }

  field(path: FieldPath): unknown {
    return getAt(this.front, path);
  }

  setField(path: FieldPath, value: unknown): void {
    if (!this.edit || !('front' in this.edit)) return;
    this.#change({ front: setAt(this.edit.front, path, value), sections: this.edit.sections });
  }

  setSection(language: Language, text: string): void {
    if (!this.edit || !('sections' in this.edit)) return;
    this.#change({ front: this.edit.front, sections: { ...this.edit.sections, [language]: text } });
  }

  setText(text: string): void {
    this.#change({ text });
  }

  /** The curator keeps the draft made on an older version: it will replace the file as it is now. */
  keepMine(): void {
    if (!this.conflict) return;
    this.edit = this.conflict.edit;
    this.conflict = null;
    this.#keepDraft();
  }

  /** The curator takes the file as it is now and lets the draft go. */
  takeFile(): void {
    this.conflict = null;
    this.discard();
  }

  discard(): void {
    if (!this.doc) return;
    this.edit = editOf(this.doc);
    studio.drafts?.remove(this.doc.kind, this.doc.id);
    studio.noteDraftsChanged();
  }

  async save(): Promise<void> {
    if (!this.doc || !this.edit || this.saving) return;
    this.saving = true;
    const doc = this.doc;
    const edit = this.edit;
    await this.attempt(async () => {
      const saved = await studioClient.save(doc.kind, doc.id, doc.hash, $state.snapshot(edit));
      this.doc = saved;
      this.edit = editOf(saved);
      studio.drafts?.remove(saved.kind, saved.id);
      studio.noteDraftsChanged();
      this.justSaved = true;
      await studio.load();
    });
    this.saving = false;
    // The file changed outside the studio: open it as it is now, with the draft offered beside it.
    if (this.failure === 'changed-on-disk') {
      await this.open(doc.kind, doc.id);
      this.failure = 'changed-on-disk';
    }
  }

  #change(edit: EntryEdit): void {
    this.edit = edit;
    this.justSaved = false;
    this.#keepDraft();
  }

  #keepDraft(): void {
    if (!this.doc || !this.edit) return;
    const { kind, id, hash } = this.doc;
    if (this.dirty) this.draftKept = studio.drafts?.put({ kind, id, baseHash: hash, edit: $state.snapshot(this.edit) }) ?? false;
    else studio.drafts?.remove(kind, id);
    studio.noteDraftsChanged();
  }
}

export const entryEditor = new EntryEditor();
