// Keeps the kiosk app itself up to date. A kiosk never navigates, so the browser would not look
// for a new service worker on its own: we ask on a timer. A new version installs in the
// background and takes over only when the kiosk is idle, then the page reloads into it.

import { Workbox } from 'workbox-window';
import { reloadKiosk } from '../app/reload-kiosk.ts';

/** How often to ask the server for a new app version. */
export const APP_UPDATE_CHECK_MS = 15 * 60 * 1000;
/** How often to look for an idle moment once a new version is waiting. */
const IDLE_POLL_MS = 2000;

export interface AppUpdateOptions {
  /** True when no visitor is using the kiosk (no finger down, no recent touch, no audio). */
  isIdle: () => boolean;
  onError: (error: unknown) => void;
  /** True while the check should not run (closed hours, docs/design.md §6.2: no reload storms at opening time). */
  isPaused?: () => boolean;
  checkEveryMs?: number;
}

/** Registers the service worker (production builds only); returns a stop function. */
export function startAppUpdates(options: AppUpdateOptions): () => void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return () => {};
  const workbox = new Workbox(`${import.meta.env.BASE_URL}service-worker.js`);
  const timers: ReturnType<typeof setInterval>[] = [];

  workbox.addEventListener('waiting', () => {
    const idleTimer = setInterval(() => {
      if (!options.isIdle()) return;
      clearInterval(idleTimer);
      workbox.messageSkipWaiting();
    }, IDLE_POLL_MS);
    timers.push(idleTimer);
  });
  // Reload only when a *new* worker takes over an already controlled page, not on first install.
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate) reloadKiosk('app-update');
  });

  workbox.register().catch(options.onError);
  const check = () => {
    if (!options.isPaused?.()) workbox.update().catch(options.onError);
  };
  timers.push(setInterval(check, options.checkEveryMs ?? APP_UPDATE_CHECK_MS));
  return () => timers.forEach(clearInterval);
}
