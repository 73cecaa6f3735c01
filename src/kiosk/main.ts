// The kiosk app's entry: fonts and styles, the one error path for anything uncaught, then the
// App and start-up. Runs in the browser only.

// First, before any module creates a zod schema (docs/design.md §10: no eval).
import './security/zod-jitless.ts';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// Kazakh needs both Cyrillic subsets: ә ғ қ ң ө ү һ are in cyrillic-ext, ұ and і in cyrillic.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/kiosk.css';

import { mount } from 'svelte';
import App from './App.svelte';
import { appState } from './app/app-state.svelte.ts';
import { configureErrorHandling, handleError } from './app/handle-error.ts';
import { startKiosk } from './app/start-kiosk.ts';
import { installDefaultTrustedTypesPolicy } from './security/trusted-types.ts';

/** Chromium reports this when a layout settles over two frames; it is harmless, not a failure. */
const BENIGN_ERRORS = /^ResizeObserver loop/;

installDefaultTrustedTypesPolicy(window);
configureErrorHandling({
  show: () => {
    appState.failed = true;
  },
});
window.addEventListener('error', (event) => {
  if (BENIGN_ERRORS.test(event.message)) return;
  handleError(event.error ?? event.message, 'uncaught error');
});
window.addEventListener('unhandledrejection', (event) => handleError(event.reason, 'unhandled rejection'));

const target = document.getElementById('app');
if (target) {
  target.replaceChildren();
  mount(App, { target });
}
startKiosk().catch((error: unknown) => handleError(error, 'start-up'));
