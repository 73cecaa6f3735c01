// The live Check: `feed validate`'s reading of the folder with the drafts, run again a moment
// after the curator stops typing and after every save, so the list of problems stays current.

import type { CheckResult } from '../protocol/studio-protocol.ts';
import { CallState } from './call-state.svelte.ts';
import { studioClient } from './studio-client.ts';
import { studio } from './studio.svelte.ts';

/** Long enough not to check on every keystroke, short enough to feel live. */
const QUIET_MS = 1500;

class Checker extends CallState {
  result = $state<CheckResult | null>(null);
  running = $state(false);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #again = false;

  /** Checks once the curator has been quiet for a moment. */
  soon(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), QUIET_MS);
  }

  async run(): Promise<void> {
    clearTimeout(this.#timer);
    // One check at a time; a change during one starts another when it ends.
    if (this.running) {
      this.#again = true;
      return;
    }
    this.running = true;
    await this.attempt(async () => {
      this.result = await studioClient.check(studio.allDrafts());
    });
    this.running = false;
    if (this.#again) {
      this.#again = false;
      await this.run();
    }
  }
}

export const checker = new Checker();
