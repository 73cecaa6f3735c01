import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../src/synthetic-register/generate-register.ts';
import { REGISTER_COLUMNS, type RegisterRecord } from '../../../src/synthetic-register/register-record.ts';
import { csvField, writeRegisterCsv } from '../../../src/synthetic-register/write-register-csv.ts';
import { memorySink } from './memory-sink.ts';

function record(changes: Partial<RegisterRecord>): RegisterRecord {
  const empty = Object.fromEntries(REGISTER_COLUMNS.map((column) => [column, ''])) as RegisterRecord;
  return { ...empty, id: 'KZ-0000001', surname: 'Иванов', given_name: 'Иван', ...changes };
}

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Жансүгірұлы')).toBe('Жансүгірұлы');
    expect(csvField('')).toBe('');
  });

  it('quotes a field with a comma, quote or line break and doubles its quotes', () => {
    expect(csvField('ф. 141, оп. 1')).toBe('"ф. 141, оп. 1"');
    expect(csvField('колхоз "Бирлик"')).toBe('"колхоз ""Бирлик"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });
});

describe('writeRegisterCsv', () => {
  it('round-trips awkward fields through an RFC 4180 parser', async () => {
    const records = [
      record({ occupation: 'председатель колхоза "Кзыл-Ту"', source: 'ЦГА РК, ф. 1, оп. 2, д. 3, л. 4' }),
      record({ id: 'KZ-0000002', name_variants: 'a; b', fate: 'first line\nsecond, "quoted" line' }),
      record({ id: 'KZ-0000003', charge: '""', sentence: ',', death_date: '1937-11-05' }),
    ];
    const sink = memorySink();
    await writeRegisterCsv(records, sink);
    const parsed = parse(sink.text(), { columns: true }) as RegisterRecord[];
    expect(parsed).toEqual(records);
  });

  it('writes a header of the register columns and LF line endings, without BOM', async () => {
    const sink = memorySink();
    await writeRegisterCsv([record({})], sink);
    const text = sink.text();
    expect(text.split('\n')[0]).toBe(REGISTER_COLUMNS.join(','));
    expect(text).not.toContain('\r\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('round-trips generated records and counts them', async () => {
    const records = [...generatePeople(3_000, 9)].map((person) => person.record);
    const sink = memorySink();
    expect(await writeRegisterCsv(records, sink)).toBe(3_000);
    expect(parse(sink.text(), { columns: true })).toEqual(records);
  });

  it('reports progress after each chunk with the running count', async () => {
    const counts: number[] = [];
    await writeRegisterCsv(
      [...generatePeople(4_500, 1)].map((person) => person.record),
      memorySink(),
      (written) => counts.push(written),
    );
    expect(counts).toEqual([2_000, 4_000, 4_500]);
  });
});
