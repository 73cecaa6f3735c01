// Whether the JS heap has stayed above a limit for hours (docs/design.md §6.6): garbage comes
// and goes with collections, so one high reading says nothing; a heap that no reading over
// hours finds below the limit is holding on to memory: a leak. Monotonic ms; no DOM.

export class MemoryTrend {
  /** Since when every reading has been above the limit; null after one below it. */
  #aboveSinceMs: number | null = null;
  #lastUsedBytes = 0;

  constructor(
    readonly limitBytes: number,
    readonly windowMs: number,
  ) {}

  reading(monotonicMs: number, usedBytes: number): void {
    this.#lastUsedBytes = usedBytes;
    if (usedBytes <= this.limitBytes) this.#aboveSinceMs = null;
    else this.#aboveSinceMs ??= monotonicMs;
  }

  get lastUsedBytes(): number {
    return this.#lastUsedBytes;
  }

  isOverLimit(monotonicMs: number): boolean {
    return this.#aboveSinceMs !== null && monotonicMs - this.#aboveSinceMs >= this.windowMs;
  }
}
