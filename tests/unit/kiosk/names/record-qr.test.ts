import { describe, expect, it } from 'vitest';
import { QUIET_ZONE_MODULES, qrSymbol, type QrSymbol } from '../../../../src/kiosk/names/record-qr.ts';
import { readQr } from './read-qr.ts';

/** The modules the SVG path paints dark, as `grid[y][x]` over the whole symbol, quiet zone included. */
function painted({ size, path }: QrSymbol): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join('')).toBe(path);
  for (const [, x, y, width] of runs) for (let at = 0; at < Number(width); at++) grid[Number(y)]![Number(x) + at] = true;
  return grid;
}

function withoutQuietZone(grid: boolean[][]): boolean[][] {
  return grid.slice(QUIET_ZONE_MODULES, -QUIET_ZONE_MODULES).map((row) => row.slice(QUIET_ZONE_MODULES, -QUIET_ZONE_MODULES));
}

const URL = 'https://example.org/eske-demo/names/KZ-0000001';

describe('qrSymbol', () => {
  it('draws a code that reads back as the text it was given', () => {
    for (const text of [URL, 'https://example.org/names?id=%D2%9A-1', 'https://museum.example/записи/1']) {
      expect(readQr(withoutQuietZone(painted(qrSymbol(text)))).text).toBe(text);
    }
  });

  it('keeps at least level M of error correction, for glare on the glass', () => {
    expect(['M', 'Q', 'H']).toContain(readQr(withoutQuietZone(painted(qrSymbol(URL)))).ecc);
  });

  it('has the size of its version and a light quiet zone of four modules all round', () => {
    const grid = painted(qrSymbol(URL));
    const { version } = readQr(withoutQuietZone(grid));
    expect(grid.length).toBe(17 + 4 * version + 2 * QUIET_ZONE_MODULES);
    grid.forEach((row, y) =>
      row.forEach((dark, x) => {
        const inZone = Math.min(x, y, grid.length - 1 - x, grid.length - 1 - y) < QUIET_ZONE_MODULES;
        if (inZone) expect(dark, `${x},${y}`).toBe(false);
      }),
    );
  });

  it('has the three finder patterns a camera looks for, each with its light separator', () => {
    const grid = withoutQuietZone(painted(qrSymbol(URL)));
    const last = grid.length - 7;
    for (const [left, top] of [
      [0, 0],
      [last, 0],
      [0, last],
    ] as const) {
      for (let dy = 0; dy < 7; dy++)
        for (let dx = 0; dx < 7; dx++) {
          const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
          expect(grid[top + dy]![left + dx], `finder at ${left},${top}: ${dx},${dy}`).toBe(ring !== 2);
        }
      const separatorX = left === 0 ? 7 : left - 1;
      const separatorY = top === 0 ? 7 : top - 1;
      for (let at = 0; at < 8; at++) {
        expect(grid[top === 0 ? at : top - 1 + at]![separatorX]).toBe(false);
        expect(grid[separatorY]![left === 0 ? at : left - 1 + at]).toBe(false);
      }
    }
  });

  it('describes the same text with the same path each time', () => {
    expect(qrSymbol(URL)).toEqual(qrSymbol(URL));
  });
});
