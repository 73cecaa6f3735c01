import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSigningKey } from '../../../../src/curator/signing-key.ts';
import type {
  CheckResult,
  EntryDoc,
  PreviewResult,
  PublishPlan,
  PublishResult,
} from '../../../../src/curator/studio/protocol/studio-protocol.ts';
import { startStudio, type RunningStudio } from '../../../../src/curator/studio/studio-server.ts';
import { verifyFeed } from '../../../../src/curator/verify/verify-feed.ts';
import { MAX_MANIFEST_BYTES } from '../../../../src/feed/limits.ts';
import { readManifestFile } from '../../../../src/feed/manifest-envelope.ts';
import { trustedKeysOf } from '../../../../src/feed/trust-config.ts';
import { verifySignatures } from '../../../../src/feed/verify-signatures.ts';

// docs/design.md §8.1; the ports of this test, inside the studio's test range 4560–4569.
const PORT = 4562;
const PREVIEW_PORT = 4563;
const HOST = `localhost:${PORT}`;
const ORIGIN = `http://${HOST}`;
const MINIMAL = path.resolve('tests/fixtures/content/minimal');
const DEMO_KEY = path.resolve('media/DEMO-ONLY-signing-key.json');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A raw request, so the path and headers are exactly what a hostile page or a rebound name would send. */
function request(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path: target, headers: { host: `localhost:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A call as the studio's own page makes it. */
async function api<T>(method: string, target: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = method === 'GET' ? {} : { origin: ORIGIN };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const answer = await request(PORT, method, target, headers, body === undefined ? undefined : JSON.stringify(body));
  if (answer.status !== 200) throw new Error(`${method} ${target}: ${answer.status} ${answer.text}`);
  return JSON.parse(answer.text) as T;
}

let tmp: string;
let contentDir: string;
let feedDir: string;
let studio: RunningStudio;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-studio-server-'));
  process.env.XDG_CACHE_HOME = path.join(tmp, 'cache');
  contentDir = path.join(tmp, 'content');
  feedDir = path.join(tmp, 'feed');
  await cp(MINIMAL, contentDir, { recursive: true });
  // The signing key where a careless curator keeps it: in the content folder itself.
  await cp(DEMO_KEY, path.join(contentDir, 'signing-key.json'));
  const apps = { appDir: path.join(tmp, 'studio-app'), kioskAppDir: path.join(tmp, 'kiosk-app') };
  for (const dir of Object.values(apps)) {
    await mkdir(dir);
    await writeFile(path.join(dir, 'index.html'), `<!doctype html><title>${path.basename(dir)}</title>`);
  }
  studio = await startStudio({
    contentDir,
    folderLabel: 'content',
    port: PORT,
    previewPort: PREVIEW_PORT,
    ...apps,
    publish: { feedDir, key: await readSigningKey(path.join(contentDir, 'signing-key.json')) },
    log: () => {},
  });
});
afterAll(async () => {
  await studio?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the studio server', () => {
  describe('before any routing', () => {
    it('answers 403 to a request addressed by another name, whatever its path', async () => {
      for (const target of ['/', '/api/overview', '/api/no-such-route', '/files/t01.ogg']) {
        const answer = await request(PORT, 'GET', target, { host: `evil.example:${PORT}` });
        expect([target, answer.status, JSON.parse(answer.text).error.code]).toEqual([target, 403, 'forbidden-host']);
      }
    });

    it('answers 403 to a page of another origin and leaves the file as it was', async () => {
      const before = await readFile(path.join(contentDir, 'timeline/1937-order.md'), 'utf8');
      const doc = await api<EntryDoc>('GET', '/api/entries/timeline/1937-order');
      const answer = await request(
        PORT,
        'PUT',
        '/api/entries/timeline/1937-order',
        { origin: 'http://evil.example', 'content-type': 'application/json' },
        JSON.stringify({ baseHash: doc.hash, edit: { text: 'gone' } }),
      );
      expect([answer.status, JSON.parse(answer.text).error.code]).toEqual([403, 'forbidden-origin']);
      expect(await readFile(path.join(contentDir, 'timeline/1937-order.md'), 'utf8')).toBe(before);
    });

    it('answers 403 on the preview port too', async () => {
      const answer = await request(PREVIEW_PORT, 'GET', '/feed/manifest.json', { host: `evil.example:${PREVIEW_PORT}` });
      expect(answer.status).toBe(403);
    });

    it('tells the browser that no other page may frame, sniff or embed the studio', async () => {
      const answer = await request(PORT, 'GET', '/');
      expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['cross-origin-resource-policy']).toBe('same-origin');
    });
  });

  describe('files', () => {
    it('serves media under files/', async () => {
      const answer = await request(PORT, 'GET', '/files/t01.kk.vtt');
      expect([answer.status, answer.text.startsWith('WEBVTT')]).toEqual([200, true]);
    });

    it('never serves the signing key, nor anything outside files/, however the path is written', async () => {
      for (const target of [
        '/files/../signing-key.json',
        '/files/%2e%2e/signing-key.json',
        '/files/..%2fsigning-key.json',
        '/files/%2e%2e%2fexhibit.yaml',
        '/signing-key.json',
        '/../signing-key.json',
        '/%2e%2e/content/signing-key.json',
        '/files/..%5csigning-key.json',
        '/exhibit.yaml',
        '/timeline/1937-order.md',
        '/api/files?path=signing-key.json',
        '/api/files?path=files/../signing-key.json',
      ]) {
        const answer = await request(PORT, 'GET', target);
        expect([
          target,
          answer.status >= 400,
          answer.text.includes('privateKey'),
          answer.text.includes('id: fixture-exhibit'),
        ]).toEqual([target, true, false, false]);
      }
    });
  });

  describe('uploads', () => {
    it('refuses a file that is not what its name says, and writes nothing', async () => {
      const answer = await request(PORT, 'PUT', '/api/files?path=files/fake.ogg', { origin: ORIGIN }, 'just text');
      expect(JSON.parse(answer.text)).toMatchObject({ ok: false });
      await expect(readFile(path.join(contentDir, 'files/fake.ogg'))).rejects.toThrow();
    });

    it('puts a good file in place, refuses to replace it unasked, and replaces it when asked', async () => {
      const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nСәлем.\n';
      const put = (replace: boolean) =>
        request(PORT, 'PUT', `/api/files?path=files/new/t09.kk.vtt${replace ? '&replace=1' : ''}`, { origin: ORIGIN }, vtt);
      expect(JSON.parse((await put(false)).text)).toEqual({
        ok: true,
        path: 'files/new/t09.kk.vtt',
        bytes: Buffer.byteLength(vtt),
      });
      const again = await put(false);
      expect([again.status, JSON.parse(again.text).error.code]).toEqual([409, 'exists']);
      expect((await put(true)).status).toBe(200);
      expect(await readFile(path.join(contentDir, 'files/new/t09.kk.vtt'), 'utf8')).toBe(vtt);
    });

    it('refuses a path outside files/ or of a type a feed cannot carry', async () => {
      for (const [target, code] of [
        ['files/../exhibit.yaml', 'bad-file-path'],
        ['timeline/x.md', 'bad-file-path'],
        ['files/signing-key.json', 'unsupported-file-type'],
      ] as const) {
        const answer = await request(PORT, 'PUT', `/api/files?path=${encodeURIComponent(target)}`, { origin: ORIGIN }, 'x');
        expect([target, JSON.parse(answer.text).error.code]).toEqual([target, code]);
      }
    });
  });

  describe('check', () => {
    it('reads the folder with a draft over it, and leaves out a draft of a file removed since', async () => {
      const doc = await api<EntryDoc>('GET', '/api/entries/timeline/1930-famine');
      const broken = { front: { ...doc.front!, date: 'someday' }, sections: doc.sections };
      const result = await api<CheckResult>('POST', '/api/check', {
        drafts: [
          { kind: 'timeline', id: '1930-famine', baseHash: doc.hash, edit: broken },
          { kind: 'timeline', id: '1931-removed', baseHash: doc.hash, edit: broken },
        ],
      });
      const errors = result.problems.filter((problem) => problem.severity === 'error');
      expect(errors.map((problem) => [problem.file, problem.code, problem.entry?.field])).toEqual([
        ['timeline/1930-famine.md', 'key.invalid', { path: ['date'] }],
      ]);
      expect((await api<CheckResult>('POST', '/api/check', { drafts: [] })).errors).toBe(0);
    });
  });

  describe('preview', () => {
    it('builds the drafts into a feed that its kiosk-config trusts, without touching the folder', async () => {
      const doc = await api<EntryDoc>('GET', '/api/entries/timeline/1930-famine');
      const before = doc.text;
      const front = { ...doc.front!, title: { kk: 'Ашаршылық', ru: 'Голод', en: 'The famine (draft)' } };
      const result = await api<PreviewResult>('POST', '/api/preview', {
        drafts: [{ kind: 'timeline', id: '1930-famine', baseHash: doc.hash, edit: { front, sections: doc.sections } }],
      });
      expect(result).toMatchObject({ ok: true, version: 1 });
      const config = JSON.parse((await request(PREVIEW_PORT, 'GET', '/kiosk-config/studio-preview-en.json')).text);
      expect(config).toMatchObject({ defaultLanguage: 'en', exhibitId: 'fixture-exhibit', feedUrl: 'feed/' });
      const manifest = await request(PREVIEW_PORT, 'GET', '/feed/manifest.json');
      const file = readManifestFile(new TextEncoder().encode(manifest.text), MAX_MANIFEST_BYTES);
      if (!('envelope' in file)) throw new Error('the preview feed is not an eske-feed/2 envelope');
      const signedBy = (keys: readonly string[]) =>
        verifySignatures(file.signedBytes, file.envelope.signatures, { keys: trustedKeysOf(keys), threshold: 1 });
      await signedBy(config.trustedKeys);
      expect(file.envelope.signed.version).toBe(1);
      await expect(signedBy([(await readSigningKey(DEMO_KEY)).publicKey])).rejects.toThrow();
      expect(await readFile(path.join(contentDir, 'timeline/1930-famine.md'), 'utf8')).toBe(before);
    });

    it('starts a browser afresh once per run of the studio, and serves no service worker', async () => {
      const first = await request(PREVIEW_PORT, 'GET', '/');
      expect(first.headers['clear-site-data']).toBe('"storage"');
      const cookie = String(first.headers['set-cookie']).split(';')[0]!;
      expect((await request(PREVIEW_PORT, 'GET', '/', { cookie })).headers['clear-site-data']).toBeUndefined();
      expect((await request(PREVIEW_PORT, 'GET', '/service-worker.js')).status).toBe(404);
      expect((await request(PREVIEW_PORT, 'GET', '/kiosk-config/default.json')).status).toBe(404);
    });
  });

  describe('publish', () => {
    it('publishes a version that verifies with the key, then nothing while nothing changed', async () => {
      const plan = await api<PublishPlan>('POST', '/api/publish/plan', {});
      expect(plan).toMatchObject({ state: 'ready', publishedVersion: null });
      const published = await api<PublishResult>('POST', '/api/publish', {});
      expect(published).toMatchObject({ state: 'published', version: 1 });
      const key = await readSigningKey(DEMO_KEY);
      const check = await verifyFeed(feedDir, { keys: [{ publicKey: key.publicKey }], threshold: 1 }, new Date());
      expect([check.failures, check.manifest?.version]).toEqual([[], 1]);
      expect(await api<PublishPlan>('POST', '/api/publish/plan', {})).toEqual({ state: 'unchanged', version: 1 });
    });

    it('shows what a saved edit changes and what kiosks download for it', async () => {
      const doc = await api<EntryDoc>('GET', '/api/entries/timeline/1937-order');
      const front = { ...doc.front!, source: 'NKVD Operational Order No. 00447 of 30 July 1937 (revised).' };
      await api('PUT', '/api/entries/timeline/1937-order', { baseHash: doc.hash, edit: { front, sections: doc.sections } });
      const plan = await api<PublishPlan>('POST', '/api/publish/plan', {});
      expect(plan.state).toBe('ready');
      if (plan.state !== 'ready') return;
      expect(plan.publishedVersion).toBe(1);
      expect(plan.changes.events).toEqual({
        added: { count: 0, ids: [] },
        changed: { count: 1, ids: ['1937-order'] },
        removed: { count: 0, ids: [] },
      });
      expect(plan.changes.records.changed.count + plan.changes.records.added.count).toBe(0);
      // The timeline document is the one new object.
      expect(plan.changes.newObjects).toBe(1);
      expect(plan.changes.downloadBytes).toBeGreaterThan(0);
    });

    it('refuses to publish while the Check finds an error', async () => {
      const doc = await api<EntryDoc>('GET', '/api/entries/timeline/1930-famine');
      await api('PUT', '/api/entries/timeline/1930-famine', {
        baseHash: doc.hash,
        edit: { front: { ...doc.front!, date: '1930-13' }, sections: doc.sections },
      });
      const result = await api<PublishResult>('POST', '/api/publish', {});
      expect(result.state).toBe('blocked');
      if (result.state !== 'blocked') return;
      expect(result.check.problems.find((problem) => problem.severity === 'error')).toMatchObject({
        file: 'timeline/1930-famine.md',
        entry: { kind: 'timeline', id: '1930-famine', field: { path: ['date'] } },
      });
      const check = await verifyFeed(
        feedDir,
        { keys: [{ publicKey: (await readSigningKey(DEMO_KEY)).publicKey }], threshold: 1 },
        new Date(),
      );
      expect(check.manifest?.version).toBe(1);
    });
  });
});
