// Runs the real curator CLI as a child process on the fixtures, as a curator would.

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEnvelope } from '../../../src/feed/manifest-envelope.ts';
import type { Manifest } from '../../../src/feed/manifest-schema.ts';
import { readUnverifiedManifest } from '../../../src/feed/verify-manifest.ts';
import { CLI, ROOT, run, TSX } from './run-cli.ts';

const MINIMAL = path.join(ROOT, 'tests/fixtures/content/minimal');
const DEMO_KEY = path.join(ROOT, 'media/DEMO-ONLY-signing-key.json');
const DEMO_PUBLIC_KEY = 'Jzsq61AALlTGjZNnZnX5QgBDer4a8BssScN+N+edmKc=';
/** SHA-256 of the demo public key's 32 bytes (docs/trust.md). */
const DEMO_KEY_ID = '54b8c83cd7836e489bc0ed5016e9e1cf28c23302ccf627841b29fe269c97fd32';
const COMMAND_NAMES = [
  'validate',
  'build',
  'studio',
  'keygen',
  'sign',
  'prune',
  'verify',
  'serve',
  'search',
  'config-schema',
  'generate-register',
];

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function copyOfMinimal(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await cp(MINIMAL, dir, { recursive: true });
  return dir;
}

async function readManifest(feed: string): Promise<Manifest> {
  return readUnverifiedManifest(await readFile(path.join(feed, 'manifest.json')));
}

