// Every limit of the register import in one place, each with its unit and why it is that size,
// so the CLI, the studio and the tests read the same numbers.

/** Rows checked between two progress reports and two yields to the event loop: a few milliseconds of work. */
export const CHUNK_ROWS = 2_000;
/** Problems kept for the table. A file with more has a wrong mapping or encoding, which the first ones show. */
export const MAX_PROBLEMS = 20_000;
/** Rows searched for the header: a title and a blank row or two often come first. */
export const HEADER_SEARCH_ROWS = 20;
/** Rows shown in the preview: enough to see whether the letters read right. */
export const PREVIEW_ROWS = 10;
/** Each broken quote makes the reader start again after it; past this many, fix the file first. */
export const MAX_RESUMES = 100;
/** Far above any real row; a quote never closed then stops here instead of swallowing the file. */
export const MAX_ROW_CHARS = 1_000_000;
