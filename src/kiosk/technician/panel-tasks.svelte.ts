// The technician panel's buttons that start work (docs/design.md §6.4): sync now, re-download all
// content and reset content, one at a time. The two that throw stored content away ask for a
// second tap on a confirm step first. DOM-free: the work itself is passed in.

export type PanelTask = 'sync' | 'redownload' | 'reset';

/** Tasks that throw stored content away, so a stray tap never starts one. */
const CONFIRMED_TASKS: ReadonlySet<PanelTask> = new Set(['redownload', 'reset']);

export interface PanelTaskOptions {
  run: (task: PanelTask) => Promise<unknown>;
  /** After every task, whatever its end (the panel reads the store again). */
  settled: () => Promise<void> | void;
  onError: (error: unknown, task: PanelTask) => void;
}

export class PanelTasks {
  /** The task under way; the buttons wait while one is. */
  running = $state<PanelTask | null>(null);
  /** The task whose confirm step is shown. */
  confirming = $state<PanelTask | null>(null);
  readonly #options: PanelTaskOptions;

  constructor(options: PanelTaskOptions) {
    this.#options = options;
  }

  /** A tap on a task's button: runs it, or shows its confirm step. */
  request(task: PanelTask): Promise<void> {
    if (this.running !== null) return Promise.resolve();
    if (CONFIRMED_TASKS.has(task)) {
      this.confirming = task;
      return Promise.resolve();
    }
    this.confirming = null;
    return this.#start(task);
  }

  /** The second tap, on the confirm step. */
  confirm(): Promise<void> {
    const task = this.confirming;
    this.confirming = null;
    return task === null || this.running !== null ? Promise.resolve() : this.#start(task);
  }

  /** Cancel, and whenever the panel closes (an idle reset too): a confirm step never waits for the next technician. */
  cancel(): void {
    this.confirming = null;
  }

  async #start(task: PanelTask): Promise<void> {
    this.running = task;
    try {
      await this.#options.run(task);
    } catch (error) {
      this.#options.onError(error, task);
    } finally {
      this.running = null;
      await this.#options.settled();
    }
  }
}
