// Measures what a kiosk downloads to start: every JS and CSS file of the built app shell,
// raw and gzipped, fonts listed apart (they are precached but not part of the shell budget).
// The first paint is what index.html links (the entry, its static imports, the stylesheets) and
// the workers those start; the other chunks are loaded with import() once the first screen is up.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  kind: 'js' | 'css' | 'font' | 'other';
  bytes: number;
  gzipBytes: number;
  /** Loaded before the first screen shows. */
  firstPaint: boolean;
}

/** The files index.html links, and the workers they start (named in their code). */
function firstPaintFiles(distDir: string, files: readonly string[]): Set<string> {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const linked = files.filter((file) => html.includes(`/${file}"`));
  const code = linked.map((file) => readFileSync(path.join(distDir, file), 'utf8')).join('\n');
  const workers = files.filter((file) => /worker/.test(file) && code.includes(path.basename(file)));
  return new Set([...linked, ...workers]);
}

export function measureAssets(distDir: string): AssetSize[] {
  const assets: Omit<AssetSize, 'firstPaint'>[] = [];
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
  const firstPaint = firstPaintFiles(
    distDir,
    assets.map((asset) => asset.file),
  );
  return assets.map((asset) => ({ ...asset, firstPaint: firstPaint.has(asset.file) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

function kindOf(name: string): AssetSize['kind'] {
  if (/\.(m?js)$/.test(name)) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(name)) return 'font';
  return 'other';
}
