// The browser's side of the timeline's motion: its clock, the visitor's wish for less motion
// (docs/design.md §7, read at each move so a changed setting counts at once), a drag painted at
// most once a frame, and a glide drawn as a Web Animation of the track's transform, which the
// compositor runs off the main thread.

import type { Glide } from './glide.ts';
import type { Clock } from './timeline-view.svelte.ts';

export const browserClock: Clock = { now: () => performance.now() };

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * `paint` at the next frame, however often it is asked for before then: a finger's moves can
 * come faster than frames, and only the last position of each frame is worth drawing.
 */
export function oncePerFrame(paint: () => void): { request(): void; cancel(): void } {
  let frame: number | null = null;
  return {
    request() {
      frame ??= requestAnimationFrame(() => {
        frame = null;
        paint();
      });
    },
    cancel() {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}

export const trackTransform = (offset: number) => `translate3d(${-offset}px, 0, 0)`;

/** Animates `layer` along `glide`, in step with the glide's own clock (where `glide.at` says the track is, it is). */
export function animateGlide(layer: HTMLElement, glide: Glide): Animation {
  const animation = layer.animate([{ transform: trackTransform(glide.from) }, { transform: trackTransform(glide.to) }], {
    duration: glide.durationMs,
    easing: glide.easing(),
  });
  // The document timeline has performance.now()'s time origin.
  animation.startTime = glide.startMs;
  return animation;
}
