// `import FILE --content DIR`: a register spreadsheet or CSV into DIR/names/, through the same
// import the studio runs (src/curator/import): what was detected, the column mapping, every row
// problem and the counts, then the file written unless --dry-run. For a technician, and for the
// import to be tried end to end without a browser.

import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CliError, describeFsError, UsageError } from '../cli-error.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { COLUMN_TARGETS, isColumnTarget, type ColumnTarget } from '../import/column-names.ts';
import { IMPORT_ENCODINGS, type ImportEncoding } from '../import/detect-encoding.ts';
import { SEPARATOR_NAMES, SEPARATORS, type Separator } from '../import/detect-separator.ts';
import { ImportSession, ImportSetupError } from '../import/import-session.ts';
import { problemsCsv, type ImportProblem } from '../import/import-problem.ts';
import { WorkbookError } from '../import/read-xlsx-source.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { plural } from '../report.ts';
import { describeImport } from '../import/describe-import.ts';

const NAME = 'import';
/** Problems printed to the terminal; --problems writes them all. */
const PRINTED_PROBLEMS = 50;

const HELP = `Usage: npm run feed -- import FILE --content DIR [options]

Imports a name register from a spreadsheet (.xlsx) or a CSV file into DIR/names/, as the
register CSV that validate and build read (see docs/import.md). The CSV may be in UTF-8,
UTF-16, Windows-1251, KOI8-R, KZ-1048 or CP866, with commas, semicolons or tabs between
cells: both are detected. The header is found, the columns are mapped to the register's by
their names in Kazakh, Russian or English (or as the last import of a file of this name was,
kept in DIR/names/.import-mappings.json), every row is checked as validate checks it, and
the counts are shown before anything is written.

Options:
  --content DIR          the content folder to import into (required)
  --to FILE              the register file to write (default: names/<FILE's name>.csv)
  --mapping NAME=COLUMN  map the source column headed NAME to COLUMN: a register column
                         (id, surname, given_name, birth_year, ...), full_name (surname,
                         given name and patronymic in one cell), extra (kept as an extra
                         field) or ignore; repeat it for each column to change
  --encoding E           read the CSV as E: ${IMPORT_ENCODINGS.join(', ')}
  --separator S          the CSV's separator: comma, semicolon or tab
  --header-row N         the header is row N (default: the row naming most register columns)
  --skip N,N,...         leave out the rows on these lines
  --problems OUT.csv     write every problem to OUT.csv, a table to filter in a spreadsheet
  --dry-run              check and count only; write nothing

Rows with problems are written too: validate lists them and build leaves them out until
they are fixed in the register file, so nothing is lost.

Exit code: 0 when the register was written (or, with --dry-run, could be); 1 when the file
cannot be read or the mapping cannot be written; 2 for a wrong command line.

Examples:
  npm run feed -- import ~/Downloads/karlag.xlsx --content media --dry-run
  npm run feed -- import spisok.csv --content media --mapping "ФИО=full_name" --to names/karlag.csv`;

export const command: CliCommand = {
  name: NAME,
  summary: 'import a register spreadsheet or CSV (any encoding) into names/',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      NAME,
      args,
      {
        content: { type: 'string' },
        to: { type: 'string' },
        mapping: { type: 'string', multiple: true },
        encoding: { type: 'string' },
        separator: { type: 'string' },
        'header-row': { type: 'string' },
        skip: { type: 'string' },
        problems: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      ['FILE'],
    );
    const file = path.resolve(io.cwd, required(NAME, positionals[0], 'FILE'));
    const contentDir = path.resolve(io.cwd, required(NAME, values.content, '--content DIR'));
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'eske-import-'));
    const session = await openSession(io, {
      contentDir,
      sourcePath: file,
      fileName: path.basename(file),
      workDir,
      ...(values.to !== undefined && { target: values.to }),
      ...(values.mapping !== undefined && { columns: mappingOf(values.mapping) }),
      ...(values.encoding !== undefined && { encoding: encodingOf(values.encoding) }),
      ...(values.separator !== undefined && { separator: separatorOf(values.separator) }),
      ...(values['header-row'] !== undefined && {
        headerRow: wholeNumber(NAME, values['header-row'], '--header-row', 1, 2 ** 31),
      }),
      ...(values.skip !== undefined && { skips: linesOf(values.skip) }),
    });
    try {
      for (const line of describeImport(session)) io.err(line);
      if (!session.analysis) {
        for (const issue of session.plan.issues) io.err(`${NAME}: the mapping cannot be written: ${issue.reason}`);
        io.err(`${NAME}: change it with --mapping "NAME=COLUMN" (see --help)`);
        return 1;
      }
      const problems = [...session.analysis.problemRows.values()].flatMap((row) => row.problems);
      printProblems(io, problems, session.analysis.problemsLeftOff);
      if (values.problems !== undefined) await writeProblems(path.resolve(io.cwd, values.problems), values.problems, problems);
      const { counts } = session.analysis;
      if (values['dry-run']) {
        io.out(
          `${session.options.fileName}: ${plural(counts.toWrite, 'row')} would be written to ${session.target} (--dry-run: nothing written)`,
        );
        return 0;
      }
      const written = await session.write().catch((error: unknown) => {
        throw new CliError('import.unwritable', `${NAME}: cannot write ${session.target}: ${describeFsError(error)}`);
      });
      if (written.rememberProblem) io.err(`${NAME}: warning: ${written.rememberProblem}`);
      io.out(
        `${session.options.fileName}: wrote ${plural(written.rows, 'row')} to ${written.file}; check the folder with: npm run feed -- validate ${values.content}`,
      );
      return 0;
    } finally {
      await session.dispose();
    }
  },
};

