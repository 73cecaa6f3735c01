import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../src/feed/ed25519.ts';
import {
  ExhibitMismatchError,
  ExpiredFeedError,
  ManifestFormatError,
  ManifestTooLargeError,
  RollbackError,
  SignatureError,
} from '../../../src/feed/errors.ts';
import { FEED_FORMAT } from '../../../src/feed/manifest-schema.ts';
import { parseManifestBytes, verifyManifest, type ManifestTrust } from '../../../src/feed/verify-manifest.ts';

const NOW = new Date('2026-05-10T12:00:00Z');
const SHA = 'a'.repeat(64);

const goodManifest = {
  format: FEED_FORMAT,
  exhibitId: 'alzhir',
  version: 7,
  publishedAt: '2026-05-01T09:00:00Z',
  expiresAt: '2026-06-01T00:00:00+05:00',
  languages: ['kk', 'ru', 'en'],
  defaultLanguage: 'kk',
  objects: [
    { sha256: SHA, bytes: 10, type: 'application/json', role: 'exhibit', name: 'exhibit.json' },
    { sha256: 'b'.repeat(64), bytes: 10, type: 'application/json', role: 'timeline', name: 'timeline.json' },
    { sha256: 'c'.repeat(64), bytes: 10, type: 'application/json', role: 'testimonies', name: 'testimonies.json' },
  ],
  futureField: { kept: true },
};

let keys: KeyPairText;
let otherKeys: KeyPairText;

beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function signed(value: unknown, privateKey = keys.privateKey) {
  const bytes = encode(value);
  return { bytes, signature: await signBytes(bytes, privateKey) };
}

