// Curator Markdown (docs/content-folder.md) as HTML, by marked: every piece of raw HTML in
// the source comes out escaped, as the text the curator typed; outside links and Markdown images
// keep only their words; links to exhibit items become buttons. No DOM: render-markdown.ts then
// sanitizes the result, so neither step alone decides what reaches the page.

import { Marked, type RendererObject, type Tokens } from 'marked';
import { parseItemHref } from './item-links.ts';

/** On each item-link button: the kind and id it opens (item-links.ts). */
export const ITEM_KIND_ATTRIBUTE = 'data-item-kind';
export const ITEM_ID_ATTRIBUTE = 'data-item-id';

/** A page's own heading levels are h1 (the item) and h2 (its sections); curator headings sit below. */
const TOP_HEADING_LEVEL = 3;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const renderer: RendererObject = {
  // Raw HTML shows as the text it is: a visitor sees what the curator typed, and nothing runs.
  html({ text, block }: Tokens.HTML | Tokens.Tag) {
    return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
  },
  heading({ tokens, depth }) {
    const level = Math.min(6, Math.max(TOP_HEADING_LEVEL, depth));
    return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
  },
  link({ href, tokens }) {
    const inner = this.parser.parseInline(tokens);
    const item = parseItemHref(href);
    // An outside link cannot be followed on a kiosk (no browser to go to): its text stays.
    if (!item) return inner;
    return `<button type="button" ${ITEM_KIND_ATTRIBUTE}="${item.kind}" ${ITEM_ID_ATTRIBUTE}="${escapeHtml(item.id)}">${inner}</button>`;
  },
  // Pictures come from the item's own images, with alt text and credit; in the text only the words stay.
  image({ text }) {
    return escapeHtml(text);
  },
  // A paragraph indented by four spaces is a code block to Markdown, and still a paragraph to a curator.
  code({ text }) {
    return `<p>${escapeHtml(text)}</p>\n`;
  },
  codespan({ text }) {
    return escapeHtml(text);
  },
  hr() {
    return '';
  },
  checkbox() {
    return '';
  },
};

const marked = new Marked({ gfm: true, breaks: false, async: false, renderer });

/** The HTML marked makes of one curator text, before sanitizing; '' for an empty one. */
export function markdownToHtml(source: string): string {
  return marked.parse(source, { async: false });
}
