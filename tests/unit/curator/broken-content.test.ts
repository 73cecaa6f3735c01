// `feed validate` and `feed build` on content folders broken in every way a seeded fuzzer finds:
// mangled YAML, CSV, Markdown and WebVTT, binary garbage, files that are folders, links that loop
// or lead nowhere, pipes, files too large to read. Neither may crash: every failure is a problem or
// a CliError with a code, a build that stops leaves the earlier feed byte for byte, and a feed that
// is published passes the kiosk's checks.

import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeed } from '../../../src/curator/build/build-feed.ts';
import { CliError } from '../../../src/curator/cli-error.ts';
import type { CliIo } from '../../../src/curator/command.ts';
import { command as validate } from '../../../src/curator/commands/validate.ts';
import type { SigningKey } from '../../../src/curator/signing-key.ts';
import { verifyFeed } from '../../../src/curator/verify/verify-feed.ts';
import { sha256Hex } from '../../../src/feed/sha256.ts';
import { SeededRandom } from '../../../src/synthetic-register/seeded-random.ts';
import { MINIMAL, NOW, readDemoKey, testBuildOptions } from './build/test-build-options.ts';
import { ROOT, run } from './run-cli.ts';

/**
 * Seeded combinations of mutations after every single one, quick on two busy cores; a longer
 * hunt: ESKE_FUZZ_CASES=10000 ESKE_FUZZ_SEED=7 node_modules/.bin/vitest run <this file>.
 */
const CASES = Number(process.env.ESKE_FUZZ_CASES ?? 30);
const SEED = Number(process.env.ESKE_FUZZ_SEED ?? 20250531);

/** The files the fuzzer breaks: one of each kind a content folder holds. */
const TARGETS = [
  'exhibit.yaml',
  'timeline/1930-famine.md',
  'timeline/1937-order.md',
  'testimonies/t01-witness.md',
  'names/register.csv',
  'files/t01.kk.vtt',
  'files/t01.ogg',
  'files/steppe.png',
] as const;

/** Tokens that mean something to YAML, Markdown, CSV or WebVTT, or to a text decoder. */
const TOKENS = [
  '---',
  ':',
  ': ',
  '"',
  "'",
  '\n',
  '\r\n',
  '{',
  '[',
  '&a',
  '*a',
  '!!binary',
  '## kk',
  '## xx',
  '<script>',
  '\u0000',
  '\uFEFF',
  '\u202E',
  ',',
  '-->',
  '00:00:01.000 --> 00:00:00.500',
  'files/../../etc/passwd',
  'event:nowhere',
  '\t',
  '|',
  '#',
];

type Mutation = (random: SeededRandom, file: string, dir: string) => Promise<string>;

const bytesOf = (dir: string, file: string) => readFile(path.join(dir, file));
const put = (dir: string, file: string, bytes: Uint8Array | string) => writeFile(path.join(dir, file), bytes);
const randomBytes = (random: SeededRandom, length: number) => Uint8Array.from({ length }, () => random.int(0, 255));

