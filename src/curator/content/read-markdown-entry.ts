// Splits a timeline or testimony file into YAML front matter and `## kk` / `## ru` / `## en`
// sections of plain paragraphs. Knows nothing about which keys the front matter needs: the
// timeline and testimony readers check that. Text is kept as plain text, never as HTML.

import { isLanguage, type Language } from '../../feed/languages.ts';
import type { Report } from '../report.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** Body text as plain paragraphs per language section. */
export type LocalizedParagraphs = Partial<Record<Language, string[]>>;

export interface MarkdownEntry {
  /** Front matter; its lineOf gives file lines. */
  front: YamlSource;
  /** Paragraphs per language section, in file order. */
  sections: Partial<Record<Language, string[]>>;
  /** The first line after the front matter, where a missing section is reported. */
  bodyLine: number;
}

const FENCE = '---';
const HEADING = /^##\s+(.*?)\s*$/;

/** Null when the front matter is missing or is not valid YAML (reported with its line). */
export function readMarkdownEntry(text: string, file: string, report: Report): MarkdownEntry | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trimEnd() !== FENCE) {
    report.error(
      file,
      1,
      'markdown.no-front-matter',
      `must start with front matter: a line "${FENCE}", the YAML keys, then another "${FENCE}"`,
    );
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FENCE);
  if (close === -1) {
    report.error(file, 1, 'markdown.front-matter-not-closed', `front matter is not closed by a line "${FENCE}"`);
    return null;
  }
  // Front matter starts on file line 2, right after the opening fence.
  const front = parseYamlSource(lines.slice(1, close).join('\n'), file, report, 2);
  if (!front) return null;

  const bodyStart = close + 2; // 1-based file line after the closing fence
  const sections: Partial<Record<Language, string[]>> = {};
  let headingSeen = false;
  let current: string[] | null = null; // paragraphs of the open section; null before one / in a bad one
  let paragraph: string[] = [];
  let strayTextWarned = false;

  const endParagraph = () => {
    if (paragraph.length > 0 && current) current.push(paragraph.join(' '));
    paragraph = [];
  };

  lines.slice(close + 1).forEach((raw, index) => {
    const line = bodyStart + index;
    const heading = HEADING.exec(raw);
    if (heading) {
      endParagraph();
      const name = heading[1]!.toLowerCase();
      headingSeen = true;
      current = null;
      if (!isLanguage(name))
        report.error(
          file,
          line,
          'markdown.not-a-language',
          `"## ${heading[1]}" is not a language section (use ## kk, ## ru or ## en)`,
        );
      else if (sections[name]) report.error(file, line, 'markdown.duplicate-section', `section "## ${name}" appears twice`);
      else {
        current = sections[name] = [];
      }
      return;
    }
    const textLine = raw.trim();
    if (textLine === '') return endParagraph();
    if (!current) {
      if (!headingSeen && !strayTextWarned) {
        report.warning(
          file,
          line,
          'markdown.text-before-section',
          'text before the first "## kk", "## ru" or "## en" heading is not shown',
        );
        strayTextWarned = true;
      }
      return;
    }
    // Lines of one paragraph join with a space, as Markdown reads a single line break.
    paragraph.push(textLine);
  });
  endParagraph();

  return { front, sections, bodyLine: bodyStart };
}
