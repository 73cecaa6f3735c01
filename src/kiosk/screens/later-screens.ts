// The screens a visitor reaches only by a tap, the technician panel, the image viewer and the
// kiosk-config error screen (with every field's name and message) and the attract loop (which
// waits for idleSeconds), each in a chunk of its own with what only it needs (Markdown and its
// sanitizer, the QR encoder, the base map): the first paint loads none of them (docs/design.md
// §6, the app bench's budget).
// All are loaded as soon as the first screen is up, so a tap waits for none.

import { LazyComponent } from '../app/lazy-component.svelte.ts';
import type { Route } from '../app/routes.ts';

export const laterScreens = {
  event: new LazyComponent('the event page', () => import('./EventDetail.svelte')),
  testimony: new LazyComponent('the testimony page', () => import('./TestimonyScreen.svelte')),
  keyword: new LazyComponent('the keyword page', () => import('../testimonies/KeywordScreen.svelte')),
  places: new LazyComponent('the places map', () => import('../places/PlacesScreen.svelte')),
  place: new LazyComponent('the place page', () => import('../places/PlaceScreen.svelte')),
  record: new LazyComponent('the record page', () => import('./RecordScreen.svelte')),
  technician: new LazyComponent('the technician panel', () => import('./Technician.svelte')),
} satisfies Partial<Record<Route['screen'], LazyComponent<unknown>>>;

/** Loaded only when the config fails: a kiosk that starts well never needs it. */
export const laterConfigError = new LazyComponent('the kiosk-config error screen', () => import('./ConfigError.svelte'));

export const laterImageViewer = new LazyComponent('the image viewer', () => import('../viewer/ImageViewer.svelte'));
export const laterAttract = new LazyComponent('the attract loop', () => import('../attract/AttractScreen.svelte'));

/** Loads every later screen, the viewer and the attract loop, one after another, when the browser has a quiet moment. */
export function preloadLaterScreens(): void {
  requestIdleCallback(async () => {
    for (const later of [...Object.values(laterScreens), laterImageViewer, laterAttract]) await later.preload({ quiet: true });
  });
}

/** The route's screen, if it is a later one: a route opened before its chunk came (or after it failed) asks for it. */
export function loadScreenFor(route: Route): void {
  const later: Partial<Record<Route['screen'], LazyComponent<unknown>>> = laterScreens;
  void later[route.screen]?.preload();
}
