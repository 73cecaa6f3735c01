import { beforeAll, describe, expect, it } from 'vitest';
import { signEnvelope } from '../../../src/curator/sign-envelope.ts';
import { generateKeyPair, signBytes, type KeyPairText } from '../../../src/feed/ed25519.ts';
import {
  ExhibitMismatchError,
  ExpiredFeedError,
  ManifestFormatError,
  ManifestTooLargeError,
  RollbackError,
  SignatureError,
} from '../../../src/feed/errors.ts';
import { keyIdOf } from '../../../src/feed/key-id.ts';
import { MAX_SIGNATURES } from '../../../src/feed/limits.ts';
import { envelopeFileBytes, type ManifestEnvelope } from '../../../src/feed/manifest-envelope.ts';
import { FEED_FORMAT, LEGACY_FEED_FORMAT } from '../../../src/feed/manifest-schema.ts';
import { parseManifestBytes, verifyManifest, type ManifestTrust } from '../../../src/feed/verify-manifest.ts';

const NOW = new Date('2026-05-10T12:00:00Z');

const goodManifest = {
  format: FEED_FORMAT,
  exhibitId: 'alzhir',
  version: 7,
  publishedAt: '2026-05-01T09:00:00Z',
  expiresAt: '2026-06-01T00:00:00+05:00',
  languages: ['kk', 'ru', 'en'],
  defaultLanguage: 'kk',
  objects: [
    { sha256: 'a'.repeat(64), bytes: 10, type: 'application/json', role: 'exhibit', name: 'exhibit.json' },
    { sha256: 'b'.repeat(64), bytes: 10, type: 'application/json', role: 'timeline', name: 'timeline.json' },
    { sha256: 'c'.repeat(64), bytes: 10, type: 'application/json', role: 'testimonies', name: 'testimonies.json' },
  ],
  futureField: { kept: true },
};
const legacyManifest = { ...goodManifest, format: LEGACY_FEED_FORMAT };

let keys: KeyPairText;
let otherKeys: KeyPairText;
let thirdKeys: KeyPairText;

beforeAll(async () => {
  [keys, otherKeys, thirdKeys] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair()]);
});

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** manifest.json of an eske-feed/2 feed whose `signed` is `value`, signed by each of `signers`. */
async function envelope(value: Record<string, unknown>, signers: KeyPairText[] = [keys]): Promise<ManifestEnvelope> {
  return signEnvelope(value, signers);
}
const fileOf = (envelopeValue: ManifestEnvelope) => envelopeFileBytes(envelopeValue);
const noDetached = () => Promise.reject(new Error('manifest.sig must not be asked for'));

function trust(overrides: Partial<ManifestTrust> = {}): ManifestTrust {
  return { keys: [{ publicKey: keys.publicKey }], threshold: 1, installed: null, exhibitId: 'alzhir', now: NOW, ...overrides };
}
const trusting = (...pairs: KeyPairText[]) => pairs.map(({ publicKey }) => ({ publicKey }));

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

async function verifyEnvelope(value: ManifestEnvelope, overrides: Partial<ManifestTrust> = {}) {
  return verifyManifest(fileOf(value), trust(overrides), noDetached);
}

