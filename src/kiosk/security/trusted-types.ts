// The page's default Trusted Types policy (docs/design.md §10). Under `require-trusted-types-for
// 'script'` a plain string given to a script-URL or HTML sink goes through it: script URLs of the
// app's own origin pass (the search worker, the service worker), anything else is refused. It
// makes no HTML, so HTML reaches the page only from DOMPurify (render-markdown.ts) or Svelte's
// compiled templates, each through its own policy.

/** What this module needs of `window.trustedTypes`; the DOM types of TypeScript 6 lack it. */
interface TrustedTypesWindow {
  location: Location;
  trustedTypes?: {
    createPolicy(name: 'default', rules: { createScriptURL: (url: string) => string | null }): unknown;
  };
}

/** Call before the page starts a worker or registers its service worker. */
export function installDefaultTrustedTypesPolicy(window: TrustedTypesWindow): void {
  const own = window.location.origin;
  window.trustedTypes?.createPolicy('default', {
    createScriptURL: (url) => (new URL(url, window.location.href).origin === own ? url : null),
  });
}
