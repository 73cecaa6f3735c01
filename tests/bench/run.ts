// `npm run bench -- <name> [options]`: runs one benchmark from the table below. An unknown or
// missing name prints the list. Add a benchmark by adding its module to BENCHMARKS.

import { BenchUsageError, type Benchmark } from './benchmark.ts';
import { appBenchmark } from './app/app-benchmark.ts';
import { downloadBenchmark } from './download/download-benchmark.ts';
import { importBenchmark } from './import/import-benchmark.ts';
import { kioskSearchBenchmark } from './kiosk-search/kiosk-search-benchmark.ts';
import { nameIndexBenchmark } from './name-index/name-index-benchmark.ts';
import { searchBenchmark } from './search/search-benchmark.ts';
import { soakBenchmark } from './soak/soak-benchmark.ts';
import { uiBenchmark } from './ui/ui-benchmark.ts';

const BENCHMARKS: readonly Benchmark[] = [
  searchBenchmark,
  appBenchmark,
  kioskSearchBenchmark,
  uiBenchmark,
  soakBenchmark,
  nameIndexBenchmark,
  downloadBenchmark,
  importBenchmark,
];

function list(): string {
  const width = Math.max(...BENCHMARKS.map((benchmark) => benchmark.name.length));
  return [
    'Usage: npm run bench -- <name> [options]     (npm run bench -- <name> --help for its options)',
    '',
    'Benchmarks:',
    ...BENCHMARKS.map((benchmark) => `  ${benchmark.name.padEnd(width)}  ${benchmark.summary}`),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    console.log(list());
    return name === undefined ? 1 : 0;
  }
  const benchmark = BENCHMARKS.find((candidate) => candidate.name === name);
  if (!benchmark) {
    console.error(`bench: no benchmark named "${name}"\n\n${list()}`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(benchmark.usage);
    return 0;
  }
  try {
    return await benchmark.run(args);
  } catch (error) {
    if (error instanceof BenchUsageError) {
      console.error(`bench ${benchmark.name}: ${error.message}\n\n${benchmark.usage}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
