// Checks a feed folder the way a kiosk would (docs/design.md §5): the manifest with verifyManifest,
// every object with verifyObject and, for JSON, the schema of its role. Then what a kiosk
// would trip over later: documents naming objects the feed lacks, and register shards that
// do not add up. Collects every failure instead of stopping at the first.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NamesShard } from '../../feed/content-schema.ts';
import { FeedError, ObjectFormatError } from '../../feed/errors.ts';
import { objectPath, type Manifest, type ObjectEntry } from '../../feed/manifest-schema.ts';
import { isDocumentRole, parseDocument } from '../../feed/parse-document.ts';
import { verifyManifest } from '../../feed/verify-manifest.ts';
import { verifyObject } from '../../feed/verify-object.ts';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../build/feed-folder.ts';
import { describeFsError } from '../cli-error.ts';
import { checkRegisterShards, type ShardSummary } from './check-register-shards.ts';

export interface FeedCheck {
  /** Null when the manifest itself was refused. */
  manifest: Manifest | null;
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

async function readManifestFiles(feedDir: string, failures: string[]) {
  try {
    return {
      bytes: await readFile(path.join(feedDir, MANIFEST_FILE)),
      signature: await readFile(path.join(feedDir, SIGNATURE_FILE), 'utf8'),
    };
  } catch (error) {
    failures.push(`${(error as { path?: string }).path ?? feedDir}: ${describeFsError(error)}`);
    return null;
  }
}

export async function verifyFeed(feedDir: string, trustedKeys: readonly string[], now: Date): Promise<FeedCheck> {
  const check: FeedCheck = { manifest: null, failures: [], records: 0, totalBytes: 0 };
  const files = await readManifestFiles(feedDir, check.failures);
  if (!files) return check;
  try {
    check.manifest = await verifyManifest(files.bytes, files.signature, {
      trustedKeys,
      installedVersion: null,
      exhibitId: null,
      now,
    });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    check.failures.push(error.message);
    return check;
  }

  const referenced = new Set<string>();
  const shards: ShardSummary[] = [];
  for (const entry of check.manifest.objects) {
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

  const media = new Set(check.manifest.objects.filter((entry) => entry.role === 'media').map((entry) => entry.sha256));
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
