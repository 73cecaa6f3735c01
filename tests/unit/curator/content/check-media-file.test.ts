import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMediaFile } from '../../../../src/curator/content/check-media-file.ts';

/** Three seconds of 440 Hz Vorbis, made with ffmpeg (`-f lavfi -i sine=f=440:d=3`). */
const THREE_SECOND_OGG = path.resolve('tests/fixtures/content/minimal/files/t01.ogg');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'eske-media-file-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const target = path.join(tmp, name);
  await writeFile(target, bytes);
  return target;
}

const codesOf = async (absolutePath: string, type: Parameters<typeof checkMediaFile>[1]) =>
  (await checkMediaFile(absolutePath, type)).issues.map((issue) => `${issue.line ?? '-'}: ${issue.code}`);

describe('checkMediaFile', () => {
  it('reads the duration of a real Ogg recording', async () => {
    const checked = await checkMediaFile(THREE_SECOND_OGG, 'audio/ogg');
    expect(checked.issues).toEqual([]);
    expect(checked.durationSeconds).toBeCloseTo(3, 2);
  });

  it('reports a text file named .ogg as not what its name says', async () => {
    expect(await codesOf(await file('text.ogg', 'not sound at all\n'), 'audio/ogg')).toEqual(['-: media.not-what-name-says']);
  });

  it('reports an Ogg recording cut short as unreadable', async () => {
    const whole = await readFile(THREE_SECOND_OGG);
    const cut = await file('cut.ogg', whole.subarray(0, 200));
    const checked = await checkMediaFile(cut, 'audio/ogg');
    expect(checked.issues.map((issue) => issue.code)).toEqual(['media.unreadable']);
    expect(checked.durationSeconds).toBeUndefined();
  });

  it('reports a file with an Ogg signature and nothing behind it as unreadable', async () => {
    const fake = await file('fake.ogg', Uint8Array.from([...'OggS'].map((c) => c.charCodeAt(0)).concat(Array(60).fill(7))));
    expect(await codesOf(fake, 'audio/ogg')).toEqual(['-: media.unreadable']);
  });

  it('accepts an image whose header sharp reads, and reports one it cannot', async () => {
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#777' } })
      .png()
      .toBuffer();
    expect(await codesOf(await file('ok.png', png), 'image/png')).toEqual([]);
    expect(await codesOf(await file('broken.png', png.subarray(0, 20)), 'image/png')).toEqual(['-: media.unreadable']);
  });

  it('reports a photo saved under another image extension', async () => {
    const webp = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#777' } })
      .webp()
      .toBuffer();
    const checked = await checkMediaFile(await file('photo.jpg', webp), 'image/jpeg');
    expect(checked.issues.map((issue) => issue.code)).toEqual(['media.not-what-name-says']);
  });

  it('reports each problem of a transcript at its line in the .vtt file', async () => {
    const vtt = await file('t.vtt', 'WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards\n');
    expect(await codesOf(vtt, 'text/vtt')).toEqual(['3: webvtt.end-before-start']);
  });
});
