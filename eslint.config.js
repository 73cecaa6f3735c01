// Lint rules for the whole tree, and the layers of src/ (docs/architecture.md, "Where things
// are"): which folder may import which, and which globals each may use, so that code meant for
// every host (browser, Web Worker, Node) never comes to depend on one, nor the app on the CLI.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

/** The start of an import that climbs exactly `levels` folders. */
const up = (/** @type {number} */ levels) => `^(?:\\.\\./){${levels}}`;
/** Any import that is not relative: a package, `node:*`, an absolute path. */
const NOT_RELATIVE = '^(?!\\.\\.?/)';

/**
 * What each folder of src/ may import. A relative import enters another folder of src/ just
 * after it has climbed to src/, so `forbidden(levels)` is given how many `../` that takes from
 * the file and returns the regexes of the imports that break `rule`. `within` names the layer
 * whose rule holds here too (a later config replaces an earlier one's patterns, not adds to them).
 *
 * @typedef {{ folder: string, rule: string, within?: string, forbidden: (levels: number) => string[] }} Layer
 * @type {Layer[]}
 */
const LAYERS = [
  {
    folder: 'src/feed',
    rule: 'src/feed may import only src/feed, zod and @noble/hashes',
    forbidden: (levels) => [`${up(levels)}(?!feed/)`, `${NOT_RELATIVE}(?!(?:zod|@noble/hashes)(?:/|$))`],
  },
  {
    folder: 'src/search',
    rule: 'src/search may import only src/search and src/feed',
    forbidden: (levels) => [`${up(levels)}(?!(?:search|feed)/)`, NOT_RELATIVE],
  },
  {
    folder: 'src/synthetic-register',
    rule: 'src/synthetic-register may import only src/synthetic-register, src/feed and src/search',
    forbidden: (levels) => [`${up(levels)}(?!(?:synthetic-register|feed|search)/)`, NOT_RELATIVE],
  },
  {
    folder: 'src/static-host',
    rule: 'src/static-host may import only src/static-host, src/feed and node:*',
    forbidden: (levels) => [`${up(levels)}(?!(?:static-host|feed)/)`, `${NOT_RELATIVE}(?!node:)`],
  },
  {
    folder: 'src/kiosk',
    rule: 'src/kiosk runs in the browser: it may not import src/curator, src/static-host, src/synthetic-register or node:*',
    forbidden: (levels) => [`${up(levels)}(?:curator|static-host|synthetic-register)/`, '^node:'],
  },
  {
    folder: 'src/kiosk/ui',
    within: 'src/kiosk',
    rule: 'src/kiosk/ui holds components any screen may use: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/kiosk/testimonies',
    within: 'src/kiosk',
    rule: 'src/kiosk/testimonies holds the parts of testimony screens: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/kiosk/timeline',
    within: 'src/kiosk',
    rule: 'src/kiosk/timeline holds the timeline track the Timeline screen shows: of src/kiosk/screens it may import only the timeline order they share',
    forbidden: (levels) => [
      `${up(levels)}kiosk/screens/(?!timeline-order\\.ts$)`,
      `${up(levels - 1)}screens/(?!timeline-order\\.ts$)`,
    ],
  },
  {
    folder: 'src/kiosk/schedule',
    within: 'src/kiosk',
    rule: 'src/kiosk/schedule holds the scheduled modes and their screens, which the App and the technician panel include: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/kiosk/watchdog',
    within: 'src/kiosk',
    rule: 'src/kiosk/watchdog holds the watchdog and its line in the technician panel, which the panel includes: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/kiosk/places',
    within: 'src/kiosk',
    rule: 'src/kiosk/places is the Places section, which the exhibit frame shows: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/kiosk/attract',
    within: 'src/kiosk',
    rule: 'src/kiosk/attract is the attract loop, which the App shows between visitors: it may not import src/kiosk/screens',
    forbidden: (levels) => [`${up(levels)}kiosk/screens/`, `${up(levels - 1)}screens/`],
  },
  {
    folder: 'src/curator',
    rule: 'src/curator may not import src/kiosk',
    forbidden: (levels) => [`${up(levels)}kiosk/`],
  },
  {
    folder: 'src/curator/studio/protocol',
    rule: 'src/curator/studio/protocol holds the shapes the studio server and its app exchange: it may import only src/feed',
    forbidden: (levels) => [
      `${up(levels)}(?!feed/)`,
      `${up(levels - 1)}(?!\\.\\./)`,
      `${up(levels - 2)}(?!\\.\\./|protocol/)`,
      NOT_RELATIVE,
    ],
  },
  {
    folder: 'src/curator/studio/app',
    rule:
      'src/curator/studio/app runs in the browser: it may import itself, src/curator/studio/protocol, src/curator/content/media-types.ts, ' +
      'src/feed, src/curator/studio/import/app (the import screen), and of src/kiosk only markdown/ and i18n/format-count.ts ' +
      '(a text reads in the studio as on a kiosk); no node:*',
    forbidden: (levels) => [
      `${up(levels)}(?!feed/|kiosk/markdown/|kiosk/i18n/format-count\\.ts$)`,
      `${up(levels - 1)}(?!\\.\\./|content/media-types\\.ts$)`,
      `${up(levels - 2)}(?!\\.\\./|protocol/|app/|import/app/)`,
      `${NOT_RELATIVE}(?!svelte(?:/|$)|@fontsource/)`,
    ],
  },
  {
    folder: 'src/curator/studio/import/app',
    rule:
      'src/curator/studio/import/app is the register import screen, in the browser: it may import itself, ' +
      'src/curator/studio/import/import-protocol.ts and src/feed; no node:*',
    forbidden: (levels) => [
      `${up(levels)}(?!feed/)`,
      `${up(levels - 1)}(?!\\.\\./)`,
      `${up(levels - 2)}(?!\\.\\./)`,
      `${up(levels - 3)}(?!\\.\\./|import-protocol\\.ts$)`,
      `${NOT_RELATIVE}(?!svelte(?:/|$))`,
    ],
  },
];

