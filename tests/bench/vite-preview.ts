// Builds and serves the kiosk app for the benchmarks that drive it in Chromium: one `vite
// preview` per feed, on the benchmark's own port, so a benchmark never tests a stray server.
// Node only; the caller stops every server it starts.

import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const PROJECT_DIR = path.resolve(import.meta.dirname, '../..');
/** How long a fresh `vite preview` may take to answer: it bundles vite.config.ts first. */
const SERVER_START_TIMEOUT_MS = 15_000;
const SERVER_POLL_MS = 100;

/** Runs a project tool to completion, its output hidden unless it fails. */
export function runQuietly(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** The demo content folder (media/) built and signed with its demo key into `outDir`. */
export function buildDemoFeed(outDir: string): void {
  runQuietly('node_modules/.bin/tsx', [
    'src/curator/cli.ts',
    'build',
    'media',
    '--out',
    outDir,
    '--key',
    'media/DEMO-ONLY-signing-key.json',
  ]);
}

/** `vite build` into `outDir`, so a benchmark does not replace the dist/ that others serve. */
function buildApp(outDir: string): void {
  runQuietly('node_modules/.bin/vite', ['build', '--logLevel', 'error', '--outDir', outDir]);
}

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** What one preview serves besides the app: its feed, and the kiosk configs when not the project's own. */
export interface PreviewFeed {
  port: number;
  feedDir: string;
  kioskConfigDir?: string;
}

/** Serves the app built in `outDir`, the feed at /feed/ and the kiosk configs at /kiosk-config/ (see vite.config.ts). */
async function startPreview(options: PreviewFeed & { outDir: string }): Promise<PreviewServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, ESKE_FEED_DIR: options.feedDir };
  if (options.kioskConfigDir !== undefined) env.ESKE_KIOSK_CONFIG_DIR = options.kioskConfigDir;
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(options.port), '--strictPort', '--outDir', options.outDir],
    { cwd: PROJECT_DIR, stdio: 'ignore', env },
  );
  const url = `http://127.0.0.1:${options.port}/`;
  const stop = () => {
    if (server.exitCode === null && server.pid !== undefined) server.kill();
  };
  try {
    await waitForServer(url, () => server.exitCode !== null);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Builds the app into `outDir` and serves it once per feed, each on its port: what every
 * benchmark that drives the kiosk sets up. A server that fails to start stops the others.
 */
export async function serveApp<const F extends readonly PreviewFeed[]>(
  outDir: string,
  feeds: F,
  log: (line: string) => void,
): Promise<{ [K in keyof F]: PreviewServer }> {
  log('building the app');
  buildApp(outDir);
  const servers: PreviewServer[] = [];
  try {
    for (const feed of feeds) servers.push(await startPreview({ ...feed, outDir }));
  } catch (error) {
    for (const server of servers) server.stop();
    throw error;
  }
  return servers as { [K in keyof F]: PreviewServer };
}

async function waitForServer(url: string, exited: () => boolean): Promise<void> {
  for (let waited = 0; waited < SERVER_START_TIMEOUT_MS; waited += SERVER_POLL_MS) {
    if (exited()) throw new Error(`vite preview for ${url} exited (is the port taken?)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(SERVER_POLL_MS);
  }
  throw new Error(`${url} did not answer within ${SERVER_START_TIMEOUT_MS} ms`);
}
