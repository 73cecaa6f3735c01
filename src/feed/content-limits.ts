// How long a curator text and how large a media file may be (docs/content-folder.md "Limits"):
// caps no real exhibit comes near, so that only a mistake or a hostile feed meets them. The
// curator CLI refuses what is over them at build time; the kiosk's schemas refuse a document
// that carries more, so a text of megabytes can never reach a screen. No DOM, no Node.

/**
 * A one-line register cell (a name, a place, a year or a date). The longest real ones, Kazakh
 * names with a clan name or Russian double surnames, stay under 80 characters; 200 leaves room
 * for any and still catches a stray quote that ran on into the rows below.
 */
export const MAX_LINE_CHARS = 200;
/** A register list (name_variants): a dozen spellings of a name fit several times over. */
export const MAX_LIST_CHARS = 1_000;
/**
 * Any other plain text, about two pages: a title, a name of a place, a speaker, an alt text, a
 * caption, a credit, a source, a chapter's synopsis, a content warning, a register note (charge,
 * fate, an extra column). The longest in the demo, a source line, has about 600.
 */
export const MAX_TEXT_CHARS = 5_000;
/**
 * A Markdown text: an event's or a place's text, a testimony's summary, a letter or memoir
 * shown as a text-only testimony, the archive request. 200,000 characters is a book of some
 * 80 pages, in one language; a kiosk visitor reads a few screens.
 */
export const MAX_MARKDOWN_CHARS = 200_000;

const MIB = 1024 * 1024;

/**
 * A file under files/, by what it is used as. An image is a scan or a photograph the build
 * scales down (a 600 dpi A3 scan is about 100 MB uncompressed); audio is three hours at
 * 320 kbit/s several times over; video two hours of 1080p at a high bitrate; a transcript's
 * three hours of speech are about 200 KB.
 */
export const MAX_FILE_BYTES = {
  image: 200 * MIB,
  audio: 2048 * MIB,
  video: 8192 * MIB,
  transcript: 10 * MIB,
} as const;