const MUTATIONS: Record<string, Mutation> = {
  truncate: async (random, file, dir) => {
    const bytes = await bytesOf(dir, file);
    await put(dir, file, bytes.subarray(0, random.int(0, bytes.length - 1)));
    return 'truncated';
  },
  'flip bytes': async (random, file, dir) => {
    const bytes = await bytesOf(dir, file);
    for (let i = random.int(1, 8); i > 0 && bytes.length > 0; i--) bytes[random.int(0, bytes.length - 1)] = random.int(0, 255);
    await put(dir, file, bytes);
    return 'bytes flipped';
  },
  'insert garbage': async (random, file, dir) => {
    const bytes = await bytesOf(dir, file);
    const at = random.int(0, bytes.length);
    await put(dir, file, Buffer.concat([bytes.subarray(0, at), randomBytes(random, random.int(1, 64)), bytes.subarray(at)]));
    return 'binary garbage inserted';
  },
  'insert token': async (random, file, dir) => {
    const text = (await bytesOf(dir, file)).toString('utf8');
    const at = random.int(0, text.length);
    const token = random.pick(TOKENS).repeat(random.int(1, 3));
    await put(dir, file, text.slice(0, at) + token + text.slice(at));
    return `${JSON.stringify(token)} inserted`;
  },
  'shuffle lines': async (random, file, dir) => {
    const lines = (await bytesOf(dir, file)).toString('utf8').split('\n');
    const from = random.int(0, lines.length - 1);
    const [line] = lines.splice(from, 1);
    if (random.chance(0.5)) lines.splice(random.int(0, lines.length), 0, line!, line!);
    await put(dir, file, lines.join('\n'));
    return 'lines moved, dropped or doubled';
  },
  'all garbage': async (random, file, dir) => {
    await put(dir, file, randomBytes(random, random.int(0, 4096)));
    return 'replaced by binary garbage';
  },
  empty: async (_random, file, dir) => {
    await put(dir, file, '');
    return 'emptied';
  },
  'utf-16': async (_random, file, dir) => {
    const text = (await bytesOf(dir, file)).toString('utf8');
    await put(dir, file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    return 'saved as UTF-16';
  },
  'long line': async (random, file, dir) => {
    await writeFile(path.join(dir, file), `${'щ'.repeat(random.int(100_000, 1_000_000))}\n`, { flag: 'a' });
    return 'a line of up to a million letters appended';
  },
  missing: async (_random, file, dir) => {
    await rm(path.join(dir, file));
    return 'removed';
  },
  'a folder': async (_random, file, dir) => {
    await rm(path.join(dir, file));
    await mkdir(path.join(dir, file));
    return 'a folder in its place';
  },
  'link loop': async (_random, file, dir) => {
    await rm(path.join(dir, file));
    await symlink(path.basename(file), path.join(dir, file));
    return 'a link to itself';
  },
  'broken link': async (_random, file, dir) => {
    await rm(path.join(dir, file));
    await symlink('nowhere', path.join(dir, file));
    return 'a link to nothing';
  },
  pipe: async (_random, file, dir) => {
    await rm(path.join(dir, file));
    execFileSync('mkfifo', [path.join(dir, file)]);
    return 'a named pipe';
  },
  'too large': async (_random, file, dir) => {
    // Sparse: 3 GB that take no disk, past what Node reads into one buffer.
    await truncate(path.join(dir, file), 3 * 1024 ** 3);
    return 'grown to 3 GB';
  },
};

/** A register of 3 GB would be read to its end, which proves nothing more and takes a minute. */
const SKIP: Partial<Record<(typeof TARGETS)[number], string[]>> = { 'names/register.csv': ['too large'] };

let tmp: string;
let key: SigningKey;
let templateFeed: string;
let templateSnapshot: Map<string, string>;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), entry.isFile() ? await sha256Hex(await readFile(file)) : 'folder');
  }
  return files;
}

const buildOptions = (contentDir: string, feedDir: string) =>
  testBuildOptions(key, path.join(tmp, 'variant-cache'), { contentDir, feedDir });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-broken-'));
  key = await readDemoKey();
  templateFeed = path.join(tmp, 'template-feed');
  expect((await buildFeed(buildOptions(MINIMAL, templateFeed))).outcome).toBe('published');
  templateSnapshot = await snapshot(templateFeed);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Case {
  dir: string;
  what: string[];
}

/** Each mutation on each file it applies to, once: the cases every run goes through. */
const EVERY_MUTATION = TARGETS.flatMap((file) =>
  Object.keys(MUTATIONS)
    .filter((name) => !SKIP[file]?.includes(name))
    .map((name) => [[file, name] as const]),
);

/** Mutations that leave no bytes behind to mangle further. */
const REPLACING = ['missing', 'a folder', 'link loop', 'broken link', 'pipe', 'too large'];

/** One to three seeded mutations, each on a file not yet replaced by a folder, pipe or the like. */
function randomMutations(random: SeededRandom): (readonly [string, string])[] {
  const chosen: (readonly [string, string])[] = [];
  for (let count = random.int(1, 3); count > 0; count--) {
    const file = random.pick(TARGETS);
    if (chosen.some(([other, name]) => other === file && REPLACING.includes(name))) continue;
    chosen.push([file, random.pick(Object.keys(MUTATIONS).filter((name) => !SKIP[file]?.includes(name)))]);
  }
  return chosen;
}

async function brokenCase(random: SeededRandom, name: string, mutations: readonly (readonly [string, string])[]): Promise<Case> {
  const dir = path.join(tmp, name);
  await cp(MINIMAL, dir, { recursive: true });
  const what: string[] = [];
  for (const [file, name] of mutations) what.push(`${file}: ${await MUTATIONS[name]!(random, file, dir)}`);
  return { dir, what };
}

function capturingIo(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { out: (text) => lines.push(text), err: (text) => lines.push(text), cwd: ROOT, lines };
}

