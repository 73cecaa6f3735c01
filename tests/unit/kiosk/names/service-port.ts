// An EnginePort with the real SearchService behind it, as the worker runs it: requests and
// replies are structured-cloned with their transfer lists, and replies arrive asynchronously.

import type { EnginePort } from '../../../../src/kiosk/names/engine-client.ts';
import { SearchService, type StoredIndexes } from '../../../../src/search/search-service.ts';
import type { EngineReply, EngineRequest } from '../../../../src/search/worker-protocol.ts';

export interface ServicePort extends EnginePort {
  /** Every request the port was given, as the worker received it. */
  requests: EngineRequest[];
  /** Every reply the worker sent, as the kiosk received it. */
  replies: EngineReply[];
  /** Makes the "worker" fail, as a worker that ran out of memory would. */
  crash(error: Error): void;
  closed: boolean;
}

/** `stored`: where the service keeps indexes (the kiosk's IndexedDB in a worker); none by default. */
export function servicePort(stored?: StoredIndexes): ServicePort {
  let onReply: (reply: EngineReply) => void = () => {};
  let onError: (error: Error) => void = () => {};
  const service = new SearchService((reply, transfer) => {
    const copy = structuredClone(reply, { transfer });
    port.replies.push(copy);
    setTimeout(() => onReply(copy), 0);
  }, stored);
  const port: ServicePort = {
    requests: [],
    replies: [],
    closed: false,
    post(request, transfer) {
      const copy = structuredClone(request, { transfer });
      port.requests.push(copy);
      void service.receive(copy);
    },
    listen(reply, error) {
      onReply = reply;
      onError = error;
    },
    close() {
      port.closed = true;
    },
    crash: (error) => onError(error),
  };
  return port;
}
