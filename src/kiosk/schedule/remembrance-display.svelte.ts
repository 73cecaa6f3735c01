// The rolling column of the Remembrance display (docs/design.md §6.2): a few names on screen,
// one more every few seconds while the oldest leaves, so the page holds a bounded number of rows
// however large the register. Names come from NamesRoll; the language is read at each step.

import type { Language } from '../../feed/languages.ts';
import { handleError } from '../app/handle-error.ts';
import { NamesRoll, type RollName, type RollSource } from './names-roll.ts';

/** Rows in the page at once. */
export const ROWS_SHOWN = 8;
/** One name every this long: slow enough to read each one. */
export const ROLL_STEP_MS = 4000;

export interface RollRow extends RollName {
  /** A running number: the same person comes round again in a small register. */
  key: number;
}

export class RemembranceDisplay {
  rows = $state.raw<readonly RollRow[]>([]);
  #roll: NamesRoll | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #count = 0;
  #stepping = false;

  /** Fills the column and keeps it rolling; returns the stop. */
  start(source: RollSource, lang: () => Language): () => void {
    const step = async () => {
      if (this.#stepping) return;
      this.#stepping = true;
      try {
        if (this.#roll?.lang !== lang()) this.#roll = new NamesRoll(source, lang());
        const name = await this.#roll.next();
        if (name) this.rows = [...this.rows, { ...name, key: this.#count++ }].slice(-ROWS_SHOWN);
      } catch (error) {
        handleError(error, 'rolling the names', { quiet: true });
      } finally {
        this.#stepping = false;
      }
    };
    void (async () => {
      for (let row = 0; row < ROWS_SHOWN; row++) await step();
    })();
    this.#timer = setInterval(() => void step(), ROLL_STEP_MS);
    return () => {
      clearInterval(this.#timer);
      this.#roll = null;
      this.rows = [];
    };
  }
}
