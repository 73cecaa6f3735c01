import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configFileOf,
  kioskIdFromSearch,
  loadKioskConfig,
  type ConfigFailure,
  type ConfigLoad,
  type ConfigMemory,
  type FetchText,
} from '../../../../src/kiosk/config/kiosk-config-loader.ts';

const BASE_URL = 'https://kiosk.example.org/app/';
const DEMO_CONFIG = readFileSync(new URL('../../../../kiosk-config/default.json', import.meta.url), 'utf8');

/** A host that serves `files` (path → body) below BASE_URL and records what was asked. */
function host(files: Record<string, string | { status: number; body?: string; type?: string }>) {
  const requested: string[] = [];
  const fetch: FetchText = async (url) => {
    requested.push(url);
    const file = files[url.slice(BASE_URL.length)];
    if (file === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (typeof file === 'string') return new Response(file, { headers: { 'content-type': 'application/json' } });
    return new Response(file.body ?? '', { status: file.status, headers: { 'content-type': file.type ?? 'application/json' } });
  };
  return { fetch, requested };
}

function withChanges(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...(JSON.parse(DEMO_CONFIG) as object), ...changes });
}

function without(key: string, changes: Record<string, unknown> = {}): string {
  const config = { ...(JSON.parse(DEMO_CONFIG) as Record<string, unknown>), ...changes };
  delete config[key];
  return JSON.stringify(config);
}

/** The failure of a load that must fail. */
function failureOf(loaded: ConfigLoad): ConfigFailure {
  if (loaded.ok) throw new Error('expected the config to fail');
  return loaded.failure;
}

const codesOf = (loaded: ConfigLoad) => failureOf(loaded).problems.map((problem) => problem.code);
const serving = (text: string) => host({ 'kiosk-config/default.json': text }).fetch;

describe('kioskIdFromSearch', () => {
  it('reads the kiosk id from ?kiosk=', () => {
    expect(kioskIdFromSearch('?kiosk=hall-1')).toEqual({ ok: true, id: 'hall-1' });
  });

  it('uses the default id without the parameter or with an empty one', () => {
    expect(kioskIdFromSearch('')).toEqual({ ok: true, id: 'default' });
    expect(kioskIdFromSearch('?kiosk=')).toEqual({ ok: true, id: 'default' });
  });

  it('refuses an id with anything but a–z, 0–9 and -', () => {
    for (const bad of ['Hall1', '../secret', 'hall%201', 'зал']) {
      const result = kioskIdFromSearch(`?kiosk=${encodeURIComponent(bad)}`);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.failure.reason).toBe('bad-id');
      if (!result.ok) expect(result.failure.problems).toMatchObject([{ code: 'bad-id', params: { id: bad } }]);
    }
  });
});

