// docs/design.md §5.2: an object is kept only if its size and SHA-256 match its manifest entry.

import { ObjectHashMismatchError, ObjectSizeMismatchError } from './errors.ts';
import type { ObjectEntry } from './manifest-schema.ts';
import { sha256Hex } from './sha256.ts';

export async function verifyObject(entry: Pick<ObjectEntry, 'sha256' | 'bytes' | 'name'>, bytes: Uint8Array): Promise<void> {
  const label = `${entry.name} (${entry.sha256.slice(0, 12)}…)`;
  // The size check comes first: it is free, and a truncated download is the common case.
  if (bytes.length !== entry.bytes) throw new ObjectSizeMismatchError(label, entry.bytes, bytes.length);
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256) throw new ObjectHashMismatchError(label, actual);
}
