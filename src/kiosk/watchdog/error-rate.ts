// Counts the errors a visitor saw within a sliding window (docs/design.md §6.6): a page that
// keeps failing reloads; one unlucky error does not. Monotonic ms; no DOM.

export class ErrorRate {
  #atMs: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  record(monotonicMs: number): void {
    this.#atMs.push(monotonicMs);
    this.#forgetBefore(monotonicMs);
  }

  /** How many errors fell within the window that ends at `monotonicMs`. */
  count(monotonicMs: number): number {
    this.#forgetBefore(monotonicMs);
    return this.#atMs.length;
  }

  isOverLimit(monotonicMs: number): boolean {
    return this.count(monotonicMs) >= this.limit;
  }

  #forgetBefore(monotonicMs: number): void {
    const from = monotonicMs - this.windowMs;
    // Never more than `limit` kept: the oldest beyond it cannot change the answer.
    this.#atMs = this.#atMs.filter((at) => at > from).slice(-this.limit);
  }
}
