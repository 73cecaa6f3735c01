// Adds a Content-Security-Policy to the page as a <meta> in its head. A page's policies all hold
// at once, so a later one can only narrow what the first allowed, never widen it: start-kiosk.ts
// narrows connect-src this way once it has read the kiosk-config (docs/design.md §10).

import { policyText, type Policy } from './content-security-policy.ts';

export function addPolicy(document: Document, policy: Policy): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policyText(policy);
  document.head.append(meta);
}
