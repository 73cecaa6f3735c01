import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFilePath, existingContentFile } from '../../../../src/curator/studio/content-files.ts';
import { StudioError } from '../../../../src/curator/studio/studio-error.ts';

let dir: string;
let key: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'eske-studio-files-'));
  key = path.join(dir, 'signing-key.json');
  await mkdir(path.join(dir, 'files/images'), { recursive: true });
  await writeFile(path.join(dir, 'files/images/a.jpg'), 'jpeg');
  await writeFile(key, '{"privateKey": "secret"}');
  await writeFile(path.join(os.tmpdir(), 'eske-outside.ogg'), 'outside');
  await symlink(key, path.join(dir, 'files/key.vtt'));
  await symlink(path.join(os.tmpdir(), 'eske-outside.ogg'), path.join(dir, 'files/out.ogg'));
  await symlink(path.join(dir, 'files/images/a.jpg'), path.join(dir, 'files/alias.jpg'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(path.join(os.tmpdir(), 'eske-outside.ogg'), { force: true });
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    return (error as StudioError).code;
  }
  return 'accepted';
}

async function codeOfExisting(relative: string): Promise<string> {
  try {
    return (await existingContentFile(dir, relative, key)) === null ? 'missing' : 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    return (error as StudioError).code;
  }
}

describe('contentFilePath', () => {
  it('takes a media path under files/ and resolves it inside the folder', () => {
    const file = contentFilePath(dir, 'files/images/a.jpg');
    expect(file).toEqual({ relative: 'files/images/a.jpg', absolute: path.join(dir, 'files/images/a.jpg'), type: 'image/jpeg' });
  });

  it('refuses paths that climb out, hide, or are not under files/', () => {
    for (const relative of [
      '../signing-key.json',
      'files/../signing-key.json',
      'files/./a.jpg',
      'files/images/../../exhibit.yaml',
      '/etc/passwd',
      'timeline/x.md',
      'files',
      'files/',
      'files//a.jpg',
      'files/.git/config.jpg',
      'files\\..\\key.jpg',
      'files/a\u0000.jpg',
      'C:/files/a.jpg',
      'files/C:a.jpg',
    ]) {
      expect([relative, codeOf(() => contentFilePath(dir, relative))]).toEqual([relative, 'bad-file-path']);
    }
  });

  it('refuses types a feed cannot carry, the signing key JSON among them', () => {
    for (const relative of ['files/signing-key.json', 'files/notes.txt', 'files/page.html', 'files/noextension']) {
      expect(codeOf(() => contentFilePath(dir, relative))).toBe('unsupported-file-type');
    }
  });
});

describe('existingContentFile', () => {
  it('finds a file that is there, and says null for one that is not', async () => {
    expect(await codeOfExisting('files/images/a.jpg')).toBe('accepted');
    expect(await codeOfExisting('files/images/b.jpg')).toBe('missing');
  });

  it('follows a link that stays inside files/', async () => {
    expect(await codeOfExisting('files/alias.jpg')).toBe('accepted');
  });

  it('refuses a link that leads out of files/ or to the signing key', async () => {
    expect(await codeOfExisting('files/out.ogg')).toBe('bad-file-path');
    expect(await codeOfExisting('files/key.vtt')).toBe('bad-file-path');
  });
});
