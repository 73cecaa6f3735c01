// Curator Markdown as HTML a screen may insert: markdown-to-html.ts, then DOMPurify against a
// short allow-list, so no HTML, script, event handler, style or link in a feed reaches the page,
// even from a feed the curator CLI did not check. The window DOMPurify parses in is passed in.
// The result is a TrustedHTML of DOMPurify's policy: under the kiosk's Content-Security-Policy
// (docs/design.md §10) it is the only HTML from a feed that an HTML sink accepts.

import createDOMPurify, { type WindowLike } from 'dompurify';
import { ITEM_ID_ATTRIBUTE, ITEM_KIND_ATTRIBUTE, markdownToHtml } from './markdown-to-html.ts';

/** What Markdown may become on a kiosk: text structure and the item buttons, nothing else. */
export const ALLOWED_TAGS = ['p', 'em', 'strong', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6', 'br', 'button'];
/** `start`: an ordered list that begins at another number; `type`: a button's `button`. */
export const ALLOWED_ATTRIBUTES = ['start', 'type', ITEM_KIND_ATTRIBUTE, ITEM_ID_ATTRIBUTE];

/** Turns one curator text into sanitized HTML; a plain string where the browser has no Trusted Types. */
export function createMarkdownRenderer(window: WindowLike) {
  const purify = createDOMPurify(window);
  return (source: string) =>
    purify.sanitize(markdownToHtml(source), {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_TRUSTED_TYPE: true,
    });
}
