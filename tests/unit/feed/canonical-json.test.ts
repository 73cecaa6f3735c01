import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/feed/canonical-json.ts';

const canonical = (value: unknown, maxDepth = 32) => {
  const result = canonicalJson(value, maxDepth);
  return result.ok ? result.value : null;
};

describe('canonicalJson', () => {
  it('sorts object keys by UTF-16 code units and writes no whitespace', () => {
    expect(canonical({ b: 1, a: [true, null, 'x'], é: 2, Z: 3, '\u{1F600}': 4, '\uFB01': 5 })).toBe(
      '{"Z":3,"a":[true,null,"x"],"b":1,"é":2,"\u{1F600}":4,"\uFB01":5}',
    );
  });

  it('gives the same text for the same value however its file was laid out', () => {
    const one = JSON.parse('{ "version": 7,\n  "objects": [ { "sha256": "ab", "bytes": 10 } ] }') as unknown;
    const two = JSON.parse('{"objects":[{"bytes":10,"sha256":"ab"}],"version":7}') as unknown;
    expect(canonical(one)).toBe(canonical(two));
  });

  it('writes numbers and strings as JSON.stringify does (RFC 8785)', () => {
    expect(canonical([1e21, 0.1, -0, 5e-7, 2 ** 53])).toBe('[1e+21,0.1,0,5e-7,9007199254740992]');
    expect(canonical(['"\\\n\u0001', '\uD800', 'Сәкен'])).toBe('["\\"\\\\\\n\\u0001","\\ud800","Сәкен"]');
  });

  it('leaves out object properties that are undefined, as the written file would', () => {
    expect(canonical({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('refuses what JSON cannot hold', () => {
    for (const value of [NaN, Infinity, [undefined], () => 1, new Date(0), 10n]) expect(canonical(value)).toBeNull();
  });

  it('refuses nesting deeper than the limit instead of recursing on', () => {
    expect(canonical([[['deep']]], 3)).toBe('[[["deep"]]]');
    expect(canonical([[[['deeper']]]], 3)).toBeNull();
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(canonicalJson(deep, 32)).toEqual({ ok: false, problems: ['nested deeper than the limit'] });
  });
});
