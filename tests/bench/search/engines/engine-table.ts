// The engines a run can measure, in the order they run: Eske first, then its peers. One table
// drives --engines, the run order and the setup notes under the tables.

import { eskeEngine } from './eske.ts';
import { flexSearchEngine } from './flexsearch.ts';
import { fuseEngine } from './fuse.ts';
import { miniSearchEngine } from './minisearch.ts';
import type { EngineEntry } from './search-engine.ts';

export const ENGINES: Readonly<Record<string, EngineEntry>> = {
  eske: eskeEngine,
  minisearch: miniSearchEngine,
  flexsearch: flexSearchEngine,
  fuse: fuseEngine,
};
