// The start of an event's text as plain paragraphs, for its card on the timeline: what a card
// has room for once it is taller (portrait). Markdown marks are dropped, never rendered, so a
// card holds no markup at all; the event page renders the text in full. No DOM.

/** More than any card shows; the rest is clipped by the card. */
const MAX_PARAGRAPHS = 4;

/** The first paragraphs of `markdown` as plain text: headings, list and quote marks, emphasis and link targets removed. */
export function cardExcerpt(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !/^\s*#/.test(line))
        .map((line) => line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, ''))
        .join(' ')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`~]+/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0)
    .slice(0, MAX_PARAGRAPHS);
}
