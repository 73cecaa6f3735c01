// `npm run bench -- name-index`: the name index of a version in which a curator edited one
// record, built from every register shard (the rebuild) and from the earlier version's index
// plus the one changed shard (docs/design.md §7), in the same run, with the engine's own
// buildIndex; at 300,000 records unless told. The two must give the same index, or it fails.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { NamesShard } from '../../../src/feed/content-schema.ts';
import { objectPath, type Manifest } from '../../../src/feed/manifest-schema.ts';
import { sha256Hex } from '../../../src/feed/sha256.ts';
import { buildIndex, type BuiltIndex, type RegisterShards } from '../../../src/search/search-service.ts';
import { parseWholeFlags } from '../bench-flags.ts';
import type { Benchmark } from '../benchmark.ts';
import { syntheticFeed } from '../kiosk-search/bench-feeds.ts';
import { textTable } from '../text-table.ts';

const DEFAULTS = { records: 300_000, runs: 3 };

const USAGE = `Usage: npm run bench -- name-index [--records N] [--runs N]

Builds (once, cached in tests/.tmp/kiosk-search/) the demo exhibit with a synthetic register of N
records, indexes it, edits one record of one shard, then builds the next version's index:
  - rebuild: from every shard, as for a first install;
  - incremental: the earlier index's records of the unchanged shards, the changed shard read;
    the earlier index first comes back from IndexedDB, here a structured clone of it.
Prints the median of the runs for each, and checks that both give the same index.

Options:
  --records N   register size (default ${DEFAULTS.records.toLocaleString('en-US')})
  --runs N      builds of each kind (default ${DEFAULTS.runs})`;

const ms = (value: number) => value.toFixed(0);
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Wall time, and this process's CPU time, which a machine shared with other work inflates less. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  collect();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const { user, system } = process.cpuUsage(cpu);
  return { value, ms: performance.now() - started, cpuMs: (user + system) / 1000 };
}

interface Times {
  ms: number[];
  cpuMs: number[];
}
const times = (): Times => ({ ms: [], cpuMs: [] });
const record = (into: Times, run: { ms: number; cpuMs: number }) => {
  into.ms.push(run.ms);
  into.cpuMs.push(run.cpuMs);
};

/** The register as the kiosk hands it to the worker: Blobs in manifest order, with their SHA-256. */
function registerOf(texts: readonly string[], shardHashes: readonly string[]): RegisterShards {
  return { shards: texts.map((text) => new Blob([text], { type: 'application/json' })), shardHashes };
}

export const nameIndexBenchmark: Benchmark = {
  name: 'name-index',
  summary: 'the next version’s name index after one edited record: rebuilt vs from the changed shard',
  usage: USAGE,
  async run(args) {
    const { records, runs } = parseWholeFlags(args, DEFAULTS);
    const feed = syntheticFeed(records, (line) => console.error(`name-index: ${line}`));
    const manifest = JSON.parse(readFileSync(path.join(feed.feedDir, 'manifest.json'), 'utf8')) as Manifest;
    const entries = manifest.objects.filter((entry) => entry.role === 'names');
    const texts = entries.map((entry) => readFileSync(path.join(feed.feedDir, objectPath(entry)), 'utf8'));
    const hashes = entries.map((entry) => entry.sha256);

    console.error(`name-index: indexing version 1 (${entries.length} shards)`);
    const { built: previous } = await buildIndex(registerOf(texts, hashes), null);

    // The curator's edit: one given name in the middle shard.
    const edited = Math.floor(entries.length / 2);
    const shard = JSON.parse(texts[edited]!) as NamesShard;
    shard.records[0] = { ...shard.records[0]!, givenName: `${shard.records[0]!.givenName}а` };
    const nextTexts = texts.map((text, at) => (at === edited ? JSON.stringify(shard) : text));
    const nextHashes = [...hashes];
    nextHashes[edited] = await sha256Hex(new TextEncoder().encode(nextTexts[edited]));

    // Made once, outside the timings: the kiosk's shards come from IndexedDB as Blobs already.
    const nextRegister = registerOf(nextTexts, nextHashes);
    const rebuildTimes = times();
    const readTimes = times();
    const incrementalTimes = times();
    let rebuilt: BuiltIndex | null = null;
    let incremental: BuiltIndex | null = null;
    let reused = 0;
    for (let run = 0; run < runs; run++) {
      console.error(`name-index: run ${run + 1} of ${runs}`);
      const full = await timed(() => buildIndex(nextRegister, null));
      record(rebuildTimes, full);
      rebuilt = full.value.built;
      const read = await timed(() => structuredClone(previous));
      record(readTimes, read);
      const next = await timed(() => buildIndex(nextRegister, read.value));
      record(incrementalTimes, next);
      incremental = next.value.built;
      reused = next.value.reusedRecords;
    }
    const same = isDeepStrictEqual(rebuilt, incremental);
    const recordCount = previous.index.recordCount.toLocaleString('en-US');

    console.log(`\nName index of the next version after one edited record: ${recordCount} records, ${entries.length} shards`);
    console.log(`median of ${runs} runs each, Node ${process.version}; CPU ms is this process's (user + system)\n`);
    const reusedText = reused.toLocaleString('en-US');
    const row = (name: string, shardsRead: string, reusedRecords: string, ...of: Times[]) => [
      name,
      shardsRead,
      reusedRecords,
      ms(of.reduce((sum, t) => sum + median(t.ms), 0)),
      ms(of.reduce((sum, t) => sum + median(t.cpuMs), 0)),
    ];
    console.log(
      textTable(
        ['build', 'shards read', 'records reused', 'median ms', 'median CPU ms'],
        [
          row('rebuild from every shard', String(entries.length), '0', rebuildTimes),
          row('incremental: the earlier index read back (structured clone)', '0', '', readTimes),
          row('incremental: unchanged shards from it, the changed one read', '1', reusedText, incrementalTimes),
          row('incremental, in all', '1', reusedText, readTimes, incrementalTimes),
        ],
        [false, true, true, true, true],
      ).join('\n'),
    );
    const ratio = (pick: (t: Times) => number[]) =>
      (median(pick(rebuildTimes)) / (median(pick(readTimes)) + median(pick(incrementalTimes)))).toFixed(1);
    console.log(`\nrebuild / incremental: ${ratio((t) => t.ms)}× in wall time, ${ratio((t) => t.cpuMs)}× in CPU time`);
    console.log(same ? 'the two indexes are identical' : 'FAILED: the incremental index differs from the rebuilt one');
    return same ? 0 : 1;
  },
};
