// The kiosk's one error path (STYLE): any unexpected failure is logged in detail for the
// technician (the technician log once the database is open, and the console) and the visitor
// sees only a calm screen. Screens never write their own error handling. Aborts are ignored.

import { errorCode, isAbort, toError } from '../../feed/error-code.ts';
import type { LogLine } from '../storage/technician-log.ts';

export interface ErrorHandling {
  /** Writes a line to the technician log; may reject when the store itself is failing. */
  log?: (line: LogLine) => Promise<void>;
  /** Shows the calm error screen. */
  show?: (error: Error) => void;
  /** Told of each error that reached the visitor (not a quiet one): the watchdog counts them (docs/design.md §6.6). */
  count?: () => void;
}

export interface HandleErrorOptions {
  /**
   * The screen copes on its own (it shows "transcript not available" and the like), so log
   * only and do not interrupt the visitor.
   */
  quiet?: boolean;
}

let handling: ErrorHandling = {};

export function configureErrorHandling(next: ErrorHandling): void {
  handling = { ...handling, ...next };
}

/** The technician-log line for an error: its stable code if it has one, where it happened. */
export function errorLogLine(error: Error, where: string): LogLine {
  return { level: 'error', code: errorCode(error), message: `${where}: ${error.message}` };
}

export function handleError(value: unknown, where: string, options: HandleErrorOptions = {}): void {
  if (isAbort(value)) return;
  const error = toError(value);
  console.error(`[eske] ${where}:`, error);
  handling
    .log?.(errorLogLine(error, where))
    .catch((logError: unknown) => console.error('[eske] could not write the technician log:', logError));
  if (options.quiet) return;
  handling.show?.(error);
  handling.count?.();
}
