// Measures what a kiosk downloads to start: every JS and CSS file of the built app shell,
// raw and gzipped, fonts listed apart (they are precached but not part of the shell budget).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kind: 'js' | 'css' | 'font' | 'other';
  bytes: number;
  gzipBytes: number;
}

export function measureAssets(distDir: string): AssetSize[] {
  const assets: AssetSize[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      const relative = path.relative(distDir, file);
      // The service worker and kiosk configs are not part of the page a visitor loads.
      if (relative.startsWith('kiosk-config') || /service-worker|workbox/.test(relative)) continue;
      const bytes = readFileSync(file);
      assets.push({ file: relative, kind: kindOf(name), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    }
  };
  walk(distDir);
  return assets.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

function kindOf(name: string): AssetSize['kind'] {
  if (/\.(m?js)$/.test(name)) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(name)) return 'font';
  return 'other';
}