describe('loadKioskConfig', () => {
  it('fetches kiosk-config/<id>.json relative to the app and returns the checked config', async () => {
    const { fetch, requested } = host({ 'kiosk-config/hall-1.json': DEMO_CONFIG });
    const loaded = await loadKioskConfig('hall-1', fetch, BASE_URL);
    expect(requested).toEqual([`${BASE_URL}kiosk-config/hall-1.json`]);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.file).toBe(configFileOf('hall-1'));
      expect(loaded.config.idleSeconds).toBe(90);
    }
  });

  it('reports a missing file as file-missing, naming the file and the HTTP status', async () => {
    const failure = failureOf(await loadKioskConfig('hall-2', host({}).fetch, BASE_URL));
    expect(failure).toMatchObject({ file: 'kiosk-config/hall-2.json', reason: 'unreadable' });
    expect(failure.problems).toMatchObject([{ code: 'file-missing', params: { status: 404 } }]);
  });

  it('reports an HTML page sent for a missing file as html-page', async () => {
    const { fetch } = host({ 'kiosk-config/default.json': { status: 200, body: '<!doctype html>', type: 'text/html' } });
    const loaded = await loadKioskConfig('default', fetch, BASE_URL);
    expect(failureOf(loaded).reason).toBe('unreadable');
    expect(codesOf(loaded)).toEqual(['html-page']);
  });

  it('reports another HTTP failure as http-error with its status', async () => {
    const { fetch } = host({ 'kiosk-config/default.json': { status: 503 } });
    const failure = failureOf(await loadKioskConfig('default', fetch, BASE_URL));
    expect(failure.problems).toMatchObject([{ code: 'http-error', params: { status: 503 } }]);
  });

  it('reports a network failure as network, keeping the browser detail for the log', async () => {
    const loaded = await loadKioskConfig('default', () => Promise.reject(new TypeError('Failed to fetch')), BASE_URL);
    expect(failureOf(loaded)).toMatchObject({
      file: 'kiosk-config/default.json',
      reason: 'unreadable',
      problems: [{ code: 'network', params: { detail: 'Failed to fetch' } }],
    });
  });

  it('reports text that is not JSON as not-json', async () => {
    const loaded = await loadKioskConfig('default', serving('{ "kioskId": '), BASE_URL);
    expect(failureOf(loaded).reason).toBe('invalid');
    expect(codesOf(loaded)).toEqual(['not-json']);
  });

  it('gives each wrong field a code and its key path', async () => {
    const config = withChanges({ idleSeconds: 2, trustedKeys: ['nope'], technicianPin: 1234, colour: 'red' });
    const failure = failureOf(await loadKioskConfig('default', serving(config), BASE_URL));
    expect(failure.reason).toBe('invalid');
    expect(failure.problems.map(({ code, params }) => [code, 'path' in params ? params.path : null])).toEqual(
      expect.arrayContaining([
        ['out-of-range', 'idleSeconds'],
        ['bad-value', 'trustedKeys[0]'],
        ['wrong-type', 'technicianPin'],
        ['unknown-key', 'colour'],
      ]),
    );
  });

  it('reports a missing key and the misspelt one beside it as one problem', async () => {
    const failure = failureOf(await loadKioskConfig('default', serving(without('idleSeconds', { idleSecond: 90 })), BASE_URL));
    expect(failure.problems).toMatchObject([
      { code: 'missing', params: { path: 'idleSeconds', key: 'idleSeconds', insteadOf: 'idleSecond' } },
    ]);
  });

  describe('with a memory of the last good copy', () => {
    function memory(initial: Record<string, string> = {}): ConfigMemory & { saved: Record<string, string> } {
      const saved = { ...initial };
      return { saved, read: (id) => saved[id] ?? null, write: (id, text) => void (saved[id] = text) };
    }
    const offline: FetchText = () => Promise.reject(new TypeError('Failed to fetch'));

    it('remembers a config that checked out', async () => {
      const remembered = memory();
      await loadKioskConfig('hall-1', host({ 'kiosk-config/hall-1.json': DEMO_CONFIG }).fetch, BASE_URL, remembered);
      expect(remembered.saved['hall-1']).toBe(DEMO_CONFIG);
    });

    it('does not remember a config that failed its checks', async () => {
      const remembered = memory();
      await loadKioskConfig(
        'hall-1',
        host({ 'kiosk-config/hall-1.json': withChanges({ idleSeconds: 1 }) }).fetch,
        BASE_URL,
        remembered,
      );
      expect(remembered.saved).toEqual({});
    });

    it('uses the remembered copy when the network does not answer', async () => {
      const loaded = await loadKioskConfig('hall-1', offline, BASE_URL, memory({ 'hall-1': DEMO_CONFIG }));
      expect(loaded.ok && loaded.fromMemory).toBe(true);
    });

    it('shows the host answer rather than the remembered copy when the file is gone', async () => {
      const loaded = await loadKioskConfig('hall-1', host({}).fetch, BASE_URL, memory({ 'hall-1': DEMO_CONFIG }));
      expect(loaded.ok || loaded.failure.reason).toBe('unreadable');
    });

    it('reports the network failure when there is no remembered copy', async () => {
      const loaded = await loadKioskConfig('hall-1', offline, BASE_URL, memory());
      expect(codesOf(loaded)).toEqual(['network']);
    });
  });

  it('reports a required field that is missing', async () => {
    const failure = failureOf(await loadKioskConfig('default', serving(without('feedUrl')), BASE_URL));
    expect(failure.problems).toMatchObject([{ code: 'missing', params: { key: 'feedUrl' } }]);
  });
});