describe('verifyManifest', () => {
  describe('with an eske-feed/2 envelope', () => {
    it('accepts a manifest signed by a trusted key, keeps unknown fields and names the signer', async () => {
      const verified = await verifyEnvelope(await envelope(goodManifest), { installed: { exhibitId: 'alzhir', version: 6 } });
      expect(verified.manifest.version).toBe(7);
      expect(verified.manifest).toMatchObject({ futureField: { kept: true } });
      expect(verified).toMatchObject({ format: FEED_FORMAT, upToDate: false, expired: false });
      expect(verified.checks).toEqual([{ keyid: await keyIdOf(keys.publicKey), status: 'valid' }]);
    });

    it('accepts any exhibit when the kiosk has none yet', async () => {
      expect((await verifyEnvelope(await envelope(goodManifest), { exhibitId: null })).manifest.exhibitId).toBe('alzhir');
    });

    it('verifies the canonical bytes of signed, whatever the layout of the file', async () => {
      const signed = await envelope(goodManifest);
      const reordered = { signatures: signed.signatures, signed: Object.fromEntries(Object.entries(goodManifest).reverse()) };
      const verified = await verifyManifest(encode(reordered), trust(), noDetached);
      expect(verified.manifest.version).toBe(7);
      expect(new TextDecoder().decode(verified.signedBytes)).toMatch(/^\{"defaultLanguage":"kk","exhibitId":"alzhir",/);
    });

    it('stores signed bytes that parseManifestBytes reads back as the manifest', async () => {
      const verified = await verifyEnvelope(await envelope(goodManifest));
      expect(parseManifestBytes(verified.signedBytes)).toEqual(verified.manifest);
    });

    describe('when the signatures do not make it trusted', () => {
      it('rejects a manifest.json with one byte changed (invalid)', async () => {
        const bytes = fileOf(await envelope(goodManifest));
        const at = new TextDecoder().decode(bytes).indexOf('"version": 7') + '"version": '.length;
        bytes[at] = '8'.charCodeAt(0);
        const error = await rejection(verifyManifest(bytes, trust(), noDetached));
        expect(error).toBeInstanceOf(SignatureError);
        expect(error).toMatchObject({ code: 'signature', reason: 'invalid' });
      });

      it('rejects a manifest signed only by a key it does not trust (unknown-key), without checking that signature', async () => {
        const error = await rejection(verifyEnvelope(await envelope(goodManifest, [otherKeys])));
        expect(error).toMatchObject({ code: 'signature', reason: 'unknown-key' });
        expect((error as SignatureError).checks).toEqual([{ keyid: await keyIdOf(otherKeys.publicKey), status: 'untrusted' }]);
      });

      it.each([
        ['truncated', (sig: string) => sig.slice(0, 44)],
        ['not base64', () => '!!!'],
        ['empty', () => ''],
      ])('rejects a trusted key’s signature that is %s (malformed)', async (_, cut) => {
        const signed = await envelope(goodManifest);
        const broken = { ...signed, signatures: signed.signatures.map((entry) => ({ ...entry, sig: cut(entry.sig) })) };
        expect(await rejection(verifyEnvelope(broken))).toMatchObject({ code: 'signature', reason: 'malformed' });
      });

      it('rejects an envelope without signatures', async () => {
        const signed = await envelope(goodManifest);
        expect(await rejection(verifyEnvelope({ ...signed, signatures: [] }))).toMatchObject({ reason: 'unknown-key' });
      });

      it('rejects too few signatures for the threshold, counting one key once (threshold)', async () => {
        const signed = await envelope(goodManifest);
        const twice = { ...signed, signatures: [...signed.signatures, ...signed.signatures] };
        const error = await rejection(verifyEnvelope(twice, { keys: trusting(keys, otherKeys), threshold: 2 }));
        expect(error).toMatchObject({ code: 'signature', reason: 'threshold' });
      });

      it('rejects everything when no key is trusted', async () => {
        const error = await rejection(verifyEnvelope(await envelope(goodManifest), { keys: [] }));
        expect(error).toMatchObject({ code: 'signature', reason: 'no-trusted-key' });
      });

      it('rejects a trusted key whose configured keyid is not its own (keyid-mismatch)', async () => {
        const keyid = await keyIdOf(otherKeys.publicKey);
        const error = await rejection(
          verifyEnvelope(await envelope(goodManifest), { keys: [{ keyid, publicKey: keys.publicKey }] }),
        );
        expect(error).toMatchObject({ code: 'signature', reason: 'keyid-mismatch' });
      });

      it('rejects a valid signature moved onto other signed content (mix and match)', async () => {
        const [seven, eight] = await Promise.all([envelope(goodManifest), envelope({ ...goodManifest, version: 8 })]);
        const mixed = { signed: eight.signed, signatures: seven.signatures };
        expect(await rejection(verifyEnvelope(mixed))).toMatchObject({ reason: 'invalid' });
      });

      it('rejects a duplicate key in the file that JSON.parse would let win', async () => {
        const text = new TextDecoder().decode(fileOf(await envelope(goodManifest)));
        const doubled = text.replace('"version": 7,', '"version": 7, "version": 99,');
        expect(await rejection(verifyManifest(encode(doubled), trust(), noDetached))).toMatchObject({ reason: 'invalid' });
      });

      it('checks the signatures before it reads the manifest’s shape', async () => {
        const error = await rejection(verifyEnvelope(await envelope({ format: 'nonsense' }, [otherKeys])));
        expect(error).toBeInstanceOf(SignatureError);
      });
    });

    it('accepts enough trusted signatures among untrusted and broken ones', async () => {
      const signed = await envelope(goodManifest, [otherKeys, keys, thirdKeys]);
      const verified = await verifyEnvelope(signed, { keys: trusting(keys, thirdKeys), threshold: 2 });
      expect(verified.checks.map((check) => check.status)).toEqual(['untrusted', 'valid', 'valid']);
    });

    it('skips trusted key text that is not a key', async () => {
      const verified = await verifyEnvelope(await envelope(goodManifest), {
        keys: [{ publicKey: 'not a key' }, ...trusting(keys)],
      });
      expect(verified.manifest.version).toBe(7);
    });

    it('refuses an envelope of more signatures than the limit as malformed', async () => {
      const signed = await envelope(goodManifest);
      const padded = { ...signed, signatures: Array.from({ length: MAX_SIGNATURES + 1 }, () => signed.signatures[0]!) };
      expect(await rejection(verifyEnvelope(padded))).toBeInstanceOf(ManifestFormatError);
    });

    it('refuses an eske-feed/1 manifest wrapped in an envelope', async () => {
      expect(await rejection(verifyEnvelope(await envelope(legacyManifest)))).toBeInstanceOf(ManifestFormatError);
    });

    it('refuses signed JSON nested 100,000 deep without running out of stack', async () => {
      const deep = `{"signed":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"signatures":[]}`;
      const error = await rejection(verifyManifest(encode(deep), trust(), noDetached));
      expect(error).toBeInstanceOf(ManifestFormatError);
    });
  });

  describe('with an eske-feed/1 manifest and its manifest.sig', () => {
    const legacy = async (value: unknown, signer = keys) => {
      const bytes = encode(value);
      const signature = await signBytes(bytes, signer.privateKey);
      return { bytes, detached: () => Promise.resolve(signature) };
    };

    it('accepts it, asking for manifest.sig, and names the key that verified it', async () => {
      const { bytes, detached } = await legacy(legacyManifest);
      let asked = 0;
      const verified = await verifyManifest(bytes, trust(), () => (asked++, detached()));
      expect(asked).toBe(1);
      expect(verified).toMatchObject({ format: LEGACY_FEED_FORMAT, manifest: { version: 7 } });
      expect(verified.signatures).toEqual([{ keyid: await keyIdOf(keys.publicKey), sig: await detached() }]);
    });

    it('rejects it altered by one byte, or signed by a key that is not trusted', async () => {
      const { bytes, detached } = await legacy(legacyManifest);
      const altered = bytes.slice();
      altered[altered.indexOf('7'.charCodeAt(0))] = '8'.charCodeAt(0);
      expect(await rejection(verifyManifest(altered, trust(), detached))).toMatchObject({ reason: 'invalid' });
      const foreign = await legacy(legacyManifest, otherKeys);
      expect(await rejection(verifyManifest(foreign.bytes, trust(), foreign.detached))).toMatchObject({ reason: 'invalid' });
    });

    it('rejects it when kiosk-config needs more than one signature', async () => {
      const { bytes, detached } = await legacy(legacyManifest);
      const error = await rejection(verifyManifest(bytes, trust({ keys: trusting(keys, otherKeys), threshold: 2 }), detached));
      expect(error).toMatchObject({ code: 'signature', reason: 'threshold' });
    });

    it.each([
      ['not base64', '!!!'],
      ['too short', 'AAAA'],
      ['empty', ''],
    ])('rejects signature text that is %s', async (_, text) => {
      const { bytes } = await legacy(legacyManifest);
      const error = await rejection(verifyManifest(bytes, trust(), () => Promise.resolve(text)));
      expect(error).toMatchObject({ code: 'signature', reason: 'malformed' });
    });

    it('checks the signature before it reads the manifest’s shape', async () => {
      const { bytes, detached } = await legacy({ format: LEGACY_FEED_FORMAT, version: 0 }, otherKeys);
      expect(await rejection(verifyManifest(bytes, trust(), detached))).toBeInstanceOf(SignatureError);
    });

    it('names the key path of each problem of a signed manifest', async () => {
      const [first, ...rest] = legacyManifest.objects;
      const { bytes, detached } = await legacy({
        ...legacyManifest,
        version: 0,
        objects: [{ ...first, sha256: 'XYZ' }, ...rest],
      });
      const error = await rejection(verifyManifest(bytes, trust(), detached));
      expect(error).toBeInstanceOf(ManifestFormatError);
      const problems = (error as ManifestFormatError).problems;
      expect(problems.some((problem) => problem.startsWith('version:'))).toBe(true);
      expect(problems.some((problem) => problem.startsWith('objects[0].sha256:'))).toBe(true);
    });

    it('rejects a signed manifest without exactly one exhibit, timeline and testimonies object', async () => {
      const { bytes, detached } = await legacy({ ...legacyManifest, objects: legacyManifest.objects.slice(1) });
      const error = await rejection(verifyManifest(bytes, trust(), detached));
      expect((error as ManifestFormatError).problems).toEqual(['objects: expected exactly one "exhibit" object, found 0']);
    });
  });

  describe('when manifest.json is neither format', () => {
    it.each([
      ['text that is not JSON', encode('{ "format": ')],
      ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d])],
      ['a bare eske-feed/2 manifest', encode(goodManifest)],
      ['a JSON array', encode([1, 2])],
    ])('rejects %s, never asking for manifest.sig', async (_, bytes) => {
      expect(await rejection(verifyManifest(bytes, trust(), noDetached))).toBeInstanceOf(ManifestFormatError);
    });
  });

  describe('rollback (docs/design.md §5.1)', () => {
    it('rejects version 7 when version 8 of the same exhibit is installed', async () => {
      const error = await rejection(
        verifyEnvelope(await envelope(goodManifest), { installed: { exhibitId: 'alzhir', version: 8 } }),
      );
      expect(error).toBeInstanceOf(RollbackError);
      expect(error).toMatchObject({ code: 'rollback', installed: 8, offered: 7 });
    });

    it('reports the installed version offered again as up to date', async () => {
      const verified = await verifyEnvelope(await envelope(goodManifest), { installed: { exhibitId: 'alzhir', version: 7 } });
      expect(verified.upToDate).toBe(true);
    });

    it('judges versions within one exhibit: a kiosk moved to another accepts its lower version', async () => {
      const verified = await verifyEnvelope(await envelope(goodManifest), { installed: { exhibitId: 'karlag', version: 40 } });
      expect(verified).toMatchObject({ upToDate: false, manifest: { version: 7 } });
    });
  });

  it('rejects a feed of another exhibit', async () => {
    const error = await rejection(verifyEnvelope(await envelope(goodManifest), { exhibitId: 'karlag' }));
    expect(error).toBeInstanceOf(ExhibitMismatchError);
    expect(error).toMatchObject({ expected: 'karlag', actual: 'alzhir' });
  });

  describe('expiry (docs/design.md §5.1)', () => {
    const later = new Date('2026-06-01T00:00:00+05:00');

    it('rejects an expired update, naming the kiosk’s clock', async () => {
      const error = await rejection(
        verifyEnvelope(await envelope(goodManifest), { now: later, installed: { exhibitId: 'alzhir', version: 6 } }),
      );
      expect(error).toBeInstanceOf(ExpiredFeedError);
      expect(error).toMatchObject({ code: 'expired', expiresAt: goodManifest.expiresAt, kioskTime: later.toISOString() });
    });

    it.each([
      ['nothing is installed', null],
      ['another exhibit is installed', { exhibitId: 'karlag', version: 40 }],
      ['it is the installed version', { exhibitId: 'alzhir', version: 7 }],
    ])('accepts an expired manifest, flagged, when %s', async (_, installed) => {
      const verified = await verifyEnvelope(await envelope(goodManifest), { now: later, installed });
      expect(verified.expired).toBe(true);
    });
  });

  it('rejects a manifest over the size limit before checking anything else', async () => {
    const bytes = fileOf(await envelope(goodManifest));
    const error = await rejection(verifyManifest(bytes, trust({ maxManifestBytes: bytes.length - 1 }), noDetached));
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
