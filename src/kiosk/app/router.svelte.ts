// The screen on show and the way back to it, as one reactive instance. The navigation bar
// starts a fresh trail; detail pages push onto it, so "back" returns to where the visitor was
// (a record opened from a timeline event goes back to the event).

import { HOME, routeExists, type RoutableContent, type Route, type Section } from './routes.ts';

/** Enough for any real visit; a loop of links cannot grow the trail without end. */
const MAX_TRAIL = 20;

class Router {
  route = $state.raw<Route>(HOME);
  #trail: Route[] = [];
  canGoBack = $state(false);

  /** A navigation button: that section, with no way back. */
  section(section: Section): void {
    this.#trail = [];
    this.#set({ screen: section });
  }

  /** A detail page opened from the current one. */
  open(route: Route): void {
    this.#trail = [...this.#trail, this.route].slice(-MAX_TRAIL);
    this.#set(route);
  }

  /** Another page in the current one's place (the next event on an event page): back still leads where it did. */
  replace(route: Route): void {
    this.#set(route);
  }

  back(): void {
    const previous = this.#trail.pop();
    this.#set(previous ?? HOME);
  }

  reset(): void {
    this.#trail = [];
    this.#set(HOME);
  }

  /** After a content switch: drop every step that leads nowhere now. */
  keepValid(content: RoutableContent): void {
    this.#trail = this.#trail.filter((route) => routeExists(route, content));
    if (!routeExists(this.route, content)) this.back();
  }

  #set(route: Route): void {
    this.route = route;
    this.canGoBack = this.#trail.length > 0;
  }
}

export const router = new Router();