/** How many folders below its layer's folder a file may sit and still be checked; a deeper one fails lint. */
const MAX_FOLDER_DEPTH = 3;

/**
 * @param {Layer} layer
 * @param {number} levels
 * @returns {{ regex: string, message: string }[]}
 */
function importPatterns(layer, levels) {
  const own = layer.forbidden(levels).map((regex) => ({ regex, message: `${layer.rule}.` }));
  const outer = LAYERS.find((other) => other.folder === layer.within);
  return outer ? [...importPatterns(outer, levels), ...own] : own;
}

/**
 * @param {Layer} layer
 * @returns {import('eslint').Linter.Config[]}
 */
function layerConfigs(layer) {
  const levelsToSrc = layer.folder.split('/').length - 1;
  return Array.from({ length: MAX_FOLDER_DEPTH + 1 }, (_, depth) => ({
    files: [`${layer.folder}/${'*/'.repeat(depth)}*`],
    rules: { 'no-restricted-imports': ['error', { patterns: importPatterns(layer, levelsToSrc + depth) }] },
  }));
}

/** The folders whose code runs in every host: the browser page, a Web Worker, Node. */
const PURE_FOLDERS = ['src/feed', 'src/search', 'src/synthetic-register', 'src/curator/studio/protocol'];
/** Node's own globals, which no browser has. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate'];
/**
 * What the pure folders may not reach for: one host's objects, and host I/O. Standard objects
 * every host has (crypto.subtle, TextEncoder, performance, Blob) stay allowed.
 */
const HOST_GLOBALS = [
  ...NODE_GLOBALS,
  ...['window', 'self', 'globalThis', 'document', 'navigator', 'location', 'history', 'alert'],
  ...['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'fetch', 'XMLHttpRequest', 'WebSocket'],
  ...['Worker', 'postMessage', 'importScripts'],
];

/**
 * @param {string[]} names
 * @param {(name: string) => string} message
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrictedGlobals(names, message) {
  return { 'no-restricted-globals': ['error', ...names.map((name) => ({ name, message: message(name) }))] };
}

export default defineConfig(
  globalIgnores(['dist/', 'dist-studio/', '.eske/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/.tmp/']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  // Globals per area. The pure folders get only those every host has, less the restricted ones.
  ...PURE_FOLDERS.map((folder) => ({
    files: [`${folder}/**`],
    languageOptions: { globals: globals['shared-node-browser'] },
    rules: restrictedGlobals(
      HOST_GLOBALS,
      (name) =>
        `${folder} is pure and runs in every host: \`${name}\` is one host's or does I/O; take what you need as an argument.`,
    ),
  })),
  {
    files: ['src/kiosk/**'],
    languageOptions: { globals: globals.browser },
    rules: restrictedGlobals(NODE_GLOBALS, (name) => `src/kiosk runs in the browser: \`${name}\` is Node's.`),
  },
  { files: ['src/curator/**', 'src/static-host/**', '*.js', '*.ts'], languageOptions: { globals: globals.node } },
  {
    files: ['src/curator/studio/app/**', 'src/curator/studio/import/app/**'],
    languageOptions: { globals: globals.browser },
    rules: restrictedGlobals(NODE_GLOBALS, (name) => `the studio's app runs in the browser: \`${name}\` is Node's.`),
  },
  { files: ['tests/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // Imports per area.
  ...LAYERS.flatMap(layerConfigs),
  {
    files: LAYERS.map((layer) => `${layer.folder}/${'*/'.repeat(MAX_FOLDER_DEPTH + 1)}**`),
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'Too deep for the layer rules: raise MAX_FOLDER_DEPTH in eslint.config.js.' },
      ],
    },
  },
  {
    files: ['vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^\\./src/curator/', message: 'vite.config.ts builds the kiosk: it may not import src/curator.' }],
        },
      ],
    },
  },
);
