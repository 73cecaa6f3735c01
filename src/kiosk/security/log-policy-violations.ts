// Writes each Content-Security-Policy violation to the technician log (docs/design.md §10): an
// injected script or a feed host that redirects to another origin shows up with the directive
// that refused it, instead of as an unexplained failure.

import type { LogLine } from '../storage/technician-log.ts';

export function logPolicyViolations(target: Pick<Document, 'addEventListener'>, log: (line: LogLine) => Promise<void>): void {
  target.addEventListener('securitypolicyviolation', (event) => {
    // blockedURI is the address, or what was inline: `inline`, `eval`, `trusted-types-sink`.
    log({ level: 'error', code: 'csp-violation', message: `${event.effectiveDirective} refused ${event.blockedURI}` }).catch(
      (error: unknown) => console.error('[eske] could not write the technician log:', error),
    );
  });
}
