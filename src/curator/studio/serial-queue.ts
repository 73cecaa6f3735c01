// Runs tasks one after another in the order they were asked for, whatever each one's outcome:
// two saves of one file, two builds into one feed folder, must never interleave.

export class SerialQueue {
  #last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#last.then(task, task);
    this.#last = run.catch(() => undefined);
    return run;
  }
}