async function openSession(io: CliIo, options: Parameters<typeof ImportSession.open>[0]): Promise<ImportSession> {
  let lastReport = 0;
  const onProgress: Parameters<typeof ImportSession.open>[0]['onProgress'] = ({ phase, rows }) => {
    // A line per 100,000 rows: a 300,000-row register shows it is moving without flooding the terminal.
    if (rows - lastReport < 100_000 && rows >= lastReport) return;
    lastReport = rows;
    io.err(`${NAME}: ${phase} ${rows.toLocaleString('en-US')} rows`);
  };
  try {
    return await ImportSession.open({ ...options, onProgress });
  } catch (error) {
    if (error instanceof WorkbookError || error instanceof ImportSetupError)
      throw new CliError('import.unreadable', `${NAME}: ${options.fileName}: ${error.message}`);
    if (error && typeof error === 'object' && 'syscall' in error)
      throw new CliError('import.unreadable', `${NAME}: ${options.fileName}: ${describeFsError(error)}`);
    throw error;
  }
}

function printProblems(io: CliIo, problems: readonly ImportProblem[], leftOff: number): void {
  for (const problem of problems.slice(0, PRINTED_PROBLEMS)) {
    io.err(`${problem.file}:${problem.line}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`);
  }
  const more = problems.length - PRINTED_PROBLEMS + leftOff;
  if (more > 0) io.err(`${NAME}: ${plural(more, 'more problem')}; --problems OUT.csv writes them all`);
}

async function writeProblems(file: string, shownAs: string, problems: readonly ImportProblem[]): Promise<void> {
  try {
    await writeFile(file, problemsCsv(problems));
  } catch (error) {
    throw new CliError('import.unwritable', `${NAME}: cannot write ${shownAs}: ${describeFsError(error)}`);
  }
}

function mappingOf(pairs: readonly string[]): Record<string, ColumnTarget> {
  const columns: Record<string, ColumnTarget> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    const target = pair.slice(at + 1).trim();
    if (at <= 0 || !isColumnTarget(target)) {
      throw new UsageError(
        'usage.bad-choice',
        `${NAME}: --mapping "${pair}" must be NAME=COLUMN, COLUMN one of: ${COLUMN_TARGETS.join(', ')}`,
      );
    }
    columns[pair.slice(0, at).trim()] = target;
  }
  return columns;
}

function encodingOf(value: string): ImportEncoding {
  const encoding = IMPORT_ENCODINGS.find((each) => each === value.toLowerCase());
  if (!encoding)
    throw new UsageError('usage.bad-choice', `${NAME}: --encoding must be one of ${IMPORT_ENCODINGS.join(', ')}, got "${value}"`);
  return encoding;
}

function separatorOf(value: string): Separator {
  const separator = SEPARATORS.find((each) => SEPARATOR_NAMES[each] === value || each === value);
  if (!separator)
    throw new UsageError('usage.bad-choice', `${NAME}: --separator must be comma, semicolon or tab, got "${value}"`);
  return separator;
}

function linesOf(value: string): number[] {
  return value.split(',').map((part) => wholeNumber(NAME, part.trim(), '--skip', 1, 2 ** 31));
}
