// Which stage of its life the kiosk is in, for App.svelte to pick the screen: starting, a
// broken kiosk-config (the technician's error screen), waiting for the first content
// ("being prepared"), or showing the exhibit. Also the calm error screen's flag.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { contentState } from './content-state.svelte.ts';
import type { ConfigFailure } from '../config/kiosk-config-loader.ts';

export type AppPhase = 'starting' | 'config-error' | 'preparing' | 'ready';

class AppState {
  config = $state.raw<KioskConfig | null>(null);
  configFailure = $state.raw<ConfigFailure | null>(null);
  /** Set by handleError: the visitor sees the calm error screen until they tap on or the kiosk resets. */
  failed = $state(false);
  phase = $derived<AppPhase>(
    this.configFailure ? 'config-error' : this.config === null ? 'starting' : contentState.shown === null ? 'preparing' : 'ready',
  );
}

export const appState = new AppState();
