// Checks one piece of curator Markdown (docs/content-folder.md "Text") with marked's lexer, the
// parser the kiosk renders with: no raw HTML, no images, no script links, headings below the
// `## kk` section level, no more than MAX_MARKDOWN_CHARS. Hands back the links to exhibit items, to be checked across the folder.

import { Lexer, type Token, type Tokens } from 'marked';
import { MAX_MARKDOWN_CHARS } from '../../feed/content-limits.ts';
import { ITEM_KINDS, type ItemKind } from '../../feed/content-schema.ts';
import type { Report } from '../report.ts';
import type { LinkRef } from './content-refs.ts';

export interface MarkdownCheck {
  /** `[text](event:ID)` and the like: each must name an item of the folder. */
  links: LinkRef[];
  /** Lines of `https:` (and other outside) links, which a kiosk shows as plain text. */
  outsideLinkLines: number[];
}

/** Where the text is, for messages: `timeline/x.md`, the file line it starts on, and `## kk` or `archive_request.kk`. */
export interface MarkdownPlace {
  file: string;
  line: number;
  label: string;
}

const ITEM_LINK = new RegExp(`^(${ITEM_KINDS.join('|')}):(.+)$`);
const OUTSIDE_LINK = /^(https?|mailto):/i;
/** Schemes a browser would run or open as a document; browsers ignore spaces and controls inside a scheme. */
const UNSAFE_LINK = /^(javascript|vbscript|data|file):/i;
/** `## ` starts a language section, so a heading inside one is `###` or deeper. */
const MIN_HEADING_DEPTH = 3;

const TARGET_OF: Record<ItemKind, LinkRef['target']> = {
  event: 'event',
  testimony: 'testimony',
  record: 'name',
  place: 'place',
};

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };

/** `&#106;`, `&#x6A;` and the named references that can hide a scheme, decoded. */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline);/gi, (reference, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return NAMED_REFERENCES[lower] ?? reference;
  });
}

/** A token's children, each with the source text it was read from (a table cell has no `raw`). */
function childrenOf(token: Token): { token: Token; raw: string }[] {
  const children: Token[] = [...('tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [])];
  if (token.type === 'list') children.push(...(token as Tokens.List).items);
  const cells = token.type === 'table' ? [...(token as Tokens.Table).header, ...(token as Tokens.Table).rows.flat()] : [];
  return [
    ...children.map((child) => ({ token: child, raw: child.raw })),
    ...cells.flatMap((cell) => cell.tokens.map((child) => ({ token: child, raw: child.raw }))),
  ];
}

/** Calls `visit` with every token and its offset in `source`, children after their parent. */
function walk(
  tokens: readonly { token: Token; raw: string }[],
  source: string,
  start: number,
  visit: (token: Token, offset: number) => void,
) {
  let cursor = 0;
  for (const { token, raw } of tokens) {
    const found = source.indexOf(raw, cursor);
    const offset = found === -1 ? cursor : found;
    if (found !== -1) cursor = found + raw.length;
    visit(token, start + offset);
    walk(childrenOf(token), raw, start + offset, visit);
  }
}

export function checkMarkdown(text: string, place: MarkdownPlace, report: Report): MarkdownCheck {
  const check: MarkdownCheck = { links: [], outsideLinkLines: [] };
  const lineAt = (offset: number) => place.line + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const problem = (offset: number, code: Parameters<Report['error']>[2], reason: string) =>
    report.error(place.file, lineAt(offset), code, `${place.label}: ${reason}`);

  // docs/content-folder.md "Limits": reported once, and not read further.
  if (text.length > MAX_MARKDOWN_CHARS) {
    report.error(place.file, place.line, 'text.too-long', tooLong(place.label, text.length, MAX_MARKDOWN_CHARS));
    return check;
  }
  const tokens = new Lexer().lex(text);
  walk(
    tokens.map((token) => ({ token, raw: token.raw })),
    text,
    0,
    (token, offset) => {
      if (token.type === 'html') {
        const shown = token.raw.trim().slice(0, 40);
        problem(offset, 'markdown.html', `HTML is not allowed in curator text ("${shown}"); write Markdown instead`);
      } else if (token.type === 'image') {
        problem(offset, 'markdown.image', 'images cannot go inside the text; list them under images: in the front matter');
      } else if (token.type === 'heading' && (token as Tokens.Heading).depth < MIN_HEADING_DEPTH) {
        problem(
          offset,
          'markdown.heading-level',
          `a heading inside a section is ### or deeper ("${'#'.repeat(MIN_HEADING_DEPTH)} ${(token as Tokens.Heading).text}"); ## starts a language section`,
        );
      } else if (token.type === 'link') {
        checkLink((token as Tokens.Link).href, lineAt(offset), offset);
      }
    },
  );

  function checkLink(href: string, line: number, offset: number): void {
    // Browsers decode character references and drop spaces and controls inside a scheme:
    // `&#106;avascript:` and `java&Tab;script:` still run. Anything not allowed below is refused anyway.
    const scheme = [...decodeReferences(href)].filter((character) => character.charCodeAt(0) > 0x20).join('');
    const item = ITEM_LINK.exec(href.trim());
    if (item) {
      const kind = item[1] as ItemKind;
      check.links.push({ line, label: `${place.label}: link ${kind}:${item[2]}`, target: TARGET_OF[kind], id: item[2]! });
    } else if (UNSAFE_LINK.test(scheme)) {
      problem(
        offset,
        'markdown.unsafe-link',
        `the link "${href.slice(0, 40)}" could run a script or open a file; it is not allowed`,
      );
    } else if (OUTSIDE_LINK.test(scheme)) {
      check.outsideLinkLines.push(line);
    } else {
      problem(
        offset,
        'markdown.bad-link',
        `the link "${href.slice(0, 40)}" goes nowhere a kiosk knows: link to ${ITEM_KINDS.map((kind) => `${kind}:ID`).join(', ')} or an https: address`,
      );
    }
  }
  return check;
}

/** The reason for a text over its cap, in the words a curator can act on. */
export function tooLong(where: string, chars: number, maxChars: number): string {
  return `${where} is ${chars.toLocaleString('en-US')} characters long, more than the ${maxChars.toLocaleString('en-US')} a text may have; shorten it`;
}

/** The first raw HTML in a one-line text (a title, an alt text), as marked reads it, or null. */
export function findHtml(text: string): string | null {
  let found: string | null = null;
  walk(
    Lexer.lexInline(text).map((token) => ({ token, raw: token.raw })),
    text,
    0,
    (token) => {
      if (token.type === 'html') found ??= token.raw.trim().slice(0, 40);
    },
  );
  return found;
}

/** One warning per file for its outside links: a kiosk shows them as plain text, nobody can follow them there. */
export function warnOutsideLinks(file: string, lines: readonly number[], report: Report): void {
  if (lines.length === 0) return;
  const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
  report.warning(
    file,
    lines[0]!,
    'markdown.outside-link',
    `a link outside the exhibit${more}: a kiosk has no browser, so it shows the address as plain text`,
  );
}
