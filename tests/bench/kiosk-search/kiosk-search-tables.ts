// The kiosk search benchmark's printed tables: cold start to a searchable index, keystroke to
// painted results, where the time of each goes, and the main thread's long tasks. Formatting
// only; no measuring.

import { percentile, textTable } from '../text-table.ts';
import type { LongTaskSummary, TapTiming } from './page-probe.ts';
import { COLD_STARTS, type PageLoad, type SessionResult } from './kiosk-session.ts';

export const KEYSTROKE_TARGET_MS = 50;
export const COLD_START_TARGET_MS = 2000;
/** The register size the targets are stated for. */
export const TARGET_RECORDS = 300_000;
const SLOWEST_SHOWN = 8;

export interface SizeReport {
  /** How the row is labelled, e.g. "demo register". */
  label: string;
  recordCount: number;
  session: SessionResult;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const count = (value: number) => value.toLocaleString('en-US');
const sorted = (values: readonly number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);
const p50 = (values: readonly number[]) => percentile(sorted(values), 0.5);
const p95 = (values: readonly number[]) => percentile(sorted(values), 0.95);
const max = (values: readonly number[]) => sorted(values).at(-1) ?? NaN;
const spread = (values: readonly number[]) => [ms(p50(values)), ms(p95(values)), ms(max(values))];
const orNaN = (value: number | null) => value ?? NaN;

/** Search taps: every letter and space typed, not `clear`. */
export const searchTaps = (report: SizeReport): TapTiming[] => report.session.typed.flatMap((typed) => typed.taps);

function coldRows(report: SizeReport): { start: string; loads: PageLoad[] }[] {
  return [
    { start: 'first install (informational)', loads: [report.session.firstInstall] },
    ...COLD_STARTS.map((start) => ({ start, loads: report.session.coldStarts[start] })),
  ];
}

export function coldStartTables(reports: readonly SizeReport[], runs: number): string[] {
  const rows = reports.flatMap((report) =>
    coldRows(report).map(({ start, loads }) => [
      count(report.recordCount),
      start,
      String(loads.length),
      ...spread(loads.map((load) => load.showEndMs)),
      ...spread(loads.map((load) => orNaN(load.namePaintedMs))),
    ]),
  );
  const breakdown = reports.flatMap((report) =>
    coldRows(report).map(({ start, loads }) => {
      const at = (pick: (load: PageLoad) => number | null) => ms(p50(loads.map((load) => orNaN(pick(load)))));
      return [
        count(report.recordCount),
        start,
        at((load) => load.contentMs),
        at((load) => load.showEndMs - load.showMs),
        at((load) => load.loadPostedMs),
        at((load) => load.loadedMs),
        at((load) => load.showEndMs),
        at((load) => load.namePaintedMs),
        ms(p50(loads.map((load) => load.showMs))),
        at((load) => load.buildMs),
      ];
    }),
  );
  const target = reports.find((report) => report.recordCount >= TARGET_RECORDS);
  const worst = target
    ? Math.max(...COLD_STARTS.map((start) => p95(target.session.coldStarts[start].map((l) => l.showEndMs))))
    : NaN;
  return [
    `Cold start to a searchable index, Chromium headless, ${runs} runs per start (ms since navigation start)`,
    '',
    'ready: the eske:name-index:show measure ends (index loaded in the search worker);',
    'name: the frame after a known name, typed as Names opened, showed its row.',
    '',
    ...byStartTable(
      ['records', 'start', 'runs', 'ready p50', 'ready p95', 'ready max', 'name p50', 'name p95', 'name max'],
      rows,
    ),
    '',
    `target: cold start to a searchable index ≤ ${count(COLD_START_TARGET_MS)} ms at ${count(TARGET_RECORDS)} records` +
      (target
        ? ` — worst ready p95 ${ms(worst)} ms: ${worst <= COLD_START_TARGET_MS ? 'within' : 'OVER'}`
        : ' (not run at that size)'),
    '',
    'Where a cold start goes (p50, ms since navigation start; show and build are durations)',
    '',
    ...textTable(
      [
        'records',
        'start',
        'home with content',
        'show starts',
        'load asked of worker',
        'worker loaded',
        'ready',
        'name',
        'show ms',
        'build ms',
      ],
      breakdown,
      [true, false, true, true, true, true, true, true, true, true],
    ),
  ];
}

export function keystrokeTables(reports: readonly SizeReport[]): string[] {
  const rows = [
    ...reports.map((report) => {
      const taps = searchTaps(report);
      return [count(report.recordCount), String(taps.length), ...spread(taps.map((tap) => tap.paintedMs))];
    }),
    ...reports.map((report) => [
      `UI only: layout key, ${count(report.recordCount)} on screen`,
      String(report.session.layoutTaps.length),
      ...spread(report.session.layoutTaps.map((tap) => tap.paintedMs)),
    ]),
  ];
  const stages = reports.flatMap((report) => {
    const taps = searchTaps(report);
    const stage = (pick: (tap: TapTiming) => number | null) => taps.map((tap) => orNaN(pick(tap)));
    return [0.5, 0.95].map((p) => [
      count(report.recordCount),
      `p${p * 100}`,
      ...[
        stage((tap) => tap.handledMs),
        stage((tap) => tap.replyMs),
        stage((tap) => tap.domMs),
        stage((tap) => tap.frameMs),
        stage((tap) => tap.renderedMs),
        stage((tap) => tap.paintedMs),
      ].map((values) => ms(percentile(sorted(values), p))),
    ]);
  });
  const target = reports.find((report) => report.recordCount >= TARGET_RECORDS);
  const targetP95 = target ? p95(searchTaps(target).map((tap) => tap.paintedMs)) : NaN;
  const lines = [
    'Keystroke to painted results, Chromium headless (ms from the tap to the frame after the one showing its answer)',
    '',
    ...textTable(['rows', 'keystrokes', 'p50 ms', 'p95 ms', 'max ms'], rows, [false, true, true, true, true]),
    '',
    `target: keystroke to painted results p95 ≤ ${KEYSTROKE_TARGET_MS} ms at ${count(TARGET_RECORDS)} records` +
      (target
        ? ` — p95 ${ms(targetP95)} ms: ${targetP95 <= KEYSTROKE_TARGET_MS ? 'within' : 'OVER'}`
        : ' (not run at that size)'),
    '',
    'Where a keystroke goes (ms from the tap; DOM: last change to the Names screen, blank when the answer changed nothing)',
    '',
    ...textTable(
      ['records', '', 'handled', 'answer in page', 'DOM updated', 'frame begins', 'frame rendered', 'next frame'],
      stages,
      [true, false, true, true, true, true, true, true],
    ),
  ];
  for (const report of reports) lines.push('', ...checks(report));
  return lines;
}

/** What makes the numbers trustworthy: every answer was the one on screen, every name was found. */
function checks(report: SizeReport): string[] {
  const taps = searchTaps(report);
  const notShown = taps.filter((tap) => !tap.shown).length + report.session.layoutTaps.filter((tap) => !tap.shown).length;
  const late = taps.filter((tap) => tap.lateFrames > 0).length;
  const found = report.session.typed.filter((typed) => (typed.taps.at(-1)?.rank ?? -1) >= 0);
  const first = found.filter((typed) => typed.taps.at(-1)!.rank === 0).length;
  const slowest = [...taps].sort((a, b) => b.paintedMs - a.paintedMs).slice(0, SLOWEST_SHOWN);
  return [
    `${report.label}: ${found.length} of ${report.session.typed.length} typed names found (${first} as the first row); ` +
      `${notShown} taps timed without their answer on screen; ${late} answers shown a frame or more after they came`,
    '',
    `Slowest keystrokes, ${report.label}`,
    '',
    ...textTable(
      ['query', 'rows', 'matches', 'answer in page', 'DOM updated', 'next frame'],
      slowest.map((tap) => [
        `"${tap.query ?? tap.key}"`,
        String(tap.rows),
        count(tap.total),
        ms(orNaN(tap.replyMs)),
        ms(orNaN(tap.domMs)),
        ms(tap.paintedMs),
      ]),
      [false, true, true, true, true, true],
    ),
  ];
}

/**
 * Long tasks of the page's main thread (over 50 ms): a tap that lands in one waits for it. A
 * cold start counts from navigation to the known name painted; the background prepare from the
 * new version's build starting to its index ready in the search worker.
 */
export function longTaskTables(reports: readonly SizeReport[]): string[] {
  const row = (records: number, moment: string, summaries: readonly LongTaskSummary[]) => [
    count(records),
    moment,
    String(summaries.length),
    ms(p50(summaries.map((summary) => summary.count))),
    ms(max(summaries.map((summary) => summary.count))),
    ms(p50(summaries.map((summary) => summary.totalMs))),
    ms(max(summaries.map((summary) => summary.totalMs))),
    ms(max(summaries.map((summary) => summary.longestMs))),
  ];
  const rows = reports.flatMap((report) => [
    ...coldRows(report).map(({ start, loads }) =>
      row(
        report.recordCount,
        start,
        loads.map((load) => load.longTasks),
      ),
    ),
    row(report.recordCount, 'background prepare + switch', [report.session.backgroundPrepare.longTasks]),
  ]);
  const prepares = reports.map((report) => {
    const prepare = report.session.backgroundPrepare;
    return `${report.label}: background build ${ms(prepare.buildMs)} ms, build start to new index ready ${ms(prepare.windowMs)} ms`;
  });
  return [
    'Main-thread long tasks (over 50 ms), Chromium headless',
    '',
    ...byStartTable(['records', 'moment', 'runs', 'count p50', 'count max', 'total ms p50', 'total ms max', 'longest ms'], rows),
    '',
    ...prepares,
  ];
}

/** A table of figures per register and moment: every column a number but the moment's name. */
function byStartTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return textTable(
    header,
    rows,
    header.map((_, column) => column !== 1),
  );
}
