// What the benchmark runs inside the kiosk page, installed before the app's own scripts. It
// watches the search worker's messages (src/search/worker-protocol.ts): the DOM does not say
// which query the results on screen answer, the worker's reply ids do. It taps keys and times
// each tap to the frame that shows its answer, and on every page load it opens Names and types
// one known name at once, to time a cold start to a searchable index. It also records the page's
// main-thread long tasks (over 50 ms: a tap landing in one waits for it). Measures, never asserts.

import type { EngineReply, EngineRequest } from '../../../src/search/worker-protocol.ts';

export interface ProbeOptions {
  /** Typed on each page load as soon as Names opens; its record's row ends the cold start. */
  coldName: { layout: string; keys: string[]; recordId: string };
}

/** One tap; times in ms after the tap was dispatched. */
export interface TapTiming {
  key: string;
  /** The query the tap asked the search worker, or null when it asked nothing (the `layout` key). */
  query: string | null;
  /** The tap's click handlers had returned. */
  handledMs: number;
  /** The worker's answer to this tap's query reached the page. */
  replyMs: number | null;
  /** The last change to the Names screen's DOM before the frame that shows the answer. */
  domMs: number | null;
  /** requestAnimationFrame of the first frame whose DOM shows the answer. */
  frameMs: number;
  /** A task queued in that frame's rAF ran: the frame's main-thread rendering was done. */
  renderedMs: number;
  /** The next requestAnimationFrame: the frame showing the answer has been produced. */
  paintedMs: number;
  /** Frames that went by after the answer before its DOM showed it (expected: none). */
  lateFrames: number;
  /** The DOM showed the answer (or, for `layout`, the next layout) when timed. */
  shown: boolean;
  /** Rows in the answer, and the matches it counted (a lower bound when the engine stopped early). */
  rows: number;
  total: number;
  /** Position of the expected record in the answer's rows; -1 if absent or not asked. */
  rank: number;
}

/** Milestones of one page load, in ms since its navigation started. */
export interface ColdTiming {
  /** The home screen showed installed content (the Names button was tapped then). */
  contentMs: number | null;
  /** The search worker was asked to load the index (it reads it from IndexedDB, or builds it). */
  loadPostedMs: number | null;
  /** The worker said it had loaded the index. */
  loadedMs: number | null;
  recordCount: number | null;
  /** The known name's row appeared in the results. */
  nameShownMs: number | null;
  /** The frame after the one showing that row began. */
  namePaintedMs: number | null;
  /** The Names screen said the register is unavailable. */
  failed: boolean;
}

/** A main-thread task of over 50 ms (the Long Tasks API), ms since navigation start. */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

export interface LongTaskSummary {
  count: number;
  totalMs: number;
  longestMs: number;
}

/** The long tasks that began within [fromMs, toMs). */
export function summarizeLongTasks(tasks: readonly LongTask[], fromMs: number, toMs: number): LongTaskSummary {
  const within = tasks.filter((task) => task.startMs >= fromMs && task.startMs < toMs);
  return {
    count: within.length,
    totalMs: within.reduce((sum, task) => sum + task.durationMs, 0),
    longestMs: Math.max(0, ...within.map((task) => task.durationMs)),
  };
}

export interface KioskProbe {
  cold: ColdTiming;
  /** Every long task of this page load so far. */
  longTasks: LongTask[];
  tap(key: string, expectRecordId?: string): Promise<TapTiming>;
  /** The keyboard layout on screen. */
  layout(): string | null;
}

declare global {
  interface Window {
    __eskeKioskProbe?: KioskProbe;
  }
}

