// A build stopped by Ctrl-C, SIGTERM or SIGKILL at several points, as a curator's terminal or a
// scheduler would stop it: the real CLI as a process, killed when its feed folder shows it has got
// that far. Whatever the moment, the earlier feed stays byte for byte and nothing is left behind.

import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/feed/sha256.ts';
import { CLI, ROOT, run } from './run-cli.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/content/minimal');
const KEY = path.join(ROOT, 'media/DEMO-ONLY-signing-key.json');
/** Four shards of about 1 MB: enough objects that the build is still writing when the signal comes. */
const ROWS = 40_000;

let tmp: string;
let large: string;
let template: string;
let before: Record<string, string>;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = entry.isFile() ? await sha256Hex(await readFile(file)) : 'folder';
  }
  return files;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-stop-'));
  large = path.join(tmp, 'large');
  await cp(MINIMAL, large, { recursive: true });
  const rows = Array.from(
    { length: ROWS },
    (_, i) => `KZ-${String(i).padStart(6, '0')},Surname${i},Given${i},${1880 + (i % 40)}`,
  );
  await writeFile(path.join(large, 'names/register.csv'), `id,surname,given_name,birth_year\n${rows.join('\n')}\n`);
  template = path.join(tmp, 'template');
  expect((await run(['build', MINIMAL, '--out', template, '--key', KEY, '--cache', path.join(tmp, 'cache')])).code).toBe(0);
  before = await snapshot(template);
}, 60_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Stopped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Builds the large folder over a copy of the earlier feed and sends `signal` once `when` sees the
 * folder get that far (or at once for `'start'`).
 */
async function buildAndStop(feedDir: string, signal: NodeJS.Signals, when: 'start' | 'journal' | 'object'): Promise<Stopped> {
  await cp(template, feedDir, { recursive: true });
  // As `npm run feed` starts it: Node with tsx's loader, one process. (tsx's own command is a second
  // process that SIGKILLs a child busy for 30 ms when it relays a signal.)
  const args = ['--import', 'tsx', CLI, 'build', large, '--out', feedDir, '--key', KEY, '--cache', path.join(tmp, 'cache')];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ESKE_DEBUG: '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const watched = when === 'object' ? path.join(feedDir, 'objects') : feedDir;
  const watcher = watch(watched, (_, name) => {
    const reached = when === 'journal' ? name === '.eske-build.json' : name !== null && /^[0-9a-f]{64}\./.test(name);
    if (reached) {
      watcher.close();
      child.kill(signal);
    }
  });
  if (when === 'start') {
    // Reading the register: the CLI has said something, and nothing is written yet.
    child.stderr.once('data', () => {
      watcher.close();
      child.kill(signal);
    });
  }
  return new Promise((resolve) =>
    child.once('exit', (code, exitSignal) => {
      watcher.close();
      resolve({ code, signal: exitSignal, stderr });
    }),
  );
}

describe('stopOnSignal', { timeout: 120_000 }, () => {
  it.each([
    ['SIGINT', 'start'],
    ['SIGINT', 'journal'],
    ['SIGTERM', 'journal'],
    ['SIGINT', 'object'],
    ['SIGTERM', 'object'],
  ] as const)('a build stopped by %s at its %s leaves the earlier feed as it was', async (signal, when) => {
    const feedDir = path.join(tmp, `feed-${signal}-${when}`);
    const stopped = await buildAndStop(feedDir, signal, when);
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(await snapshot(feedDir)).toEqual(before);
  });

  it('a build killed outright is taken back by the next one', async () => {
    const feedDir = path.join(tmp, 'feed-killed');
    const killed = await buildAndStop(feedDir, 'SIGKILL', 'object');
    expect(killed.signal).toBe('SIGKILL');
    expect(Object.keys(await snapshot(feedDir))).toContain('.eske-build.json');

    const again = await run(['build', MINIMAL, '--out', feedDir, '--key', KEY, '--cache', path.join(tmp, 'cache')]);
    expect(again.stdout).toContain('nothing changed since version 1');
    expect(await snapshot(feedDir)).toEqual(before);
  });
});
