// Reads the name register that `feed search` searches, from any of the three places a curator
// has it: one register CSV, a content folder (every names/*.csv), or a built feed (its shards).

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NameRecord } from '../../feed/content-schema.ts';
import { FeedError } from '../../feed/errors.ts';
import { objectPath } from '../../feed/manifest-schema.ts';
import { parseDocument } from '../../feed/parse-document.ts';
import { readUnverifiedManifest } from '../../feed/verify-manifest.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { NAMES_FOLDER } from '../content/read-content-folder.ts';
import { readRegisterCsv } from '../content/read-register-csv.ts';
import { withoutImages } from '../content/register-columns.ts';
import { RegisterIds } from '../content/register-ids.ts';
import { Report } from '../report.ts';

export interface LoadedRegister {
  records: NameRecord[];
  /** What was read, for the person at the terminal. */
  description: string;
  report: Report;
}

export async function loadRegister(source: string): Promise<LoadedRegister> {
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    throw new CliError('search.unreadable', `search: ${source}: ${describeFsError(error)}`);
  }
  if (info.isFile()) return readCsvFiles([source], path.dirname(source));
  const entries = await readdir(source);
  if (entries.includes('manifest.json')) return readFeed(source);
  if (!entries.includes(NAMES_FOLDER)) {
    throw new CliError(
      'search.unknown-source',
      `search: ${source} is neither a register CSV, a content folder (with names/) nor a feed (with manifest.json)`,
    );
  }
  const names = path.join(source, NAMES_FOLDER);
  const files = (await readdir(names)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  return readCsvFiles(
    files.map((name) => path.join(names, name)),
    source,
  );
}

async function readCsvFiles(files: string[], base: string): Promise<LoadedRegister> {
  const report = new Report();
  const ids = new RegisterIds();
  const records: NameRecord[] = [];
  for (const absolutePath of files) {
    await readRegisterCsv({
      file: path.relative(base, absolutePath),
      absolutePath,
      report,
      ids,
      files: null,
      onRecord: (record) => records.push(withoutImages(record)),
    });
  }
  return { records, description: `${files.length} register file${files.length === 1 ? '' : 's'}`, report };
}

/** A feed's shards, read as published; `feed verify` is the command that checks them. */
async function readFeed(feed: string): Promise<LoadedRegister> {
  const manifest = await parseOrExplain(feed, 'manifest.json', async () =>
    readUnverifiedManifest(await readFile(path.join(feed, 'manifest.json'))),
  );
  const records: NameRecord[] = [];
  const shards = manifest.objects.filter((entry) => entry.role === 'names');
  for (const entry of shards) {
    const file = objectPath(entry);
    const shard = await parseOrExplain(feed, file, async () =>
      parseDocument('names', entry, await readFile(path.join(feed, file), 'utf8')),
    );
    records.push(...shard.records);
  }
  return { records, description: `feed version ${manifest.version}, ${shards.length} shards`, report: new Report() };
}

/** A feed file that is not what its role says becomes one line for the curator. */
async function parseOrExplain<T>(feed: string, file: string, parse: () => Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof FeedError)
      throw new CliError('search.feed-invalid', `search: ${path.join(feed, file)}: ${error.message}`);
    throw error;
  }
}