/** Runs in the page, before the app: serialized as source, so it may use nothing from outside. */
function installKioskProbe(options: ProbeOptions): void {
  /** Frames to wait for an answer's DOM before timing it as not shown. */
  const MAX_LATE_FRAMES = 120;
  const tapInit: PointerEventInit = { bubbles: true, cancelable: true, composed: true, pointerType: 'touch', isPrimary: true };
  const replyWaiters = new Map<string, (reply: EngineReply, at: number) => void>();
  let lastSearch: { key: string; query: string } | null = null;
  const cold: ColdTiming = {
    contentMs: null,
    loadPostedMs: null,
    loadedMs: null,
    recordCount: null,
    nameShownMs: null,
    namePaintedMs: null,
    failed: false,
  };

  const longTasks: LongTask[] = [];
  // buffered: tasks from before the observer (the app's first scripts) are reported too.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  let workers = 0;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, init?: WorkerOptions) {
      super(url, init);
      const worker = ++workers;
      const post = this.postMessage.bind(this) as (message: unknown, transfer: Transferable[]) => void;
      this.postMessage = ((message: EngineRequest, transfer: Transferable[]) => {
        if (message.kind === 'search') lastSearch = { key: `${worker}:${message.id}`, query: message.query };
        if (message.kind === 'load') cold.loadPostedMs = performance.now();
        post(message, transfer);
      }) as Worker['postMessage'];
      // Added before the app's listener, so `at` is taken before the app handles the reply.
      this.addEventListener('message', (event: MessageEvent<EngineReply>) => {
        const at = performance.now();
        const reply = event.data;
        if (reply.kind === 'loaded') {
          cold.loadedMs = at;
          cold.recordCount = reply.recordCount;
        }
        const waiter = replyWaiters.get(`${worker}:${reply.id}`);
        replyWaiters.delete(`${worker}:${reply.id}`);
        waiter?.(reply, at);
      });
    }
  };

  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  /** From inside a frame's rAF: when its rendering is done (a task), and when the next frame begins. */
  const finishFrame = () =>
    new Promise<{ renderedAt: number; paintedAt: number }>((resolve) => {
      let renderedAt = NaN;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (renderedAt = performance.now());
      channel.port2.postMessage(null);
      requestAnimationFrame(() => {
        channel.port1.close();
        resolve({ renderedAt, paintedAt: performance.now() });
      });
    });
  const keyboardLayout = () => document.querySelector('[data-screen="names"] [data-layout]')?.getAttribute('data-layout') ?? null;
  const resultIds = () =>
    Array.from(document.querySelectorAll('[data-screen="names"] [data-testid="search-result"]'), (row) =>
      row.getAttribute('data-record-id'),
    );
  /** Whether the Names screen shows this answer: its first rows in order, or "no results". */
  const shows = (reply: Extract<EngineReply, { kind: 'results' }>) => {
    const ids = resultIds();
    if (reply.rows.length === 0) return ids.length === 0 && document.querySelector('[data-testid="no-results"]') !== null;
    return ids.length > 0 && ids.every((id, i) => reply.rows[i]?.id === id);
  };
  const press = (button: Element) => {
    button.dispatchEvent(new PointerEvent('pointerdown', tapInit));
    button.dispatchEvent(new PointerEvent('pointerup', tapInit));
    (button as HTMLElement).click();
  };

  async function tap(key: string, expectRecordId?: string): Promise<TapTiming> {
    const screen = document.querySelector('[data-screen="names"]');
    const button = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (!screen || !button) throw new Error(`no [data-key="${key}"] on a Names screen`);
    const layoutBefore = keyboardLayout();
    let repliedAt: number | null = null;
    let mutatedAt: number | null = null;
    const observer = new MutationObserver(() => (mutatedAt = performance.now()));
    observer.observe(screen, { subtree: true, childList: true, characterData: true, attributes: true });

    lastSearch = null;
    const t0 = performance.now();
    press(button);
    const handledAt = performance.now();
    const asked = lastSearch as { key: string; query: string } | null;
    // The kiosk asks the worker inside the tap's click handler; if it ever asks later (a
    // debounce), this probe could no longer tell which answer is this tap's: stop, do not guess.
    if (!asked && key !== 'layout' && key !== 'clear') {
      observer.disconnect();
      throw new Error(`the tap on [data-key="${key}"] asked the search worker nothing while it ran`);
    }
    let reply: Extract<EngineReply, { kind: 'results' }> | null = null;
    if (asked) {
      reply = await new Promise((resolve, reject) => {
        replyWaiters.set(asked.key, (answer, at) => {
          repliedAt = at;
          mutatedAt = null; // changes before the answer came from the tap itself
          if (answer.kind === 'results') resolve(answer);
          else reject(new Error(`the search worker answered "${asked.query}" with ${answer.kind}`));
        });
      });
    }
    const answered = reply;
    const isShown = () => (answered ? shows(answered) : key !== 'layout' || keyboardLayout() !== layoutBefore);
    let frameAt = await frame();
    let lateFrames = 0;
    while (!isShown() && lateFrames < MAX_LATE_FRAMES) {
      frameAt = await frame();
      lateFrames++;
    }
    const shown = isShown();
    const domAt = mutatedAt as number | null;
    const { renderedAt, paintedAt } = await finishFrame();
    observer.disconnect();
    const since = (at: number | null) => (at === null ? null : at - t0);
    return {
      key,
      query: asked?.query ?? null,
      handledMs: handledAt - t0,
      replyMs: since(repliedAt),
      domMs: since(domAt),
      frameMs: frameAt - t0,
      renderedMs: renderedAt - t0,
      paintedMs: paintedAt - t0,
      lateFrames,
      shown,
      rows: answered?.rows.length ?? 0,
      total: answered?.total ?? 0,
      rank: answered && expectRecordId !== undefined ? answered.rows.findIndex((row) => row.id === expectRecordId) : -1,
    };
  }

  // The cold start: on this page load, open Names as soon as content shows and type the known
  // name at once; a search asked before the index is loaded is asked again when it is.
  let step: 'home' | 'names' | 'typed' | 'done' = 'home';
  const coldWatch = new MutationObserver(() => {
    if (step === 'home') {
      const nav = document.querySelector('html[data-content-version] [data-nav="names"]');
      if (!nav) return;
      cold.contentMs = performance.now();
      step = 'names';
      press(nav);
    } else if (step === 'names') {
      const layoutKey = document.querySelector('[data-screen="names"] [data-key="layout"]');
      if (!layoutKey) return;
      if (keyboardLayout() !== options.coldName.layout) return press(layoutKey);
      step = 'typed';
      for (const key of options.coldName.keys) press(document.querySelector(`[data-key="${CSS.escape(key)}"]`)!);
    } else if (step === 'typed') {
      if (document.querySelector('[data-testid="names-retry"]')) cold.failed = true;
      if (!document.querySelector(`[data-testid="search-result"][data-record-id="${CSS.escape(options.coldName.recordId)}"]`)) {
        return;
      }
      cold.nameShownMs = performance.now();
      step = 'done';
      coldWatch.disconnect();
      void frame()
        .then(finishFrame)
        .then(({ paintedAt }) => (cold.namePaintedMs = paintedAt));
    }
  });
  coldWatch.observe(document, { subtree: true, childList: true, attributes: true });

  window.__eskeKioskProbe = { cold, longTasks, tap, layout: keyboardLayout };
}

/**
 * The probe as an init script. tsx keeps function names by wrapping them in `__name(…)`, which
 * does not exist in the page: the script brings its own.
 */
export function probeScript(options: ProbeOptions): string {
  return `(() => { const __name = (target) => target; (${installKioskProbe.toString()})(${JSON.stringify(options)}); })();`;
}
