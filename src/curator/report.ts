// Collects what is wrong with a content folder as `file:line: reason`, the form a curator can
// act on, and prints it without stack traces. Problems are collected, never thrown: `validate`
// shows every one, and `build` decides from the counts (and `--strict`) whether to publish.

export type Severity = 'error' | 'warning';

/**
 * What kind of problem it is, as `area.what`: stable, so tests and tools match on the code while
 * the wording stays free to improve. The printed form never shows it. Areas: `exhibit`
 * (exhibit.yaml), `entry` (a timeline/, testimonies/ or places/ file as a whole), `markdown` (its
 * sections), `yaml` and `key` (front matter and exhibit.yaml), `text` (a text per language),
 * `timeline`, `testimony`, `place`, `image`, `ref` (a path or id that must resolve), `file` (a
 * file under files/), `media` (what a media file's bytes are), `webvtt` (a transcript's cues),
 * `chapter` (a testimony's chapters against its recording), `section` (an exhibit section),
 * `folder` (a folder of the content folder as such) and `register` (names/*.csv).
 */
export type ProblemCode =
  | 'exhibit.missing' // no exhibit.yaml: nothing can be published
  | 'exhibit.unreadable' // exhibit.yaml is there but cannot be read (a folder, a broken link, too large)
  | 'exhibit.default-language-not-listed'
  | 'exhibit.duplicate-language'
  | 'exhibit.duplicate-era'
  | 'exhibit.era-ends-before-start'
  | 'exhibit.duplicate-keyword'
  | 'exhibit.order-unknown-id' // order: names an id with no file (skipped)
  | 'exhibit.order-duplicate-id' // order: names an id twice (the first counts)
  | 'entry.not-markdown' // a file other than .md in timeline/ or testimonies/ (ignored)
  | 'entry.bad-id' // the file name, which is the id, is not lowercase letters, digits and -
  | 'entry.unreadable'
  | 'markdown.no-front-matter'
  | 'markdown.front-matter-not-closed'
  | 'markdown.not-a-language' // a `## heading` that is not an exhibit language
  | 'markdown.duplicate-section'
  | 'markdown.text-before-section'
  | 'markdown.html' // raw HTML (a tag or a comment) in curator text
  | 'markdown.unsafe-link' // a javascript:, vbscript:, data: or file: link
  | 'markdown.bad-link' // a link that is neither to an exhibit item nor to an outside address
  | 'markdown.outside-link' // an https: link: shown as plain text, a kiosk has no browser (once per file)
  | 'markdown.image' // an image inside the text instead of the front matter
  | 'markdown.heading-level' // a # or ## heading inside a section, where ### is the top level
  | 'yaml.syntax'
  | 'yaml.warning' // the YAML parser's own warnings
  | 'key.unknown' // a key the schema does not know (top level: ignored, with a warning)
  | 'key.invalid' // a value that does not fit its key, or a required key that is missing
  | 'text.missing-language' // a text, section or transcript missing in an exhibit language
  | 'text.too-long' // a text over its cap in src/feed/content-limits.ts, which kiosks refuse
  | 'timeline.end-before-start'
  | 'testimony.both-media'
  | 'testimony.no-summary' // a text-only testimony (no audio or video) without summary:
  | 'testimony.summary-with-media' // summary: beside a recording, whose sections are the summary
  | 'testimony.needs-media' // chapters: or transcripts: in a text-only testimony
  | 'testimony.chapters-out-of-order'
  | 'testimony.duplicate-chapter-start'
  | 'place.no-coordinates'
  | 'place.bad-coordinates' // not [lat, lon] in decimal degrees, or out of range
  | 'image.no-alt'
  | 'image.alt-without-image'
  | 'image.two-forms' // an event with both images: and the older image:
  | 'ref.bad-path' // a file path that is not under files/
  | 'ref.missing' // a file path, era, testimony or register id that names nothing
  | 'ref.wrong-case' // a file path that matches a file only when case is ignored
  | 'ref.unsupported-type' // a file path whose type a feed cannot carry
  | 'ref.wrong-kind' // a file of the wrong kind for its use (audio as an image)
  | 'ref.has-problems' // names something that exists but has errors of its own (reported there)
  | 'ref.left-out' // names a register row left out for its problems: the link is dropped
  | 'ref.unchecked' // names a register id while a register file could not be read to the end
  | 'file.empty'
  | 'file.too-large' // over the cap of src/feed/content-limits.ts for its use
  | 'file.unreadable' // a broken or looping symbolic link, or a file that cannot be opened
  | 'file.not-regular' // a pipe, socket or device: never opened, since reading one can block forever
  | 'folder.not-a-folder' // timeline, names, files … is a file
  | 'folder.unreadable'
  | 'folder.nested' // a folder inside timeline/, testimonies/, places/ or names/, which are not read
  | 'folder.loop' // a linked folder under files/ that leads back to one already read
  | 'file.not-webvtt' // does not start with the WEBVTT header
  | 'media.not-what-name-says' // its bytes are another format than its extension says
  | 'media.unreadable' // the format its name says, but damaged or cut short: no duration, no image
  | 'webvtt.bad-timestamp' // a cue timing line whose times are not hh:mm:ss.ttt or mm:ss.ttt
  | 'webvtt.no-timing' // a block of text that is neither a cue nor a NOTE, STYLE or REGION
  | 'webvtt.end-before-start' // a cue that ends at or before its start
  | 'webvtt.unordered' // a cue that starts before the one above it
  | 'webvtt.no-cues'
  | 'chapter.outside-recording' // a chapter that starts at or after the end of the recording
  | 'file.orphan' // a file under files/ that no text refers to (not published)
  | 'file.unsupported-type' // a file under files/ of a type a feed cannot carry (not published)
  | 'section.empty' // exhibit.yaml lists a section that has no content
  | 'register.not-csv' // a file other than .csv in names/ (ignored)
  | 'register.unreadable'
  | 'register.not-utf8'
  | 'register.no-header' // an empty file
  | 'register.empty' // a header row and no names
  | 'register.missing-column'
  | 'register.duplicate-column'
  | 'register.unnamed-column'
  | 'register.cell-count'
  | 'register.required-empty'
  | 'register.bad-year'
  | 'register.bad-date'
  | 'register.bad-flag'
  | 'register.bad-image' // an images path that is missing or not an image: the row is left out
  | 'register.bad-language' // a lang that is not kk, ru or en
  | 'register.duplicate-id'
  | 'register.bad-quote' // a quote in the middle of a cell, or text after a closing quote
  | 'register.quote-not-closed'
  | 'register.runaway-quote' // a quoted cell that took in the rows below it (they are read again)
  | 'register.line-break' // a line break in a cell that is one line (a name, year, date)
  | 'register.cell-too-long' // a cell longer, or of more lines, than any real one
  | 'register.invisible-char' // zero-width, direction or control characters in a cell (removed)
  | 'register.unread-rest' // too many broken quotes: the rest of the file is not read
  | 'register.csv-syntax'; // any other CSV syntax error

