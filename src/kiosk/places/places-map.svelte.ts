// The Places screen's map camera as one reactive instance: it keeps the zoom and pan while a
// visitor looks at a place page and comes back, and starts over when the section is entered
// from the navigation (open-section.ts) or the content or screen size changes.

import { untrack } from 'svelte';
import { atLeast, boxOf, fitView, MAX_ZOOM, MIN_HOME_SPAN, panView, unionBox, ZOOM_STEP, zoomView } from './map-view.ts';
import type { Box, Point, Size, View, ZoomLimits } from './map-view.ts';

/** Room around the places in the first view for a name beside the outermost marker. */
const HOME_PADDING_PX = 96;

interface Frame {
  size: Size;
  /** The content version the places came from. */
  version: number;
  home: View;
  limits: ZoomLimits;
  /** Where the middle of the screen may go: the drawn map and every place. */
  bounds: Box;
}

class PlacesMap {
  view = $state.raw<View | null>(null);
  #frame = $state.raw<Frame | null>(null);
  /** The scale against the first view: 1 there, more when zoomed in. */
  zoom = $derived(this.view && this.#frame ? this.view.scale / this.#frame.home.scale : 1);
  /** A visitor zoomed or panned away from the first view. */
  moved = $derived(this.view !== null && this.#frame !== null && this.view !== this.#frame.home);
  canZoomIn = $derived(this.view !== null && this.#frame !== null && this.view.scale < this.#frame.limits.maxScale);
  canZoomOut = $derived(this.view !== null && this.#frame !== null && this.view.scale > this.#frame.limits.minScale);

  /**
   * The map is on screen at `size` with the places at `points` on a map drawn over `extent`.
   * Reads no state a caller's effect should follow, so a pan does not run it again.
   */
  show(size: Size, points: readonly Point[], extent: Box, version: number): void {
    untrack(() => this.#show(size, points, extent, version));
  }

  #show(size: Size, points: readonly Point[], extent: Box, version: number): void {
    const frame = this.#frame;
    if (this.view && frame && frame.version === version && frame.size.width === size.width && frame.size.height === size.height) {
      return;
    }
    const places = points.length > 0 ? boxOf(points) : extent;
    const home = fitView(atLeast(places, MIN_HOME_SPAN), size, HOME_PADDING_PX);
    const bounds = unionBox(extent, places);
    const whole = fitView(bounds, size, 0);
    this.#frame = {
      size,
      version,
      home,
      bounds,
      limits: { minScale: Math.min(home.scale, whole.scale), maxScale: home.scale * MAX_ZOOM },
    };
    this.view = home;
  }

  zoomIn(): void {
    this.#zoom(ZOOM_STEP);
  }

  zoomOut(): void {
    this.#zoom(1 / ZOOM_STEP);
  }

  drag(dx: number, dy: number): void {
    const frame = this.#frame;
    if (this.view && frame) this.view = panView(this.view, dx, dy, frame.size, frame.bounds);
  }

  /** The next time the map is shown, it starts from the first view. */
  reset(): void {
    this.view = null;
    this.#frame = null;
  }

  #zoom(factor: number): void {
    const frame = this.#frame;
    if (!this.view || !frame) return;
    // Zooming out can bring the map's edge into the middle; pan it back within bounds.
    const zoomed = zoomView(this.view, factor, frame.size, frame.limits);
    this.view = panView(zoomed, 0, 0, frame.size, frame.bounds);
  }
}

export const placesMap = new PlacesMap();
