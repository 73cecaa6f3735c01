import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileSink } from '../../../src/curator/open-file-sink.ts';
import { generatePeople } from '../../../src/synthetic-register/generate-register.ts';
import { writeRegisterCsv } from '../../../src/synthetic-register/write-register-csv.ts';
import { memorySink } from '../synthetic-register/memory-sink.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'eske-open-file-sink-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('openFileSink', () => {
  it('writes the same bytes to a file as to memory', async () => {
    const records = [...generatePeople(2_500, 4)].map((person) => person.record);
    const memory = memorySink();
    await writeRegisterCsv(records, memory);
    const file = path.join(folder, 'register.csv');
    const sink = openFileSink(file);
    await writeRegisterCsv(records, sink);
    await sink.close();
    expect(readFileSync(file, 'utf8')).toBe(memory.text());
  });

  it('rejects on close when the file cannot be written', async () => {
    const sink = openFileSink(path.join(folder, 'missing-folder', 'register.csv'));
    await Promise.resolve(sink.write('id\n')).catch(() => undefined);
    await expect(sink.close()).rejects.toThrow(/ENOENT/);
  });
});
