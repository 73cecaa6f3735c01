// Checks a feed folder the way a kiosk would (docs/design.md §5): the manifest with verifyManifest,
// every object with verifyObject and, for JSON, the schema of its role. Then what a kiosk
// would trip over later: documents naming objects the feed lacks, and register shards that
// do not add up. Collects every failure instead of stopping at the first.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NamesShard } from '../../feed/content-schema.ts';
import { FeedError, ObjectFormatError, SignatureError, type SignatureCheck } from '../../feed/errors.ts';
import { LEGACY_SIGNATURE_FILE, MANIFEST_FILE } from '../../feed/manifest-envelope.ts';
import { objectPath, type FeedFormat, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { isDocumentRole, parseDocument } from '../../feed/parse-document.ts';
import type { FeedTrust } from '../../feed/trust-config.ts';
import { verifyManifest } from '../../feed/verify-manifest.ts';
import { verifyObject } from '../../feed/verify-object.ts';
import { CliError, describeFsError } from '../cli-error.ts';
import { checkRegisterShards, type ShardSummary } from './check-register-shards.ts';

export interface FeedCheck {
  /** Null when the manifest itself was refused. */
  manifest: Manifest | null;
  /** Null when manifest.json could not be read as either format. */
  format: FeedFormat | null;
  /** What became of each signature, when they were checked (docs/design.md §5.1). */
  signatures: readonly SignatureCheck[];
  failures: string[];
  records: number;
  totalBytes: number;
}

/** Every `media`/`object`/transcript SHA-256 a document names, found by key wherever it sits. */
function referencedHashes(value: unknown, found: Set<string>, key = ''): void {
  if (typeof value === 'string') {
    if (/^[0-9a-f]{64}$/.test(value) && (key === 'media' || key === 'object' || key.startsWith('transcript'))) found.add(value);
  } else if (Array.isArray(value)) value.forEach((item) => referencedHashes(item, found, key));
  else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value))
      referencedHashes(child, found, key === 'transcripts' ? 'transcript' : childKey);
  }
}

async function readFeedFile(feedDir: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path.join(feedDir, name));
  } catch (error) {
    throw new CliError('verify.unreadable', `${path.join(feedDir, name)}: ${describeFsError(error)}`);
  }
}

export async function verifyFeed(feedDir: string, trust: FeedTrust, now: Date): Promise<FeedCheck> {
  const check: FeedCheck = { manifest: null, format: null, signatures: [], failures: [], records: 0, totalBytes: 0 };
  let manifest: Manifest;
  try {
    const verified = await verifyManifest(
      await readFeedFile(feedDir, MANIFEST_FILE),
      { ...trust, installed: null, exhibitId: null, now },
      async () => (await readFeedFile(feedDir, LEGACY_SIGNATURE_FILE)).toString('utf8'),
    );
    ({ manifest } = verified);
    check.format = verified.format;
    check.signatures = verified.checks;
    // Accepted on a first install only, so that a wrong kiosk clock never blanks a kiosk; any
    // kiosk that has a version of this exhibit refuses it, so the feed needs publishing again.
    if (verified.expired) check.failures.push(`manifest expired at ${manifest.expiresAt}: kiosks refuse it as an update`);
  } catch (error) {
    if (error instanceof CliError) {
      check.failures.push(error.message);
      return check;
    }
    if (!(error instanceof FeedError)) throw error;
    if (error instanceof SignatureError) check.signatures = error.checks;
    check.failures.push(error.message);
    return check;
  }
  check.manifest = manifest;

  const referenced = new Set<string>();
  const shards: ShardSummary[] = [];
  for (const entry of manifest.objects) {
    const bytes = await readObject(feedDir, entry, check.failures);
    if (!bytes) continue;
    check.totalBytes += bytes.length;
    const role = entry.role;
    if (!isDocumentRole(role)) continue;
    if (entry.type !== 'application/json') {
      check.failures.push(`${entry.name}: a ${role} object must be application/json, not ${entry.type}`);
      continue;
    }
    let document;
    try {
      document = await parseDocument(role, entry, new TextDecoder().decode(bytes));
    } catch (error) {
      if (!(error instanceof ObjectFormatError)) throw error;
      check.failures.push(`${entry.name}: not a valid ${role} document: ${error.problems.slice(0, 5).join('; ')}`);
      continue;
    }
    if (role === 'names') shards.push({ entry, shard: document as NamesShard });
    else referencedHashes(document, referenced);
  }

  const media = new Set(manifest.objects.filter((entry) => entry.role === 'media').map((entry) => entry.sha256));
  for (const sha256 of referenced) {
    if (!media.has(sha256))
      check.failures.push(`a document names object ${sha256.slice(0, 12)}…, which is not a media object of this manifest`);
  }
  check.records = checkRegisterShards(shards, check.failures);
  return check;
}

async function readObject(feedDir: string, entry: ObjectEntry, failures: string[]): Promise<Uint8Array | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(feedDir, objectPath(entry)));
  } catch (error) {
    failures.push(`${entry.name}: ${objectPath(entry)}: ${describeFsError(error)}`);
    return null;
  }
  try {
    await verifyObject(entry, bytes);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    failures.push(error.message);
    return null;
  }
  return bytes;
}
