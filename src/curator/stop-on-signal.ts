// Ctrl-C and SIGTERM for a command that writes a feed folder (docs/design.md §4). Until the first
// change to the folder they end the process at once: there is nothing to take back. Once writing
// has begun they ask the writer to stop at its next safe point, where it takes back what it wrote;
// a SIGKILL or a power cut leaves the journal, and the next build or prune does the same.

import type { CliIo } from './command.ts';

/** What a writer is given: whether to stop, and a way to say that stopping must now wait for it. */
export interface StopRequest {
  readonly signal: AbortSignal;
  /** From now on a stop waits for the writer to take back what it wrote instead of ending the process. */
  writing(): void;
}

/** The exit code of a process stopped by Ctrl-C, as shells report it (128 + SIGINT). */
export const STOPPED_EXIT_CODE = 130;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Installs the handlers; `dispose` takes them away again once the command is done. */
export function stopOnSignal(io: CliIo, folder: string): StopRequest & { dispose(): void } {
  const controller = new AbortController();
  let writing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    if (!writing) {
      io.err(`stopped by ${signal}; nothing was written to ${folder}`);
      process.exit(STOPPED_EXIT_CODE);
    }
    io.err(`stopping (${signal}): taking back what was written to ${folder}…`);
    controller.abort();
  };
  for (const signal of SIGNALS) process.on(signal, stop);
  return {
    signal: controller.signal,
    writing: () => {
      writing = true;
    },
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, stop);
    },
  };
}
