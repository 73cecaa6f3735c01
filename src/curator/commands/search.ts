// `search SOURCE [QUERY]`: the kiosk's name engine on a curator's machine, to check a list of
// names against a register before publishing it (`--stdin --json`: one JSON line per query,
// in order). Same engine, same results as the kiosk.

import { createInterface } from 'node:readline';
import path from 'node:path';
import type { NameRecord } from '../../feed/content-schema.ts';
import { NameIndexBuilder, type NameIndex } from '../../search/name-index.ts';
import { searchableRecord } from '../../search/searchable-record.ts';
import { searchNames } from '../../search/search-names.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { UsageError } from '../cli-error.ts';
import { parseFlags, required, wholeNumber } from '../parse-flags.ts';
import { loadRegister } from '../search/load-register.ts';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

const HELP = `Usage: npm run feed -- search SOURCE [QUERY] [--stdin] [--limit N] [--json]

Searches the name register in SOURCE as the kiosk does: across Kazakh and Russian
Cyrillic and Latin spellings, Russian and Kazakh endings, typos, in any word order.
SOURCE is a register CSV, a content folder (its names/*.csv) or a built feed.

Options:
  --stdin      read one query per line from standard input; answers come in the same order
  --limit N    results per query (default ${DEFAULT_LIMIT})
  --json       one JSON line per query:
               {"query": "...", "results": [{"id": "...", "score": 0.97}, ...], "tookMs": 0.8}
               (tookMs: that query's search time, index build excluded)

Examples:
  npm run feed -- search media "Байтурсынов Ахмет"
  npm run feed -- search media/names/register.csv --stdin --json < names-to-check.txt`;

export const command: CliCommand = {
  name: 'search',
  summary: 'search a register as the kiosk does',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      'search',
      args,
      { stdin: { type: 'boolean' }, limit: { type: 'string' }, json: { type: 'boolean' } },
      ['SOURCE', 'QUERY'],
    );
    const source = required('search', positionals[0], 'SOURCE');
    const query = positionals[1];
    // parseArgs leaves an absent boolean undefined, not false.
    const fromStdin = values.stdin === true;
    if (fromStdin === (query !== undefined))
      throw new UsageError('usage.query-or-stdin', 'search: give either a QUERY or --stdin (see: npm run feed -- search --help)');
    const limit = values.limit === undefined ? DEFAULT_LIMIT : wholeNumber('search', values.limit, '--limit', 1, MAX_LIMIT);

    const loaded = await loadRegister(path.resolve(io.cwd, source));
    loaded.report.print(io.err);
    const started = performance.now();
    const builder = new NameIndexBuilder();
    for (const record of loaded.records) builder.add(searchableRecord(record));
    const { index, inputOrder } = builder.build();
    // A hit's `record` is the index's number for it, in tie-break order, not its row in the source.
    const recordsByNumber = Array.from(inputOrder, (input) => loaded.records[input]!);
    io.err(
      `search: ${loaded.records.length.toLocaleString('en-US')} names from ${loaded.description}, indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const answer = (text: string) =>
      values.json ? answerJson(index, text, limit, io) : answerText(index, recordsByNumber, text, limit, io);
    if (query !== undefined) answer(query);
    else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) answer(line);
    return 0;
  },
};

function answerJson(index: NameIndex, query: string, limit: number, io: CliIo): void {
  const started = performance.now();
  const { hits } = searchNames(index, query, { limit });
  const tookMs = performance.now() - started;
  const results = hits.map((hit) => ({ id: hit.id, score: Math.round(hit.score * 10_000) / 10_000 }));
  io.out(JSON.stringify({ query, results, tookMs: Math.round(tookMs * 1000) / 1000 }));
}

function answerText(index: NameIndex, recordsByNumber: readonly NameRecord[], query: string, limit: number, io: CliIo): void {
  const result = searchNames(index, query, { limit });
  io.out(`"${query}": ${result.complete ? '' : 'more than '}${result.total.toLocaleString('en-US')} found`);
  result.hits.forEach((hit, rank) => {
    const record = recordsByNumber[hit.record]!;
    const name = [record.surname, record.givenName, record.patronymic].filter(Boolean).join(' ');
    const years =
      record.birthYear || record.deathDate ? ` (${record.birthYear ?? '?'}–${record.deathDate?.slice(0, 4) ?? '?'})` : '';
    const place = record.birthPlace ? `, ${record.birthPlace}` : '';
    io.out(`${String(rank + 1).padStart(3)}. ${hit.score.toFixed(2)}  ${record.id}  ${name}${years}${place}`);
  });
}
