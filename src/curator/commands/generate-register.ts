// `generate-register --records N [--seed S] [--out FILE]`: writes a synthetic name register for
// the demo exhibit and the search benchmarks. The people come from src/synthetic-register; this
// command parses flags, reports progress on stderr, and makes the file appear whole or not at all.

import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePeople } from '../../synthetic-register/generate-register.ts';
import type { GeneratedPerson, RegisterRecord } from '../../synthetic-register/register-record.ts';
import { writeRegisterCsv, type TextSink } from '../../synthetic-register/write-register-csv.ts';
import { CliError, describeFsError, NotAFolderError } from '../cli-error.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { openFileSink } from '../open-file-sink.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { makeFolders, writeFileAtomicWith } from '../write-file-atomic.ts';

const NAME = 'generate-register';
const DEFAULT_SEED = 1;
/** Ten million rows: well past the largest national registers (docs/design.md §1 speaks of a few million). */
const MAX_RECORDS = 10_000_000;
const MAX_SEED = 0xffff_ffff;
const PROGRESS_EVERY = 100_000;

const HELP = `Usage: npm run feed -- generate-register --records N [--seed S] [--out FILE]

Writes a synthetic register of victims of Soviet political repression and famine in
Kazakhstan, as a names CSV (see docs/content-folder.md), for demos and search benchmarks.
The people are invented. The same N and S always give the same file, byte for byte, and
the first rows of a longer run are the rows of a shorter one.

Options:
  --records N   how many records to write, from 1 to 10000000 (required)
  --seed S      a whole number that picks the people, from 0 to 4294967295 (default 1)
  --out FILE    write to FILE, replacing it, instead of printing the CSV

Examples:
  npm run feed -- generate-register --records 5000 --out media/names/register.csv
  npm run feed -- generate-register --records 1000000 --seed 7 --out /tmp/register-1m.csv`;

export const command: CliCommand = {
  name: NAME,
  summary: 'write a synthetic name register (CSV) for demos and benchmarks',
  help: HELP,
  async run(args, io) {
    const { values } = parseFlags(
      NAME,
      args,
      { records: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
      [],
    );
    const count = wholeNumber(NAME, required(NAME, values.records, '--records N'), '--records', 1, MAX_RECORDS);
    const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber(NAME, values.seed, '--seed', 0, MAX_SEED);
    const started = performance.now();
    const progress = (written: number): void => {
      if (count >= PROGRESS_EVERY && written % PROGRESS_EVERY === 0 && written < count) {
        io.err(`${NAME}: ${written.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} records`);
      }
    };
    const records = recordsOf(generatePeople(count, seed));
    const target = values.out === undefined ? 'standard output' : values.out;
    if (values.out === undefined) await writeRegisterCsv(records, stdoutSink(io), progress);
    else await writeToFile(path.resolve(io.cwd, values.out), values.out, records, progress);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.err(`${NAME}: wrote ${count.toLocaleString('en-US')} records (seed ${seed}) to ${target} in ${seconds} s`);
    return 0;
  },
};

function* recordsOf(people: Iterable<GeneratedPerson>): Generator<RegisterRecord, void, undefined> {
  for (const person of people) yield person.record;
}

/** `io.out` ends each call with a line break, so each chunk is handed over without its last one. */
function stdoutSink(io: CliIo): TextSink {
  return { write: (text) => io.out(text.endsWith('\n') ? text.slice(0, -1) : text) };
}

async function writeToFile(
  file: string,
  shownAs: string,
  records: Iterable<RegisterRecord>,
  progress: (written: number) => void,
): Promise<void> {
  try {
    await makeFolders(path.dirname(file));
    await writeFileAtomicWith(file, async (temporary) => {
      const sink = openFileSink(temporary);
      try {
        await writeRegisterCsv(records, sink, progress);
      } finally {
        await sink.close();
      }
    });
  } catch (error) {
    // File system failures are the user's to fix; anything else is a bug and goes up as one.
    if (error instanceof NotAFolderError || (error && typeof error === 'object' && 'code' in error)) {
      throw new CliError('generate.unwritable', `${shownAs}: cannot write the register: ${describeFsError(error)}`);
    }
    throw error;
  }
}
