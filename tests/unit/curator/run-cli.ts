// Runs the real curator CLI as a child process, as a curator would; shared by the CLI tests.

import { execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve('.');
export const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
export const CLI = path.join(ROOT, 'src/curator/cli.ts');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: string[], cwd = ROOT, stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child: ChildProcess = execFile(
      TSX,
      [CLI, ...args],
      { cwd, env: { ...process.env, ESKE_DEBUG: '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}
