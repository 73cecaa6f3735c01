// The full-screen image viewer's state, one for the app (docs/design.md §9 `image-viewer`): which
// images of an item are open, which one is shown, its zoom and where the zoomed image has been
// moved to. The component measures the stage and the image and reports them here. No DOM.

import type { ContentImage } from '../../feed/content-schema.ts';
import type { ActiveContent } from '../storage/read-active-content.ts';
import {
  CENTRE,
  DOUBLE_TAP_ZOOM,
  MAX_ZOOM,
  MIN_ZOOM,
  clampPan,
  fitInside,
  panForZoom,
  stepZoom,
  type Point,
  type Size,
} from './viewer-geometry.ts';

export interface Gallery {
  /** The content the images are stored in (the version on screen when the viewer opened). */
  content: ActiveContent;
  images: readonly ContentImage[];
}

const NO_SIZE: Size = { width: 0, height: 0 };

export class ImageViewer {
  gallery = $state.raw<Gallery | null>(null);
  index = $state(0);
  zoom = $state<number>(MIN_ZOOM);
  pan = $state.raw<Point>(CENTRE);
  /** The image's size when shown whole in the stage, before zoom. */
  fitted = $state.raw<Size>(NO_SIZE);

  readonly image = $derived(this.gallery?.images[this.index] ?? null);
  readonly count = $derived(this.gallery?.images.length ?? 0);
  readonly hasPrevious = $derived(this.index > 0);
  readonly hasNext = $derived(this.index < this.count - 1);
  readonly canZoomIn = $derived(this.zoom < MAX_ZOOM);
  readonly canZoomOut = $derived(this.zoom > MIN_ZOOM);

  #stage: Size = NO_SIZE;

  open(content: ActiveContent, images: readonly ContentImage[], index: number): void {
    if (images.length === 0) return;
    this.gallery = { content, images };
    this.#show(index);
  }

  close(): void {
    this.gallery = null;
    this.#show(0);
  }

  next(): void {
    if (this.hasNext) this.#show(this.index + 1);
  }

  previous(): void {
    if (this.hasPrevious) this.#show(this.index - 1);
  }

  /** The stage's size and the shown image's own pixels, whenever either changes. */
  measure(stage: Size, image: Size): void {
    this.#stage = stage;
    this.fitted = fitInside(image, stage);
    this.pan = clampPan(this.pan, this.zoom, this.fitted, stage);
  }

  /** `focus`: the stage point (from its centre) that stays put, by default the centre. */
  zoomIn(focus: Point = CENTRE): void {
    this.#zoomTo(stepZoom(this.zoom, 1), focus);
  }

  zoomOut(focus: Point = CENTRE): void {
    this.#zoomTo(stepZoom(this.zoom, -1), focus);
  }

  /** A double tap: closer around the tapped point on the whole image, back to the whole image when zoomed. */
  toggleZoom(focus: Point): void {
    this.#zoomTo(this.zoom > MIN_ZOOM ? MIN_ZOOM : DOUBLE_TAP_ZOOM, focus);
  }

  panBy(delta: Point): void {
    this.pan = clampPan({ x: this.pan.x + delta.x, y: this.pan.y + delta.y }, this.zoom, this.fitted, this.#stage);
  }

  #zoomTo(next: number, focus: Point): void {
    const pan = next === MIN_ZOOM ? CENTRE : panForZoom(this.pan, this.zoom, next, focus);
    this.pan = clampPan(pan, next, this.fitted, this.#stage);
    this.zoom = next;
  }

  #show(index: number): void {
    this.index = Math.min(Math.max(0, index), Math.max(0, this.count - 1));
    this.zoom = MIN_ZOOM;
    this.pan = CENTRE;
  }
}

export const imageViewer = new ImageViewer();
