// Starts a search worker (engine-worker.ts) as an EnginePort. The one place that names the
// worker's file, in the form Vite bundles for both dev and build (STACK: worker.format 'es').

import type { EngineReply } from '../../search/worker-protocol.ts';
import type { EnginePort } from './engine-client.ts';

export function spawnEngine(): EnginePort {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    listen(onReply, onError) {
      worker.addEventListener('message', (event: MessageEvent<EngineReply>) => onReply(event.data));
      worker.addEventListener('error', (event) => onError(new Error(event.message || 'the search worker failed')));
      worker.addEventListener('messageerror', () => onError(new Error('a reply of the search worker could not be read')));
    },
    close: () => worker.terminate(),
  };
}
