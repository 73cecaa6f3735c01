// The ui benchmark's tables: frame rates over the swipes, Eske's track beside the browser-native
// baseline, and the two tap timings.

import { percentile, textTable } from '../text-table.ts';
import type { SwipeRun } from './swipe-runs.ts';
import type { TapOutcome } from './ui-probe.ts';

export const FPS_TARGET = 55;
/** The display's frame: headless Chromium draws at 60 Hz. */
const FRAME_MS = 1000 / 60;

export interface SwipeRow {
  label: string;
  runs: SwipeRun[];
}

export interface FrameStats {
  frames: number;
  medianFps: number;
  p5Fps: number;
  dropped: number;
  movedPx: number;
}

/** Frame intervals within each run (a run's first frame has none), pooled over the runs. */
export function frameStats(runs: readonly SwipeRun[]): FrameStats {
  const intervals = runs.flatMap((run) => run.frames.slice(1).map((at, i) => at - run.frames[i]!));
  const fps = intervals.map((ms) => 1000 / ms).sort((a, b) => a - b);
  return {
    frames: intervals.length,
    medianFps: percentile(fps, 0.5),
    p5Fps: percentile(fps, 0.05),
    // A 50 ms gap is two frames the display wanted and did not get.
    dropped: intervals.reduce((sum, ms) => sum + Math.max(0, Math.round(ms / FRAME_MS) - 1), 0),
    movedPx: runs.reduce((sum, run) => sum + run.movedPx, 0) / Math.max(1, runs.length),
  };
}

export function swipeTable(rows: readonly SwipeRow[]): string[] {
  return textTable(
    ['track', 'frames', 'median fps', 'p5 fps', 'dropped frames', 'moved px / swipe'],
    rows.map((row) => {
      const stats = frameStats(row.runs);
      return [
        row.label,
        String(stats.frames),
        stats.medianFps.toFixed(1),
        stats.p5Fps.toFixed(1),
        `${stats.dropped} (${((stats.dropped / Math.max(1, stats.frames + stats.dropped)) * 100).toFixed(1)}%)`,
        stats.movedPx.toFixed(0),
      ];
    }),
    [false, true, true, true, true, true],
  );
}

export function tapTable(rows: readonly { label: string; outcomes: readonly TapOutcome[] | null; absent: string }[]): string[] {
  const ms = (value: number) => value.toFixed(0);
  return textTable(
    ['tap', 'runs', 'first p50 ms', 'first max ms', 'shown p50 ms', 'shown max ms'],
    rows.map(({ label, outcomes, absent }) => {
      if (!outcomes || outcomes.length === 0) return [label, '0', absent, '', '', ''];
      const first = outcomes.map((outcome) => outcome.firstMs).sort((a, b) => a - b);
      const shown = outcomes.map((outcome) => outcome.shownMs).sort((a, b) => a - b);
      return [
        label,
        String(outcomes.length),
        ms(percentile(first, 0.5)),
        ms(first.at(-1)!),
        ms(percentile(shown, 0.5)),
        ms(shown.at(-1)!),
      ];
    }),
    [false, true, true, true, true, true],
  );
}
