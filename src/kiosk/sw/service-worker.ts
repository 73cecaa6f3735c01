// The kiosk's service worker: serves the app shell and fonts from the precache so the kiosk
// starts with the network cut, and keeps the last good kiosk-config. Feed objects and media are
// not cached here: the sync engine stores them in IndexedDB, verified by hash (docs/design.md §5).
// A new version waits until the page, at an idle moment, asks it to take over.

/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope;

/** How long a kiosk-config request may take before the cached copy is used. */
const CONFIG_NETWORK_TIMEOUT_SECONDS = 4;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// A kiosk only ever shows the one page; any navigation gets the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/feed\//, /^\/kiosk-config\//] }));

// A technician may edit the config; the newest copy wins when the network answers, and the
// last good one keeps the kiosk running offline.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === self.location.origin && url.pathname.includes('/kiosk-config/'),
  new NetworkFirst({ cacheName: 'eske-kiosk-config', networkTimeoutSeconds: CONFIG_NETWORK_TIMEOUT_SECONDS }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
