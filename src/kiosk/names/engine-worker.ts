// The search engine's Web Worker (docs/design.md §2): wires SearchService (src/search, pure) to the
// worker's messages and to the kiosk's IndexedDB, where it stores and reads name indexes itself
// (name-index-idb.ts, raw IndexedDB: no Dexie in this bundle). It lives on the kiosk side because
// it knows the kiosk's store and `self`; everything it does is in search-service.ts.

import { nameIndexDb } from '../storage/name-index-idb.ts';
import { SearchService } from '../../search/search-service.ts';
import type { EngineRequest } from '../../search/worker-protocol.ts';

/** What this file needs of a DedicatedWorkerGlobalScope (the app's tsconfig has DOM types only). */
interface WorkerScope {
  indexedDB: IDBFactory;
  postMessage(message: unknown, options: { transfer: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const service = new SearchService(
  (reply, transfer) => scope.postMessage(reply, { transfer }),
  nameIndexDb({ indexedDB: scope.indexedDB }),
);
scope.addEventListener('message', (event) => void service.receive(event.data));