function trust(overrides: Partial<ManifestTrust> = {}): ManifestTrust {
  return { trustedKeys: [keys.publicKey], installedVersion: null, exhibitId: 'alzhir', now: NOW, ...overrides };
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('verifyManifest', () => {
  it('accepts a manifest signed by a trusted key and keeps unknown fields', async () => {
    const { bytes, signature } = await signed(goodManifest);
    const manifest = await verifyManifest(bytes, signature, trust({ installedVersion: 6 }));
    expect(manifest.version).toBe(7);
    expect(manifest).toMatchObject({ futureField: { kept: true } });
  });

  it('accepts any exhibit when the kiosk has none yet', async () => {
    const { bytes, signature } = await signed(goodManifest);
    expect((await verifyManifest(bytes, signature, trust({ exhibitId: null }))).exhibitId).toBe('alzhir');
  });

  describe('when the signature does not check out', () => {
    it('rejects a manifest altered by one byte', async () => {
      const { bytes, signature } = await signed(goodManifest);
      const altered = bytes.slice();
      altered[altered.indexOf('7'.charCodeAt(0))] = '8'.charCodeAt(0);
      expect(await rejection(verifyManifest(altered, signature, trust()))).toBeInstanceOf(SignatureError);
    });

    it('rejects a signature made with a key that is not trusted', async () => {
      const { bytes, signature } = await signed(goodManifest, otherKeys.privateKey);
      expect(await rejection(verifyManifest(bytes, signature, trust()))).toBeInstanceOf(SignatureError);
    });

    it('accepts a signature by any one of several trusted keys, skipping unusable key text', async () => {
      const { bytes, signature } = await signed(goodManifest);
      const manifest = await verifyManifest(
        bytes,
        signature,
        trust({ trustedKeys: ['not a key', otherKeys.publicKey, keys.publicKey] }),
      );
      expect(manifest.version).toBe(7);
    });

    it.each([
      ['not base64', '!!!'],
      ['too short', 'AAAA'],
      ['empty', ''],
    ])('rejects signature text that is %s', async (_, text) => {
      const { bytes } = await signed(goodManifest);
      expect(await rejection(verifyManifest(bytes, text, trust()))).toBeInstanceOf(SignatureError);
    });

    it('rejects everything when no key is trusted', async () => {
      const { bytes, signature } = await signed(goodManifest);
      expect(await rejection(verifyManifest(bytes, signature, trust({ trustedKeys: [] })))).toBeInstanceOf(SignatureError);
    });

    it('checks the signature before it parses anything', async () => {
      const { bytes } = await signed('{ not json');
      const { signature } = await signed(goodManifest);
      expect(await rejection(verifyManifest(bytes, signature, trust()))).toBeInstanceOf(SignatureError);
    });
  });

  describe('when the signed manifest is malformed', () => {
    it('names the key path of each problem', async () => {
      const [first, ...rest] = goodManifest.objects;
      const { bytes, signature } = await signed({ ...goodManifest, version: 0, objects: [{ ...first, sha256: 'XYZ' }, ...rest] });
      const error = await rejection(verifyManifest(bytes, signature, trust()));
      expect(error).toBeInstanceOf(ManifestFormatError);
      const problems = (error as ManifestFormatError).problems;
      expect(problems.some((problem) => problem.startsWith('version:'))).toBe(true);
      expect(problems.some((problem) => problem.startsWith('objects[0].sha256:'))).toBe(true);
    });

    it('rejects signed text that is not JSON', async () => {
      const { bytes, signature } = await signed('{ "format": ');
      expect(await rejection(verifyManifest(bytes, signature, trust()))).toBeInstanceOf(ManifestFormatError);
    });

    it('rejects signed bytes that are not UTF-8', async () => {
      const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
      const error = await rejection(verifyManifest(bytes, await signBytes(bytes, keys.privateKey), trust()));
      expect(error).toBeInstanceOf(ManifestFormatError);
    });

    it('rejects a manifest without exactly one exhibit, timeline and testimonies object', async () => {
      const { bytes, signature } = await signed({ ...goodManifest, objects: goodManifest.objects.slice(1) });
      const error = await rejection(verifyManifest(bytes, signature, trust()));
      expect((error as ManifestFormatError).problems).toEqual(['objects: expected exactly one "exhibit" object, found 0']);
    });
  });

  it.each([7, 8])('rejects version 7 when version %i is installed (rollback)', async (installedVersion) => {
    const { bytes, signature } = await signed(goodManifest);
    const error = await rejection(verifyManifest(bytes, signature, trust({ installedVersion })));
    expect(error).toBeInstanceOf(RollbackError);
    expect(error).toMatchObject({ code: 'rollback', installed: installedVersion, offered: 7 });
  });

  it('rejects a feed of another exhibit', async () => {
    const { bytes, signature } = await signed(goodManifest);
    const error = await rejection(verifyManifest(bytes, signature, trust({ exhibitId: 'karlag' })));
    expect(error).toBeInstanceOf(ExhibitMismatchError);
    expect(error).toMatchObject({ expected: 'karlag', actual: 'alzhir' });
  });

  it('rejects a manifest whose expiresAt has passed', async () => {
    const { bytes, signature } = await signed(goodManifest);
    const error = await rejection(verifyManifest(bytes, signature, trust({ now: new Date('2026-06-01T00:00:00+05:00') })));
    expect(error).toBeInstanceOf(ExpiredFeedError);
  });

  it('rejects a manifest over the size limit before checking anything else', async () => {
    const { bytes } = await signed(goodManifest);
    const error = await rejection(verifyManifest(bytes, 'not even a signature', trust({ maxManifestBytes: bytes.length - 1 })));
    expect(error).toBeInstanceOf(ManifestTooLargeError);
    expect(error).toMatchObject({ bytes: bytes.length, maxBytes: bytes.length - 1 });
  });
});

describe('parseManifestBytes', () => {
  it('parses stored bytes without a signature', () => {
    expect(parseManifestBytes(encode(goodManifest)).exhibitId).toBe('alzhir');
  });

  it('throws ManifestFormatError for bytes of the wrong shape', () => {
    expect(() => parseManifestBytes(encode({ format: 'other' }))).toThrow(ManifestFormatError);
  });
});
