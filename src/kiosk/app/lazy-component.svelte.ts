// A component kept out of the first-paint bundle (docs/design.md §6): loaded with `import()`
// from its own chunk, which the service worker precaches like every chunk, so it loads offline.
// `component` is null until the chunk has loaded; a failed load is logged and tried again.

import { handleError, type HandleErrorOptions } from './handle-error.ts';

export class LazyComponent<C> {
  component = $state.raw<C | null>(null);
  #loading: Promise<void> | null = null;

  constructor(
    private readonly label: string,
    private readonly load: () => Promise<{ default: C }>,
  ) {}

  /** Starts the load once; the same promise for every caller until it fails (a background load fails quietly). */
  preload(options: HandleErrorOptions = {}): Promise<void> {
    this.#loading ??= this.load().then(
      (module) => {
        this.component = module.default;
      },
      (error: unknown) => {
        this.#loading = null;
        handleError(error, `loading ${this.label}`, options);
      },
    );
    return this.#loading;
  }
}
