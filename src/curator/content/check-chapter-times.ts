// A testimony's chapters against its recording: a chapter that starts at or after the end of
// the recording is one a visitor could tap and never hear, most often a typo in a time. Runs
// after the file checks, which read each recording's duration (check-media-file.ts).

import type { Report } from '../report.ts';
import type { MediaFile } from './check-references.ts';
import type { ContentEntry } from './content-refs.ts';
import type { TestimonySource } from './read-testimonies.ts';

/** `h:mm:ss` or `m:ss`, as curators write chapter times, with tenths when there are any. */
function clockTime(seconds: number): string {
  const tenths = Math.floor(seconds * 10) / 10;
  const whole = Math.floor(tenths);
  const fraction = tenths === whole ? '' : `.${Math.round((tenths - whole) * 10)}`;
  const [hours, minutes, secs] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const mmss = `${hours > 0 ? String(minutes).padStart(2, '0') : minutes}:${String(secs).padStart(2, '0')}${fraction}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Reports each chapter of a published testimony whose start is not inside its recording. */
export function checkChapterTimes(
  testimonies: readonly ContentEntry<TestimonySource>[],
  media: ReadonlyMap<string, MediaFile>,
  report: Report,
): void {
  for (const { file, value } of testimonies) {
    const recording = value?.media;
    // A recording whose length is unknown (a video that does not say) is not checked.
    const durationSeconds = recording ? media.get(recording.file)?.durationSeconds : undefined;
    if (!recording || durationSeconds === undefined) continue;
    value.chapters.forEach((chapter, index) => {
      if (chapter.start < durationSeconds) return;
      const reason =
        `chapters[${index}].start (${clockTime(chapter.start)}) is at or after the end of ` +
        `${recording.file} (${clockTime(durationSeconds)} long)`;
      report.error(file, chapter.line, 'chapter.outside-recording', reason);
    });
  }
}