/** Validates and builds one broken folder over a copy of the template feed; returns the outcome. */
async function checkCase(dir: string, feedDir: string, context: string): Promise<string> {
  const io = capturingIo();
  const validated = await validate.run([dir], io).catch((error: unknown) => error);
  expect(validated === 0 || validated === 1 || validated instanceof CliError, `${context}: ${String(validated)}`).toBe(true);
  expect(io.lines.join('\n'), context).not.toMatch(/\n\s+at |internal error/);

  await cp(templateFeed, feedDir, { recursive: true });
  const outcome = await checkBuild(dir, feedDir, false, context);
  if (outcome !== 'stopped') return outcome;
  // --force publishes what is left, or stops as well; either way nothing crashes or half-writes.
  return (await checkBuild(dir, feedDir, true, context)) === 'published' ? 'stopped, published with --force' : outcome;
}

/** The codes of every problem a build reported, over all cases. */
const reportedCodes = new Set<string>();

async function checkBuild(dir: string, feedDir: string, force: boolean, context: string): Promise<string> {
  let outcome: string;
  try {
    const result = await buildFeed({ ...buildOptions(dir, feedDir), force });
    outcome = result.outcome;
    for (const problem of result.report.problems) {
      expect(problem.file && problem.reason && problem.code, context).toBeTruthy();
      reportedCodes.add(problem.code);
    }
    if (outcome === 'published') {
      if (!force) expect(result.report.blockingErrorCount, context).toBe(0);
      expect((await verifyFeed(feedDir, { keys: [{ publicKey: key.publicKey }], threshold: 1 }, NOW)).failures, context).toEqual(
        [],
      );
    }
  } catch (error) {
    expect(error, context).toBeInstanceOf(CliError);
    outcome = `CliError ${(error as CliError).code}`;
  }
  if (outcome !== 'published') expect(await snapshot(feedDir), context).toEqual(templateSnapshot);
  return outcome;
}

describe('validate and build on broken content', () => {
  it(
    `never crash on each mutation of each file and on ${CASES} seeded combinations, and a stopped build leaves the feed as it was`,
    { timeout: 600_000 },
    async () => {
      const random = new SeededRandom(SEED);
      const outcomes = new Map<string, number>();
      const cases = [...EVERY_MUTATION, ...Array.from({ length: CASES }, () => randomMutations(random))];
      for (const [index, mutations] of cases.entries()) {
        const { dir, what } = await brokenCase(random, `case-${index}`, mutations);
        const feedDir = path.join(tmp, `feed-${index}`);
        const outcome = await checkCase(dir, feedDir, `case ${index}: ${what.join('; ')}`);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        await rm(dir, { recursive: true, force: true });
        await rm(feedDir, { recursive: true, force: true });
      }
      // The fuzzer must reach each way out: broken folders stop, some mangling is harmless, --force
      // publishes around some breakage, and a file over its cap is a problem, never read.
      expect((outcomes.get('stopped') ?? 0) + (outcomes.get('stopped, published with --force') ?? 0)).toBeGreaterThan(
        cases.length / 2,
      );
      expect(outcomes.get('published') ?? 0).toBeGreaterThan(0);
      expect(outcomes.get('stopped, published with --force') ?? 0).toBeGreaterThan(0);
      expect(reportedCodes).toContain('file.too-large');
    },
  );

  it('the CLI itself answers broken folders with exit code 1 and no stack', { timeout: 120_000 }, async () => {
    const random = new SeededRandom(SEED + 1);
    const cases = await Promise.all([0, 1].map((index) => brokenCase(random, `cli-${index}`, randomMutations(random))));
    const garbage = path.join(tmp, 'garbage');
    await cp(MINIMAL, garbage, { recursive: true });
    await writeFile(path.join(garbage, 'exhibit.yaml'), randomBytes(random, 2048));
    const key = path.join(ROOT, 'media/DEMO-ONLY-signing-key.json');
    const runs = await Promise.all(
      [...cases.map((each) => each.dir), garbage].flatMap((dir) => [
        run(['validate', dir]),
        run(['build', dir, '--out', path.join(dir, 'feed'), '--key', key, '--cache', path.join(tmp, 'cli-cache')]),
      ]),
    );
    for (const [index, result] of runs.entries()) {
      expect([0, 1], `run ${index}: ${result.stderr}`).toContain(result.code);
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    }
    expect(runs.at(-2)!.code).toBe(1);
    expect(runs.at(-1)!.code).toBe(1);
  });
});
