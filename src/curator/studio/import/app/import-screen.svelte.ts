// The import screen's state: the job on the server and what the curator asked of it. Each change
// is sent to the server, which does the work; while it works the screen polls its progress, and
// then loads the page of problems it shows. Components only read this and call its methods.

import type { ImportSettings, ImportStatus, ProblemFilter, ProblemsPage } from '../import-protocol.ts';
import { ImportCallError, importClient } from './import-client.ts';
import type { ImportFailureKey } from './import-strings.ts';

/** How often a working import is asked for its progress: often enough for a moving count. */
const POLL_MS = 400;

class ImportScreen {
  status = $state<ImportStatus | null>(null);
  page = $state<ProblemsPage | null>(null);
  filter = $state<ProblemFilter>({});
  failure = $state<ImportFailureKey | null>(null);
  /** A call is on its way: the buttons that would send another wait. */
  sending = $state(false);
  working = $derived(this.status?.state === 'working');

  /** Starts an import of `file`, discarding the one before. */
  async choose(file: File): Promise<void> {
    const before = this.status;
    this.status = null;
    this.page = null;
    this.filter = {};
    if (before) await importClient.discard(before.id).catch(() => undefined);
    await this.#send(() => importClient.upload(file));
  }

  settings(settings: ImportSettings): Promise<void> {
    return this.#send((id) => importClient.settings(id, settings));
  }

  /** Sends the mapping with one column's target changed. */
  mapColumn(index: number, target: string): Promise<void> {
    const targets = this.status?.header?.columns.map((column) => column.target) ?? [];
    targets[index] = target;
    return this.settings({ targets });
  }

  fix(line: number, column: string, value: string): Promise<void> {
    return this.#send((id) => importClient.changeRow(id, line, { fix: { [column]: value } }));
  }

  skip(line: number, skip: boolean): Promise<void> {
    return this.#send((id) => importClient.changeRow(id, line, { skip }));
  }

  confirm(): Promise<void> {
    return this.#send((id) => importClient.confirm(id));
  }

  async filterBy(filter: ProblemFilter): Promise<void> {
    this.filter = filter;
    await this.#loadPage(0);
  }

  turnPage(offset: number): Promise<void> {
    return this.#loadPage(Math.max(0, offset));
  }

  csvUrl(): string | null {
    return this.status ? importClient.problemsCsvUrl(this.status.id, this.filter) : null;
  }

  async reset(): Promise<void> {
    const before = this.status;
    this.status = null;
    this.page = null;
    this.failure = null;
    if (before) await importClient.discard(before.id).catch(() => undefined);
  }

  /** One call that changes the job; then the job is polled until it is done, and its problems loaded. */
  async #send(call: (id: string) => Promise<ImportStatus>): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      this.status = await call(this.status?.id ?? '');
      while (this.status.state === 'working') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        this.status = await importClient.status(this.status.id);
      }
      this.failure = this.status.failure?.code ?? null;
      await this.#loadPage(this.page?.offset ?? 0);
    } catch (error) {
      this.failure = error instanceof ImportCallError ? error.code : 'internal';
    } finally {
      this.sending = false;
    }
  }

  async #loadPage(offset: number): Promise<void> {
    if (!this.status?.counts) {
      this.page = null;
      return;
    }
    try {
      this.page = await importClient.problems(this.status.id, this.filter, offset);
    } catch (error) {
      this.failure = error instanceof ImportCallError ? error.code : 'internal';
    }
  }
}

export const importScreen = new ImportScreen();
