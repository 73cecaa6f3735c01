// `validate DIR`: reads the content folder the way build does and lists every problem, without
// writing anything. Errors make the exit code 1; warnings alone do not.

import path from 'node:path';
import type { CliCommand } from '../command.ts';
import { readContentFolder } from '../content/read-content-folder.ts';
import { parseFlags, required } from '../parse-flags.ts';
import { plural, Report } from '../report.ts';

const HELP = `Usage: npm run feed -- validate DIR

Checks the content folder DIR (exhibit.yaml, timeline/, testimonies/, places/,
names/*.csv, files/) and lists every problem as file:line: reason. Nothing is written.

Exit code: 0 when there are no errors (warnings alone are fine), 1 otherwise.

Example:
  npm run feed -- validate media`;

export const command: CliCommand = {
  name: 'validate',
  summary: 'check a content folder and list every problem',
  help: HELP,
  async run(args, io) {
    const { positionals } = parseFlags('validate', args, {}, ['DIR']);
    const dir = required('validate', positionals[0], 'DIR');
    const report = new Report();
    const content = await readContentFolder(path.resolve(io.cwd, dir), report, {
      onProgress: (file, rows) => io.err(`${file}: ${rows.toLocaleString('en-US')} rows read`),
    });
    report.print(io.err);
    if (!content) {
      io.out(`${dir}: nothing can be published until exhibit.yaml is fixed: ${report.summary()}`);
      return 1;
    }
    const { timeline, testimonies, places, register } = content;
    io.out(
      `${dir}: ${plural(timeline.length, 'timeline event')}, ${plural(testimonies.length, 'testimony', 'testimonies')}, ` +
        `${plural(places.length, 'place')}, ` +
        `${plural(register.published, 'name')} from ${plural(register.files, 'register file')}, ${plural(content.media.size, 'media file')}; ${report.summary()}`,
    );
    return report.errorCount > 0 ? 1 : 0;
  },
};
