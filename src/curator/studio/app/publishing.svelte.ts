// The Publish screen's state: what a new version would change (the plan), and the result of
// publishing it. The server refuses while the Check finds errors; the app also waits for every
// draft to be saved, since only the files are published.

import type { PublishPlan, PublishResult } from '../protocol/studio-protocol.ts';
import { CallState } from './call-state.svelte.ts';
import { studioClient } from './studio-client.ts';

class Publishing extends CallState {
  plan = $state<PublishPlan | null>(null);
  result = $state<PublishResult | null>(null);
  busy = $state<'plan' | 'publish' | null>(null);

  review(): Promise<void> {
    return this.#run('plan', async () => {
      this.plan = await studioClient.publishPlan();
      this.result = null;
    });
  }

  publish(): Promise<void> {
    return this.#run('publish', async () => {
      this.result = await studioClient.publish();
      this.plan = null;
    });
  }

  async #run(kind: 'plan' | 'publish', task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = kind;
    await this.attempt(task);
    this.busy = null;
  }
}

export const publishing = new Publishing();
