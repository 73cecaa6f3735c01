// What every screen's state does with a call to the studio: remember why the last one failed,
// in the code the app words for the curator, and forget it when one succeeds.

import type { ErrorKey } from './studio-strings.ts';
import { StudioCallError } from './studio-client.ts';

/** The code of any failure, for the one error line the app shows. */
export function failureOf(error: unknown): ErrorKey {
  return error instanceof StudioCallError ? error.code : 'internal';
}

export class CallState {
  failure = $state<ErrorKey | null>(null);

  /** Runs `task`; its failure is kept in `failure` instead of thrown. */
  protected async attempt(task: () => Promise<void>): Promise<void> {
    try {
      await task();
      this.failure = null;
    } catch (error) {
      this.failure = failureOf(error);
    }
  }
}
