/// <reference types="vitest/config" />
// Builds the kiosk app. The dev and preview servers also serve the feed at /feed/ and the
// kiosk configs at /kiosk-config/, so `npm start` shows the demo exhibit from one origin;
// a real installation hosts the feed anywhere and points kiosk-config at it.

import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { drawBaseMap } from './src/kiosk/places/draw-base-map.ts';
import { APP_POLICY, policyText } from './src/kiosk/security/content-security-policy.ts';
import { createStaticHandler, feedCacheControl } from './src/static-host/static-files.ts';

// The app's entry is src/kiosk/index.html (the top level holds no HTML), so Vite's root is
// src/kiosk; paths that must stay at the project level are resolved from here.
const projectDir = path.dirname(fileURLToPath(import.meta.url));
const feedDir = process.env.ESKE_FEED_DIR ?? '.eske/feed';
const kioskConfigDir = process.env.ESKE_KIOSK_CONFIG_DIR ?? 'kiosk-config';

/**
 * The build's identity for the technician panel (src/kiosk/app/app-version.ts): ESKE_BUILD_ID when
 * a release pipeline sets one, else the checkout's short commit, marked when files differ from it.
 */
function buildId(): string {
  if (process.env.ESKE_BUILD_ID) return process.env.ESKE_BUILD_ID;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: projectDir, encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short=10', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') === '' ? commit : `${commit}+changes`;
  } catch {
    return 'unknown';
  }
}
const appVersion = (JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { version: string }).version;

function kioskFiles(): Plugin {
  const handlers = [
    createStaticHandler(feedDir, '/feed/', feedCacheControl),
    createStaticHandler(kioskConfigDir, '/kiosk-config/', () => 'no-cache'),
  ];
  const mount = (server: { middlewares: { use: (fn: (typeof handlers)[number]) => void } }) => {
    for (const handler of handlers) server.middlewares.use(handler);
  };
  return {
    name: 'eske-kiosk-files',
    configureServer: mount,
    configurePreviewServer: mount,
    // The built app carries its kiosk configs, so any static host can serve it as it is.
    generateBundle() {
      for (const file of readdirSync('kiosk-config').filter((name) => name.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `kiosk-config/${file}`, source: readFileSync(path.join('kiosk-config', file)) });
      }
    },
  };
}

/**
 * `virtual:eske-base-map`: the places map's countries, drawn here from Natural Earth's 50m data
 * (world-atlas) and cut to Kazakhstan's region, so the kiosk carries paths, not the world's TopoJSON.
 */
function baseMap(): Plugin {
  const id = 'virtual:eske-base-map';
  const resolvedId = `\0${id}`;
  return {
    name: 'eske-base-map',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(loaded) {
      if (loaded !== resolvedId) return undefined;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      return `export default ${JSON.stringify(drawBaseMap(JSON.parse(readFileSync(file, 'utf8'))))};`;
    },
  };
}

/**
 * docs/design.md §10: the built page carries its Content-Security-Policy as a <meta> right after
 * the charset, so any static host serves it as it is. Not in dev: Vite's dev server injects
 * styles as <style> elements for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'eske-content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html: no ${charset} to put the Content-Security-Policy after`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policyText(APP_POLICY)}" />`,
      );
    },
  };
}

/**
 * A <meta> policy cannot say who may frame the page; the servers here say it as a header: the
 * app itself and the Curator Studio on its default port (docs/design.md §10), which may show
 * this kiosk in a frame. The Studio's own preview server sends its own header.
 */
const FRAME_ANCESTORS = { 'Content-Security-Policy': "frame-ancestors 'self' http://localhost:4174 http://127.0.0.1:4174" };

export default defineConfig({
  root: path.join(projectDir, 'src/kiosk'),
  publicDir: 'public',
  plugins: [
    svelte({ configFile: false, preprocess: vitePreprocess() }),
    kioskFiles(),
    baseMap(),
    contentSecurityPolicy(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'service-worker.ts',
      injectRegister: false,
      manifest: {
        name: 'Eske',
        short_name: 'Eske',
        description: 'Memorial museum kiosk',
        display: 'fullscreen',
        background_color: '#14171c',
        theme_color: '#14171c',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,woff2,svg,webmanifest}'],
        globIgnores: ['kiosk-config/**'],
      },
    }),
  ],
  define: { __ESKE_APP_VERSION__: JSON.stringify(appVersion), __ESKE_BUILD_ID__: JSON.stringify(buildId()) },
  worker: { format: 'es' },
  server: { headers: FRAME_ANCESTORS },
  preview: { headers: FRAME_ANCESTORS },
  build: { target: 'es2022', outDir: path.join(projectDir, 'dist'), emptyOutDir: true },
  test: {
    root: projectDir,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