/** One reason with its code, as row parsers return them before the report knows the line. */
export interface Issue {
  code: ProblemCode;
  reason: string;
  /** Facts the reason states, for tests and tools (`firstAt: 'names/a.csv:2'`). */
  details?: Readonly<Record<string, string | number>>;
}

/** An issue found while reading one file, with its 1-based line there (null: the file as a whole). */
export interface LineIssue extends Issue {
  line: number | null;
}

export interface Problem extends Issue {
  /** Relative to the content folder (`names/register.csv`), so messages match what the curator sees. */
  file: string;
  /** 1-based; null when the problem is about the whole file. */
  line: number | null;
  severity: Severity;
  /** A register row left out of the feed; other errors stop a build even without --strict. */
  rowSkipped?: boolean;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return problem.severity === 'warning' ? `${where}: warning: ${problem.reason}` : `${where}: ${problem.reason}`;
}

/** `1 error`, `2 errors`, `1,000,000 names`: counts in messages read as English. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : pluralWord}`;
}

export class Report {
  readonly problems: Problem[] = [];
  #skippedRows = 0;

  error(file: string, line: number | null, code: ProblemCode, reason: string): void {
    this.problems.push({ file, line, code, reason, severity: 'error' });
  }

  warning(file: string, line: number | null, code: ProblemCode, reason: string): void {
    this.problems.push({ file, line, code, reason, severity: 'warning' });
  }

  /** Reports issues found before the line was known, such as a header row's. */
  add(file: string, line: number | null, severity: Severity, issues: readonly Issue[]): void {
    for (const issue of issues) this.problems.push({ ...issue, file, line, severity });
  }

  /** A bad register row: each issue is reported, and the row counts once as left out. */
  skippedRow(file: string, line: number, issues: readonly Issue[]): void {
    for (const issue of issues) this.problems.push({ ...issue, file, line, severity: 'error', rowSkipped: true });
    this.#skippedRows++;
  }

  get errorCount(): number {
    return this.problems.filter((problem) => problem.severity === 'error').length;
  }

  get warningCount(): number {
    return this.problems.filter((problem) => problem.severity === 'warning').length;
  }

  /** Errors that are not about a single register row: these stop a build even without --strict. */
  get blockingErrorCount(): number {
    return this.problems.filter((problem) => problem.severity === 'error' && !problem.rowSkipped).length;
  }

  get skippedRowCount(): number {
    return this.#skippedRows;
  }

  /** Writes every problem, one line each, in the order found (file by file, line by line). */
  print(write: (text: string) => void): void {
    for (const problem of this.problems) write(formatProblem(problem));
  }

  /** One line such as `2 errors, 1 warning (3 register rows left out)`. */
  summary(): string {
    const counts = `${plural(this.errorCount, 'error')}, ${plural(this.warningCount, 'warning')}`;
    return this.#skippedRows === 0 ? counts : `${counts} (${plural(this.#skippedRows, 'register row')} left out)`;
  }
}
