// What the ui benchmark runs inside the kiosk page, installed before the app's own scripts: a
// requestAnimationFrame recorder for the frames of a swipe, and a tap timer that waits for the
// tap's outcome (audio playing, a full-screen image decoded). Measures, never asserts.

export interface TapOutcome {
  /** From the tap's pointerdown to the media element's `playing` event (audio), or the viewer's image decoded (image). */
  firstMs: number;
  /** From the tap to the audio's currentTime past 0 (audio), or the frame after the decoded image (image). */
  shownMs: number;
}

export interface UiProbe {
  startFrames(): void;
  /** The frame timestamps since startFrames, in ms. */
  stopFrames(): number[];
  /** Times the next tap to its audio playing, or to the full-screen viewer's image decoded. */
  armTap(kind: 'audio' | 'image'): void;
  tapOutcome(): TapOutcome | null;
}

declare global {
  interface Window {
    __eskeUiProbe?: UiProbe;
  }
}

/** Runs in the page, before the app: serialized as source, so it may use nothing from outside. */
function installUiProbe(): void {
  const VIEWER_IMAGE = '[data-testid="image-viewer"] img';
  let frames: number[] | null = null;
  const record = (at: number) => {
    if (!frames) return;
    frames.push(at);
    requestAnimationFrame(record);
  };

  let armed: 'audio' | 'image' | null = null;
  let tappedAt: number | null = null;
  let outcome: { firstAt: number | null; shownAt: number | null } = { firstAt: null, shownAt: null };
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

  addEventListener(
    'pointerdown',
    () => {
      if (armed !== null && tappedAt === null) tappedAt = performance.now();
    },
    { capture: true },
  );

  // Howler plays audio through detached <audio> elements (html5 mode); video is in the page.
  // Every element that is asked to play is watched, wherever it lives.
  const play = HTMLMediaElement.prototype.play;
  const watched = new WeakSet<HTMLMediaElement>();
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (watched.has(this)) return play.call(this);
    watched.add(this);
    this.addEventListener('playing', ({ target }) => {
      const element = target as HTMLMediaElement;
      if (armed !== 'audio' || tappedAt === null || outcome.firstAt !== null) return;
      outcome.firstAt = performance.now();
      const poll = () => {
        if (element.currentTime > 0) outcome.shownAt = performance.now();
        else requestAnimationFrame(poll);
      };
      poll();
    });
    return play.call(this);
  };

  async function watchImage() {
    for (;;) {
      await nextFrame();
      if (armed !== 'image') return;
      const image = document.querySelector<HTMLImageElement>(VIEWER_IMAGE);
      if (!image || tappedAt === null) continue;
      try {
        await image.decode();
      } catch {
        continue; // not loaded yet (its src is still being set): try again next frame
      }
      outcome.firstAt = performance.now();
      await nextFrame();
      outcome.shownAt = performance.now();
      return;
    }
  }

  window.__eskeUiProbe = {
    startFrames() {
      frames = [];
      requestAnimationFrame(record);
    },
    stopFrames() {
      const recorded = frames ?? [];
      frames = null;
      return recorded;
    },
    armTap(kind) {
      armed = kind;
      tappedAt = null;
      outcome = { firstAt: null, shownAt: null };
      if (kind === 'image') void watchImage();
    },
    tapOutcome() {
      if (tappedAt === null || outcome.firstAt === null || outcome.shownAt === null) return null;
      const result = { firstMs: outcome.firstAt - tappedAt, shownMs: outcome.shownAt - tappedAt };
      armed = null;
      return result;
    },
  };
}

/**
 * The probe as an init script. tsx keeps function names by wrapping them in `__name(…)`, which
 * does not exist in the page: the script brings its own.
 */
export function uiProbeScript(): string {
  return `(() => { const __name = (target) => target; (${installUiProbe.toString()})(); })();`;
}
