// What the soak benchmark runs inside the kiosk page: one visitor's visit, driven through the
// docs/design.md §9 hooks with real pointer events and clicks (in the page, so 10,000 visits take
// minutes, not hours): end the attract loop if it shows, search a name on the on-screen keyboard,
// open a record, open a testimony, play it and pause it. The idle reset is the caller's, by the clock.

export interface SoakVisit {
  /** The visit's number: which result and which testimony it opens. */
  index: number;
  /** Typed on the on-screen keyboard. */
  query: string;
  /** Testimonies with audio: the visit plays one of them. */
  audioTestimonies: readonly string[];
}

export interface SoakDriver {
  /** Resolves true when the visit began by ending the attract loop. */
  visit(visit: SoakVisit): Promise<boolean>;
}

declare global {
  interface Window {
    __eskeSoak?: SoakDriver;
  }
}

/** Runs in the page: serialized as source, so it may use nothing from outside. */
function installSoakDriver(): void {
  const STEP_TIMEOUT_MS = 15_000;
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

  async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
    const started = performance.now();
    for (;;) {
      const found = find();
      if (found) return found;
      if (performance.now() - started > STEP_TIMEOUT_MS)
        throw new Error(`soak: ${what} did not come within ${STEP_TIMEOUT_MS} ms`);
      await pause();
    }
  }

  const one = (selector: string) => document.querySelector<HTMLElement>(selector);
  const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

  /** A finger on the element: what the idle manager, the tap layers and the buttons each listen to. */
  function tap(element: HTMLElement): void {
    const box = element.getBoundingClientRect();
    const at = {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
    };
    element.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch', isPrimary: true }));
    element.dispatchEvent(new PointerEvent('pointerup', { ...at, pointerType: 'touch', isPrimary: true }));
    element.click();
  }

  async function type(text: string): Promise<void> {
    for (const char of text) {
      const key = char === ' ' ? 'space' : char;
      for (let turns = 0; turns < 4 && !one(`[data-key="${key}"]`); turns++) {
        tap(await until(() => one('[data-key="layout"]'), 'the layout key'));
        await pause();
      }
      tap(await until(() => one(`[data-key="${key}"]`), `the key ${key}`));
      await pause();
    }
  }

  async function visit({ index, query, audioTestimonies }: SoakVisit): Promise<boolean> {
    const attract = one('[data-screen="attract"]');
    if (attract) {
      tap(attract);
      await until(() => !one('[data-screen="attract"]'), 'the end of the attract loop');
    }
    tap(await until(() => one('[data-nav="names"]'), 'the Names button'));
    await until(() => one('[data-testid="search-input"]'), 'the search field');
    await type(query);
    const results = await until(() => {
      const found = all('[data-testid="search-result"]');
      return found.length > 0 && found;
    }, `results for "${query}"`);
    tap(results[index % results.length]!);
    await until(() => one('[data-screen="record"]'), 'the record page');

    tap(await until(() => one('[data-nav="testimonies"]'), 'the Testimonies button'));
    const id = audioTestimonies[index % audioTestimonies.length];
    tap(await until(() => one(`[data-testid="testimony-item"][data-testimony-id="${id}"]`), `testimony ${id}`));
    const play = await until(() => {
      const button = one('[data-testid="play"]');
      return button?.dataset.state === 'ready' && button;
    }, `testimony ${id} ready to play`);
    tap(play);
    await until(() => one('[data-testid="play"]')?.dataset.state === 'playing', `testimony ${id} playing`);
    // A visitor who walks away mid-recording keeps the kiosk from resetting until it ends: pausing lets the idle reset come.
    tap(play);
    await until(() => one('[data-testid="play"]')?.dataset.state !== 'playing', `testimony ${id} paused`);
    return attract !== null;
  }

  window.__eskeSoak = { visit };
}

export function soakDriverScript(): string {
  // tsx names functions with __name(); the page has no such helper.
  return `(() => { const __name = (target) => target; (${installSoakDriver.toString()})(); })();`;
}
