import { describe, expect, it } from 'vitest';
import { describeContent, signatureMismatch, type BinaryMediaType } from '../../../../src/curator/content/media-signature.ts';

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const head = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

/** The first bytes of a real file of each type (as ffmpeg, cameras and sharp write them). */
const HEADS: Record<BinaryMediaType, Uint8Array[]> = {
  'audio/ogg': [head('OggS', [0, 2, 0, 0])],
  'audio/mpeg': [head('ID3', [4, 0, 0]), head([0xff, 0xfb, 0x90, 0x64]), head([0xff, 0xf3, 0x40, 0xc4])],
  'audio/mp4': [head([0, 0, 0, 0x20], 'ftypM4A ', [0, 0, 2, 0])],
  'video/mp4': [head([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0])],
  'video/webm': [head([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86])],
  'image/jpeg': [head([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), head([0xff, 0xd8, 0xff, 0xe1], 'Exif')],
  'image/png': [head([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')],
  'image/webp': [head('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 ')],
};

describe('signatureMismatch', () => {
  for (const [type, heads] of Object.entries(HEADS) as [BinaryMediaType, Uint8Array[]][]) {
    it(`accepts the signature of ${type}`, () => {
      for (const bytes of heads) expect(signatureMismatch(type, bytes)).toBeNull();
    });
  }

  it('rejects every other type’s signature for each type', () => {
    const sameContainer = (a: string, b: string) => a.endsWith('mp4') && b.endsWith('mp4');
    for (const [type] of Object.entries(HEADS) as [BinaryMediaType, Uint8Array[]][])
      for (const [other, heads] of Object.entries(HEADS))
        if (other !== type && !sameContainer(type, other))
          for (const bytes of heads) expect(signatureMismatch(type, bytes), `${other} as ${type}`).not.toBeNull();
  });

  it('says that a text file named .ogg is text', () => {
    expect(signatureMismatch('audio/ogg', new TextEncoder().encode('Бұл дыбыс емес, мәтін.\n'))).toBe(
      'it is text, not Ogg audio',
    );
  });

  it('names the format a misnamed file really is', () => {
    expect(signatureMismatch('image/jpeg', HEADS['image/png'][0]!)).toBe('it is a PNG image, not a JPEG image');
    expect(signatureMismatch('image/jpeg', head([0, 0, 0, 0x18], 'ftypheic'))).toBe(
      'it is a HEIC or AVIF image, not a JPEG image',
    );
    expect(signatureMismatch('audio/mp4', head([0, 0, 0, 0x18], 'ftypavif'))).toMatch(/HEIC or AVIF/);
    expect(signatureMismatch('audio/ogg', head('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBe('it is a WAV file, not Ogg audio');
  });

  it('rejects an AAC stream in ADTS frames as MP3', () => {
    expect(signatureMismatch('audio/mpeg', head([0xff, 0xf1, 0x50, 0x80]))).not.toBeNull();
  });

  it('rejects an empty or unknown file without naming a format', () => {
    expect(signatureMismatch('video/webm', new Uint8Array())).toBe('its bytes are not WebM video (no known file signature)');
    expect(signatureMismatch('image/png', head([0, 1, 2, 3, 0xfe, 0x80]))).toMatch(/no known file signature/);
  });
});

describe('describeContent', () => {
  it('takes a UTF-8 head cut inside a character for text', () => {
    const bytes = new TextEncoder().encode('Мәтін');
    expect(describeContent(bytes.subarray(0, bytes.length - 1))).toBe('text');
  });
});
