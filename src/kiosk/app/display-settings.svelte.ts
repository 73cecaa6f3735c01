// The visitor's display controls (docs/design.md §9 `text-size`, `high-contrast`): three text sizes
// and a high-contrast palette. An idle reset puts them back, so the next visitor starts plain.

/** Root font sizes in px: the body text is 1rem, so even the smallest is 20 px. */
export const TEXT_SIZES_PX = [20, 24, 28] as const;

class DisplaySettings {
  textSize = $state(0);
  highContrast = $state(false);
  rootFontPx = $derived(TEXT_SIZES_PX[this.textSize] ?? TEXT_SIZES_PX[0]);

  cycleTextSize(): void {
    this.textSize = (this.textSize + 1) % TEXT_SIZES_PX.length;
  }

  toggleContrast(): void {
    this.highContrast = !this.highContrast;
  }

  reset(): void {
    this.textSize = 0;
    this.highContrast = false;
  }
}

export const displaySettings = new DisplaySettings();
