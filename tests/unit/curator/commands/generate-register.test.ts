import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, UsageError } from '../../../../src/curator/cli-error.ts';
import type { CliIo } from '../../../../src/curator/command.ts';
import { command } from '../../../../src/curator/commands/generate-register.ts';
import { run } from '../run-cli.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'eske-generate-register-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  // Like cli.ts: each call is one line.
  return { out: (text) => void stdout.push(`${text}\n`), err: (text) => void stderr.push(text), cwd: folder, stdout, stderr };
}

describe('generate-register command', () => {
  it('writes exactly N records to --out, relative to the working directory', async () => {
    const io = capture();
    expect(await command.run(['--records', '250', '--out', 'names/register.csv'], io)).toBe(0);
    const rows = parse(readFileSync(path.join(folder, 'names/register.csv'), 'utf8'), { columns: true }) as { id: string }[];
    expect(rows).toHaveLength(250);
    expect(rows.at(-1)?.id).toBe('KZ-0000250');
    expect(io.stdout).toEqual([]);
  });

  it('writes the same bytes for the same seed, and prints the same CSV without --out', async () => {
    await command.run(['--records', '300', '--seed', '7', '--out', 'a.csv'], capture());
    await command.run(['--records=300', '--seed=7', '--out=b.csv'], capture());
    const a = readFileSync(path.join(folder, 'a.csv'), 'utf8');
    expect(readFileSync(path.join(folder, 'b.csv'), 'utf8')).toBe(a);
    const io = capture();
    await command.run(['--records', '300', '--seed', '7'], io);
    expect(io.stdout.join('')).toBe(a);
  });

  it('uses seed 1 by default', async () => {
    await command.run(['--records', '50', '--out', 'default.csv'], capture());
    await command.run(['--records', '50', '--seed', '1', '--out', 'seed-1.csv'], capture());
    expect(readFileSync(path.join(folder, 'default.csv'), 'utf8')).toBe(readFileSync(path.join(folder, 'seed-1.csv'), 'utf8'));
  });

  it.each([
    [[]],
    [['--records']],
    [['--records', '0']],
    [['--records', 'many']],
    [['--records', '10', '--seed', '-1']],
    [['--records', '10', '--rows', '5']],
    [['--records', '10', 'extra']],
  ])('refuses the arguments %j with a usage error', async (args) => {
    const error = await command.run(args, capture()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('fails with exit code 1 and leaves no partial file when the target cannot be written', async () => {
    writeFileSync(path.join(folder, 'not-a-folder'), '');
    const error = await command
      .run(['--records', '10', '--out', 'not-a-folder/register.csv'], capture())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
  });

  it('says that a part of --out is a file, not a folder, when run as a process', async () => {
    writeFileSync(path.join(folder, 'notes.txt'), '');
    const result = await run(['generate-register', '--records', '10', '--out', 'notes.txt/register.csv'], folder);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(folder, 'notes.txt')} is a file, not a folder`);
    expect(result.stderr).not.toContain('already exists');
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('');
  });

  it('has help that shows the usage line and every option', () => {
    expect(command.help).toMatch(/^Usage: npm run feed -- generate-register --records N/);
    for (const option of ['--records N', '--seed S', '--out FILE']) expect(command.help).toContain(option);
  });
});
