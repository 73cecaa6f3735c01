// Records every Content-Security-Policy violation a page reports (docs/design.md §10), from before
// its first script runs, so a spec can assert that the kiosk needs nothing its policy refuses.

import type { Page } from '@playwright/test';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

declare global {
  interface Window {
    __policyViolations?: Violation[];
  }
}

/** Call before the page's first navigation; the returned function reads what has been reported so far. */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  return () => page.evaluate(() => window.__policyViolations ?? []);
}
