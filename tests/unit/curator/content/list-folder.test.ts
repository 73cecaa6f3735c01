// The content folder's listings through readContentFolder: links, loops, pipes and folders where
// files belong are read or reported, never skipped in silence, and never opened if they would block.

import { execFileSync } from 'node:child_process';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedCopy, read, removeCopies } from './content-copy.ts';

afterAll(removeCopies);

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('listFolder', () => {
  it('reads a timeline entry that is a symbolic link to a file', async () => {
    const dir = await editedCopy({});
    await rename(path.join(dir, 'timeline/1930-famine.md'), path.join(dir, 'famine.md'));
    await symlink('../famine.md', path.join(dir, 'timeline/1930-famine.md'));
    const { content, problems } = await read(dir);
    expect(problems).toEqual([]);
    expect(content!.timeline.map((event) => event.id)).toEqual(['1930-famine', '1937-order']);
  });

  it('reports a looping and a broken link as unreadable files', async () => {
    const dir = await editedCopy({});
    await symlink('loop-b.md', path.join(dir, 'timeline/loop-a.md'));
    await symlink('loop-a.md', path.join(dir, 'timeline/loop-b.md'));
    await symlink('../elsewhere.csv', path.join(dir, 'names/gone.csv'));
    const { problems } = await read(dir);
    expect(problems).toEqual([
      'timeline/loop-a.md:-: error: file.unreadable',
      'timeline/loop-b.md:-: error: file.unreadable',
      'names/gone.csv:-: error: file.unreadable',
    ]);
  });

  it('never opens a named pipe, in names/ or where a recording should be', async () => {
    const dir = await editedCopy({ 'files/t01.ogg': null });
    mkfifo(path.join(dir, 'names/pipe.csv'));
    mkfifo(path.join(dir, 'files/t01.ogg'));
    const { problems } = await read(dir);
    expect(problems).toContain('names/pipe.csv:-: warning: file.not-regular');
    expect(problems).toContain('files/t01.ogg:-: warning: file.not-regular');
    expect(problems).toContain('testimonies/t01-witness.md:5: error: ref.missing');
  });

  it('says that folders inside timeline/ and names/ are not read', async () => {
    const dir = await editedCopy({ 'timeline/drafts/1931-draft.md': '---\ndate: 1931\n---\n' });
    await mkdir(path.join(dir, 'names/register-2.csv'));
    const { problems } = await read(dir);
    expect(problems).toEqual(['timeline/drafts/:-: warning: folder.nested', 'names/register-2.csv/:-: warning: folder.nested']);
  });

  it('reports names/ that is a file, and exhibit.yaml that is a folder or a pipe', async () => {
    const namesFile = await editedCopy({ 'names/register.csv': null });
    await rm(path.join(namesFile, 'names'), { recursive: true });
    await writeFile(path.join(namesFile, 'names'), 'id,surname,given_name\n');
    expect((await read(namesFile)).problems).toContain('names:-: error: folder.not-a-folder');

    for (const make of [(file: string) => mkdir(file), (file: string) => Promise.resolve(mkfifo(file))]) {
      const dir = await editedCopy({ 'exhibit.yaml': null });
      await make(path.join(dir, 'exhibit.yaml'));
      const { content, problems } = await read(dir);
      expect(content).toBeNull();
      expect(problems).toEqual(['exhibit.yaml:-: error: exhibit.unreadable']);
    }
  });

  it('follows a linked folder under files/ once, even one that leads back up', async () => {
    const dir = await editedCopy({});
    await symlink('.', path.join(dir, 'files/again'));
    await symlink('..', path.join(dir, 'files/up'));
    const { problems } = await read(dir);
    expect(problems).toContain('files/again/:-: warning: folder.loop');
    expect(problems).toContain('files/up/files/:-: warning: folder.loop');
    expect(problems.filter((problem) => problem.includes(': error: '))).toEqual([]);
  });
});
