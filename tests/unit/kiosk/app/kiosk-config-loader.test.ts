import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configFileOf,
  kioskIdFromSearch,
  loadKioskConfig,
  type ConfigMemory,
  type FetchText,
} from '../../../../src/kiosk/app/kiosk-config-loader.ts';

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

  it('reports a missing file as unreadable, naming the file and the HTTP status', async () => {
    const loaded = await loadKioskConfig('hall-2', host({}).fetch, BASE_URL);
    expect(loaded).toEqual({
      ok: false,
      failure: { file: 'kiosk-config/hall-2.json', reason: 'unreadable', problems: ['HTTP 404 Not Found'] },
    });
  });

  it('reports an HTML page sent for a missing file as unreadable', async () => {
    const { fetch } = host({ 'kiosk-config/default.json': { status: 200, body: '<!doctype html>', type: 'text/html' } });
    const loaded = await loadKioskConfig('default', fetch, BASE_URL);
    expect(loaded.ok || loaded.failure.reason).toBe('unreadable');
  });

  it('reports a network failure as unreadable', async () => {
    const loaded = await loadKioskConfig('default', () => Promise.reject(new TypeError('Failed to fetch')), BASE_URL);
    expect(loaded.ok || loaded.failure).toEqual({
      file: 'kiosk-config/default.json',
      reason: 'unreadable',
      problems: ['Failed to fetch'],
    });
  });

  it('reports text that is not JSON as invalid', async () => {
    const loaded = await loadKioskConfig('default', host({ 'kiosk-config/default.json': '{ "kioskId": ' }).fetch, BASE_URL);
    expect(loaded.ok || loaded.failure.reason).toBe('invalid');
  });

  it('names the key path of every wrong field', async () => {
    const config = withChanges({ idleSeconds: 2, trustedKeys: ['nope'], technicianPin: '12', colour: 'red' });
    const loaded = await loadKioskConfig('default', host({ 'kiosk-config/default.json': config }).fetch, BASE_URL);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.failure.reason).toBe('invalid');
    const paths = loaded.failure.problems.map((problem) => problem.split(':')[0]);
    expect(paths).toEqual(expect.arrayContaining(['idleSeconds', 'trustedKeys[0]', 'technicianPin', '(root)']));
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
      expect(loaded.ok || loaded.failure.problems).toEqual(['Failed to fetch']);
    });
  });

  it('reports a required field that is missing', async () => {
    const config = JSON.parse(DEMO_CONFIG) as Record<string, unknown>;
    delete config.feedUrl;
    const loaded = await loadKioskConfig(
      'default',
      host({ 'kiosk-config/default.json': JSON.stringify(config) }).fetch,
      BASE_URL,
    );
    expect(loaded.ok || loaded.failure.problems.some((problem) => problem.startsWith('feedUrl:'))).toBe(true);
    expect(loaded.ok).toBe(false);
  });
});
