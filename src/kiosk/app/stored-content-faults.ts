// docs/design.md §5.6: how the kiosk learns that its stored content is damaged or gone. At start
// the active version is checked before the screens read it and what failed is logged (sync
// fetches it again as missing); while the kiosk runs, a store emptied under it (evicted by the
// browser, cleared by hand) is noticed and logged. The caller acts on either: the heartbeat
// hears of it, and an eviction puts the kiosk back to "being prepared" while sync downloads again.

import { checkActiveVersion, type StoredObjectProblem, type VersionCheck } from '../storage/check-active-version.ts';
import { readMeta, type EskeDb } from '../storage/eske-db.ts';
import type { LogLine } from '../storage/technician-log.ts';
import { handleError } from './handle-error.ts';

type Log = (line: LogLine) => Promise<void>;

/** Objects named one by one in the log line; the rest are counted. */
const NAMED_PROBLEMS = 5;

/**
 * Waits between attempts to open the store again after the browser closed it: Dexie reopens at
 * the next query by itself, but gives up for good when that one open fails, as it does while
 * the browser is still deleting the database (seen in Chromium 156).
 */
export const REOPEN_DELAYS_MS: readonly number[] = [0, 250, 500, 1000, 2000, 4000];

/** The start-up check, logged; null when the store could not even be read (handleError has it). */
export async function checkStoredContent(db: EskeDb, log: Log): Promise<VersionCheck | null> {
  let check: VersionCheck;
  try {
    check = await checkActiveVersion(db);
  } catch (error) {
    handleError(error, 'checking the stored content', { quiet: true });
    return null;
  }
  const line = checkLogLine(check);
  if (line) await log(line).catch((error: unknown) => handleError(error, 'logging the content check', { quiet: true }));
  return check;
}

/** Whether the check found anything to report. */
export function foundProblems(check: VersionCheck | null): check is VersionCheck {
  return check !== null && (check.problems.length > 0 || check.lostVersion !== null);
}

export function checkLogLine(check: VersionCheck): LogLine | null {
  if (check.lostVersion !== null) {
    return {
      level: 'warn',
      code: 'stored-content-damaged',
      message: `version ${check.lostVersion} was active, but its manifest is gone from the store; installing from the feed as a new kiosk`,
    };
  }
  if (check.problems.length === 0) return null;
  const named = check.problems.slice(0, NAMED_PROBLEMS).map(describeProblem).join(', ');
  const more = check.problems.length > NAMED_PROBLEMS ? ` and ${check.problems.length - NAMED_PROBLEMS} more` : '';
  return {
    level: 'warn',
    code: 'stored-content-damaged',
    message:
      `version ${check.version}: ${check.problems.length} stored object(s) failed the start-up check and will be downloaded ` +
      `again: ${named}${more}${check.screensBlocked ? '; the kiosk shows "being prepared" meanwhile' : ''}`,
  };
}

function describeProblem(problem: StoredObjectProblem): string {
  return `${problem.name} (${problem.code === 'stored-content-missing' ? 'missing' : problem.code})`;
}

export interface EvictionWatchOptions {
  /** The version on screen; null while none is. */
  shownVersion: () => number | null;
  log: Log;
  /** Called once per eviction, after the log line, before `check` resolves; it takes the version off screen. */
  onEvicted: () => void;
}

export interface EvictionWatch {
  /** True when the content on screen turned out to be gone from the store. */
  check(): Promise<boolean>;
}

/**
 * Watches for the content on screen vanishing from the store: when the browser deletes the
 * database, its connection closes and is opened again here (Dexie's schema makes the database
 * anew); `check` also runs before each sync, for a store emptied without closing it.
 */
export function watchForEviction(db: EskeDb, options: EvictionWatchOptions): EvictionWatch {
  const { shownVersion, log, onEvicted } = options;
  /** A check under way, which a second one joins, so that one eviction is reported once. */
  let running: Promise<boolean> | null = null;
  const check = () => {
    running ??= checkOnce().finally(() => (running = null));
    return running;
  };
  const checkOnce = async () => {
    const shown = shownVersion();
    if (shown === null) return false;
    await reopen(db);
    if ((await readMeta(db, 'activeVersion')) !== undefined) return false;
    await log({
      level: 'warn',
      code: 'storage-evicted',
      message: `the stored content is gone (version ${shown} was on screen): the browser evicted it or it was cleared; downloading it again`,
    }).catch((error: unknown) => handleError(error, 'logging the eviction', { quiet: true }));
    onEvicted();
    return true;
  };
  // Dexie fires `close` while it closes its side; the check waits until it has.
  db.on('close', () => {
    setTimeout(() => void check().catch((error: unknown) => handleError(error, 'checking the store', { quiet: true })), 0);
  });
  return { check };
}

async function reopen(db: EskeDb): Promise<void> {
  let failure: unknown = null;
  for (const delayMs of REOPEN_DELAYS_MS) {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (db.isOpen()) return;
    try {
      await db.open();
      return;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
