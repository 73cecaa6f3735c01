// Builds the Curator Studio's browser app (src/curator/studio/app) into dist-studio/, which the
// studio's server serves (docs/design.md §8.1). The kiosk has its own build, vite.config.ts;
// the two share nothing at build time, so neither can change the other's files or precache.

import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(projectDir, 'src/curator/studio/app'),
  publicDir: false,
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
  build: { target: 'es2022', outDir: path.join(projectDir, 'dist-studio'), emptyOutDir: true },
});
