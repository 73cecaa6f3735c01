// A real Curator Studio (docs/design.md §8.1) for the studio specs and screenshots: the CLI's
// `studio` on a fresh copy of the demo exhibit, on a port of the caller's, until it is stopped.

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_CONTENT_DIR, DEMO_KEY_FILE, PROJECT_ROOT } from './e2e-paths.ts';

export interface StudioFolders {
  /** Made afresh as a copy of the demo exhibit. */
  contentDir: string;
  /** Emptied; Publish writes the feed here. */
  feedDir: string;
  port: number;
}

/** Starts the studio and resolves once it says it is listening; rejects if it exits first. */
export async function startStudio({ contentDir, feedDir, port }: StudioFolders): Promise<ChildProcess> {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(feedDir, { recursive: true, force: true });
  cpSync(DEMO_CONTENT_DIR, contentDir, { recursive: true });
  const studio = spawn(
    path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['src/curator/cli.ts', 'studio', contentDir, '--out', feedDir, '--key', DEMO_KEY_FILE, '--port', String(port)],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    studio.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Curator Studio for') && resolve());
    studio.once('exit', (code) => reject(new Error(`the studio exited with ${code}`)));
  });
  return studio;
}

export async function stopStudio(studio: ChildProcess | undefined): Promise<void> {
  if (!studio || studio.exitCode !== null) return;
  const exited = new Promise((resolve) => studio.once('exit', resolve));
  studio.kill('SIGTERM');
  await exited;
}