/** `work` on every item, `size` at a time, results in the items' order. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < items.length; at += size) results.push(...(await Promise.all(items.slice(at, at + size).map(work))));
  return results;
}

// Each case starts one to four Node processes; allow for a busy machine.
describe('feed CLI', { timeout: 20_000 }, () => {
  // A Node process per command, three at a time: fourteen at once on two busy cores took over a minute.
  it('prints help for every command, and the command list for help', { timeout: 180_000 }, async () => {
    const general = await run(['--help']);
    const each = await inBatches(
      COMMAND_NAMES.map((name) => [name, '--help']),
      3,
      (args) => run(args),
    );
    expect(general.code).toBe(0);
    for (const name of COMMAND_NAMES) expect(general.stdout).toContain(`  ${name}`);
    each.forEach((result, index) => {
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: npm run feed -- ${COMMAND_NAMES[index]}`));
    });
  });

  it('studio takes --out and --key together or not at all, before it opens anything', async () => {
    const result = await run(['studio', MINIMAL, '--out', path.join(tmp, 'studio-feed')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('studio: give --out and --key together, or neither (then the studio cannot publish)');
  });

  it('answers an unknown command with the list and exit code 2', async () => {
    const result = await run(['publish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "publish"');
    expect(result.stderr).toContain('validate');
  });

  it('answers an unknown option with exit code 2 and no stack', async () => {
    const result = await run(['validate', MINIMAL, '--fast']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('validate: unknown option --fast (see: npm run feed -- validate --help)');
  });

  it('validate reports file:line problems and exits 1', async () => {
    const dir = await copyOfMinimal('broken');
    await writeFile(
      path.join(dir, 'names/register.csv'),
      'id,surname,given_name,birth_year\nKZ-000001,A,B,1900\nKZ-2,C,D,19З7\n',
    );
    const [broken, valid] = await Promise.all([run(['validate', dir]), run(['validate', MINIMAL])]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('names/register.csv:3: birth_year "19З7" is not a year');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('2 timeline events, 1 testimony, 0 places, 3 names');
  });

  it('validate and build refuse a text file named .ogg, saying what it is', async () => {
    const dir = await copyOfMinimal('text-as-ogg');
    await writeFile(path.join(dir, 'files/t01.ogg'), 'the recording is on the other laptop\n');
    const feed = path.join(tmp, 'feed-text-as-ogg');
    const [validated, built] = await Promise.all([
      run(['validate', dir]),
      run(['build', dir, '--out', feed, '--key', DEMO_KEY, '--cache', path.join(tmp, 'cache')]),
    ]);
    for (const result of [validated, built]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('files/t01.ogg: it is text, not Ogg audio');
    }
    await expect(stat(feed)).rejects.toThrow();
  });

  it('build writes a feed that verify accepts, and publishes nothing when nothing changed', async () => {
    const feed = path.join(tmp, 'feed-minimal');
    const first = await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('published version 1 of "fixture-exhibit"');
    expect(first.stderr).toContain('public DEMO key');

    const verified = await run(['verify', feed, '--pub', DEMO_PUBLIC_KEY]);
    expect(verified.stdout).toMatch(/^OK: .* eske-feed\/2 exhibit "fixture-exhibit" version 1 .* 3 name records/m);
    expect(verified.stdout).toContain(`${DEMO_KEY_ID}  valid, trusted`);
    expect(verified.code).toBe(0);

    const before = await stat(path.join(feed, 'manifest.json'));
    const second = await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('nothing changed since version 1');
    expect((await stat(path.join(feed, 'manifest.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('after one record changes, publishes version + 1 with only that shard new', async () => {
    const dir = await copyOfMinimal('large');
    const rows = Array.from(
      { length: 40_000 },
      (_, i) => `KZ-${String(i).padStart(6, '0')},Surname${i},Given${i},${1880 + (i % 40)}`,
    );
    const csv = (lines: string[]) => `id,surname,given_name,birth_year\n${lines.join('\n')}\n`;
    await writeFile(path.join(dir, 'names/register.csv'), csv(rows));
    const feed = path.join(tmp, 'feed-large');
    expect((await run(['build', dir, '--out', feed, '--key', DEMO_KEY])).code).toBe(0);
    const v1 = await readManifest(feed);

    rows[1234] = rows[1234]!.replace('Surname1234', 'Edited');
    await writeFile(path.join(dir, 'names/register.csv'), csv(rows));
    const result = await run(['build', dir, '--out', feed, '--key', DEMO_KEY]);
    expect(result.stdout).toContain('published version 2');
    const v2 = await readManifest(feed);

    const shards = (manifest: Manifest) => manifest.objects.filter((entry) => entry.role === 'names');
    expect(shards(v1).length).toBeGreaterThan(1);
    expect(shards(v2).map((entry) => entry.name)).toEqual(shards(v1).map((entry) => entry.name));
    const changed = shards(v2).filter((entry, index) => entry.sha256 !== shards(v1)[index]!.sha256);
    expect(changed).toHaveLength(1);
    const others = (manifest: Manifest) =>
      manifest.objects.filter((entry) => entry.role !== 'names').map((entry) => entry.sha256);
    expect(others(v2)).toEqual(others(v1));
  });

  it('verify rejects a feed whose object was altered, listing the failure', async () => {
    const feed = path.join(tmp, 'feed-tampered');
    await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    const timeline = (await readManifest(feed)).objects.find((entry) => entry.role === 'timeline')!;
    await writeFile(path.join(feed, 'objects', `${timeline.sha256}.json`), '{"events":[]}');
    const result = await run(['verify', feed, '--pub', DEMO_KEY]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('object timeline');
    expect(result.stdout).toContain('FAILED');
  });

  it('sign adds a second key to a published feed without changing what it signs; verify names both', async () => {
    const feed = path.join(tmp, 'feed-signed-twice');
    await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    const newKey = path.join(tmp, 'museum-2027.json');
    const keygen = await run(['keygen', '--out', newKey]);
    const newKeyId = /^key id: ([0-9a-f]{64})$/m.exec(keygen.stdout)![1]!;
    const before = JSON.parse(await readFile(path.join(feed, 'manifest.json'), 'utf8')) as ManifestEnvelope;

    const signed = await run(['sign', feed, '--key', newKey]);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain(`now signed by ${DEMO_KEY_ID.slice(0, 12)}, ${newKeyId.slice(0, 12)}`);
    const after = JSON.parse(await readFile(path.join(feed, 'manifest.json'), 'utf8')) as ManifestEnvelope;
    expect(after.signed).toEqual(before.signed);
    expect(after.signatures.map((signature) => signature.keyid)).toEqual([DEMO_KEY_ID, newKeyId]);
    expect((await run(['sign', feed, '--key', newKey])).stdout).toContain('left as it is');

    const config = path.join(tmp, 'kiosk-new-key.json');
    const newPublicKey = (JSON.parse(await readFile(newKey, 'utf8')) as { publicKey: string }).publicKey;
    await writeFile(config, JSON.stringify({ trustedKeys: [{ keyid: newKeyId, publicKey: newPublicKey }] }));
    const verified = await run(['verify', feed, '--pub', config]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`${DEMO_KEY_ID}  not trusted by --pub`);
    expect(verified.stdout).toContain(`${newKeyId}  valid, trusted`);

    await writeFile(config, JSON.stringify({ trustedKeys: [DEMO_PUBLIC_KEY, newPublicKey], signatureThreshold: 2 }));
    expect((await run(['verify', feed, '--pub', config])).code).toBe(0);
  });

  it('verify fails a feed signed by too few of the keys a kiosk-config needs, and says which signed', async () => {
    const feed = path.join(tmp, 'feed-one-signature');
    await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    const config = path.join(tmp, 'kiosk-two-keys.json');
    await writeFile(config, JSON.stringify({ trustedKeys: [DEMO_PUBLIC_KEY, btoa('k'.repeat(32))], signatureThreshold: 2 }));
    const result = await run(['verify', feed, '--pub', config]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${DEMO_KEY_ID}  valid, trusted`);
    expect(result.stdout).toContain('trusted by --pub, but no signature');
    expect(result.stderr).toContain('(threshold)');
  });

  it('build stops with one line, nothing written, on a missing media file or a bad key file', async () => {
    const dir = await copyOfMinimal('missing-media');
    await rm(path.join(dir, 'files/t01.ogg'));
    const badKey = path.join(tmp, 'bad-key.json');
    await writeFile(badKey, '{"format":"eske-signing-key/1"}');
    const [missing, keyed] = await Promise.all([
      run(['build', dir, '--out', path.join(tmp, 'feed-missing'), '--key', DEMO_KEY]),
      run(['build', MINIMAL, '--out', path.join(tmp, 'feed-badkey'), '--key', badKey]),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('testimonies/t01-witness.md:5: audio: files/t01.ogg does not exist');
    expect(missing.stderr).toContain('build stopped, nothing published');
    await expect(stat(path.join(tmp, 'feed-missing'))).rejects.toThrow();
    expect(keyed.code).toBe(1);
    expect(keyed.stderr.trim().split('\n')).toHaveLength(1);
    expect(keyed.stderr).toContain('not an eske-signing-key/1 key file');
  });

  it('keygen writes a private key file and refuses to overwrite it', async () => {
    const keyFile = path.join(tmp, 'museum-key.json');
    const first = await run(['keygen', '--out', keyFile]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^key id: [0-9a-f]{64}$/m);
    expect(first.stdout).toMatch(/"trustedKeys": \[\{ "keyid": "[0-9a-f]{64}", "publicKey": "[A-Za-z0-9+/]{43}=" \}\]/);
    const written = await readFile(keyFile, 'utf8');
    expect(JSON.parse(written)).toMatchObject({ format: 'eske-signing-key/1', algorithm: 'Ed25519' });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

    const second = await run(['keygen', '--out', keyFile]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(await readFile(keyFile, 'utf8')).toBe(written);
  });

  it('config-schema writes kiosk-config/schema.json and --check finds it current', async () => {
    const cwd = path.join(tmp, 'config-cwd');
    await mkdir(path.join(cwd, 'kiosk-config'), { recursive: true });
    expect((await run(['config-schema', '--check'], cwd)).code).toBe(1);
    expect((await run(['config-schema'], cwd)).code).toBe(0);
    const schema = JSON.parse(await readFile(path.join(cwd, 'kiosk-config/schema.json'), 'utf8')) as { required: string[] };
    expect(schema.required).toContain('trustedKeys');
    expect(schema.required).not.toContain('kioskId');
    expect((await run(['config-schema', '--check'], cwd)).code).toBe(0);
  });

  it('serve answers with the feed and its cache headers until SIGTERM', async () => {
    const feed = path.join(tmp, 'feed-serve');
    await run(['build', MINIMAL, '--out', feed, '--key', DEMO_KEY]);
    const child = spawn(TSX, [CLI, 'serve', feed, '--port', '0'], { cwd: ROOT });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /http:\/\/\S+\//.exec(chunk.toString());
        if (match) resolve(match[0]);
      });
      child.once('exit', () => reject(new Error('serve exited early')));
    });
    const manifest = await fetch(`${url}manifest.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const entry = ((await manifest.json()) as ManifestEnvelope & { signed: Manifest }).signed.objects[0]!;
    const object = await fetch(`${url}objects/${entry.sha256}.json`);
    expect(object.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}nothing-here`)).status).toBe(404);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
