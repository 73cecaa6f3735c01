// Splits a timeline, testimony or place file into YAML front matter and `## kk` / `## ru` /
// `## en` sections of Markdown text. Knows nothing about which keys the front matter needs, nor
// what Markdown may hold: the entry readers and check-markdown.ts see to that.

import type { LocalizedMarkdown } from '../../feed/content-schema.ts';
import { isLanguage, type Language } from '../../feed/languages.ts';
import type { Report } from '../report.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** One language's Markdown, without the blank lines around it, and the file line it starts on. */
export interface MarkdownSection {
  text: string;
  line: number;
}

export type LocalizedSections = Partial<Record<Language, MarkdownSection>>;

export interface MarkdownEntry {
  /** Front matter; its lineOf gives file lines. */
  front: YamlSource;
  /** Sections in file order; an empty one has text "". */
  sections: LocalizedSections;
  /** The first line after the front matter, where a missing section is reported. */
  bodyLine: number;
}

export const FRONT_MATTER_FENCE = '---';
/** `## kk` opens a section; `###` and deeper are headings inside one (docs/content-folder.md "Text"). */
export const SECTION_HEADING = /^##\s+(.*?)\s*$/;

/** The feed's Markdown per language. */
export function markdownOf(sections: LocalizedSections): LocalizedMarkdown {
  return Object.fromEntries(Object.entries(sections).map(([language, section]) => [language, section.text]));
}

/** Null when the front matter is missing or is not valid YAML (reported with its line). */
export function readMarkdownEntry(text: string, file: string, report: Report): MarkdownEntry | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trimEnd() !== FRONT_MATTER_FENCE) {
    report.error(
      file,
      1,
      'markdown.no-front-matter',
      `must start with front matter: a line "${FRONT_MATTER_FENCE}", the YAML keys, then another "${FRONT_MATTER_FENCE}"`,
    );
    return null;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FRONT_MATTER_FENCE);
  if (close === -1) {
    report.error(file, 1, 'markdown.front-matter-not-closed', `front matter is not closed by a line "${FRONT_MATTER_FENCE}"`);
    return null;
  }
  // Front matter starts on file line 2, right after the opening fence.
  const front = parseYamlSource(lines.slice(1, close).join('\n'), file, report, 2);
  if (!front) return null;

  const bodyStart = close + 2; // 1-based file line after the closing fence
  const sections: LocalizedSections = {};
  let headingSeen = false;
  /** The open section's lines and where they start; null before a section and inside a bad one. */
  let current: { language: Language; lines: string[]; line: number } | null = null;
  let strayTextWarned = false;

  const endSection = () => {
    if (!current) return;
    const first = current.lines.findIndex((line) => line.trim() !== '');
    const last = current.lines.findLastIndex((line) => line.trim() !== '');
    sections[current.language] =
      first === -1
        ? { text: '', line: current.line }
        : { text: current.lines.slice(first, last + 1).join('\n'), line: current.line + first };
    current = null;
  };

  lines.slice(close + 1).forEach((raw, index) => {
    const line = bodyStart + index;
    const heading = SECTION_HEADING.exec(raw);
    if (heading) {
      endSection();
      const name = heading[1]!.toLowerCase();
      headingSeen = true;
      if (!isLanguage(name))
        report.error(
          file,
          line,
          'markdown.not-a-language',
          `"## ${heading[1]}" is not a language section (use ## kk, ## ru or ## en; a heading inside a section is ### or deeper)`,
        );
      else if (sections[name]) report.error(file, line, 'markdown.duplicate-section', `section "## ${name}" appears twice`);
      else current = { language: name, lines: [], line: line + 1 };
      return;
    }
    if (current) current.lines.push(raw);
    else if (raw.trim() !== '' && !headingSeen && !strayTextWarned) {
      report.warning(
        file,
        line,
        'markdown.text-before-section',
        'text before the first "## kk", "## ru" or "## en" heading is not shown',
      );
      strayTextWarned = true;
    }
  });
  endSection();

  return { front, sections, bodyLine: bodyStart };
}
