// A QR code as SVG geometry, made on the kiosk (no network): the record page draws it as a path
// of dark modules on a light square, so no markup is ever built from text. No DOM.

import { encode } from 'uqr';

/** ISO/IEC 18004 asks for four light modules around the symbol; phone cameras need them to find it. */
export const QUIET_ZONE_MODULES = 4;

export interface QrSymbol {
  /** Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** The dark modules as an SVG path in module units, one rectangle per horizontal run. */
  path: string;
}

/**
 * Level M survives about 15 % damage (glare or a smudge on the glass), and `boostEcc` raises the
 * level further where the chosen version has room, so the code gets no larger for it.
 */
export function qrSymbol(text: string): QrSymbol {
  const { data, size } = encode(text, { ecc: 'M', boostEcc: true, border: 0 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      runs.push(`M${start + QUIET_ZONE_MODULES} ${y + QUIET_ZONE_MODULES}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: size + 2 * QUIET_ZONE_MODULES, path: runs.join('') };
}
