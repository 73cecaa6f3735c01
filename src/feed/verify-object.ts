// docs/design.md §5.2: an object is kept only if its size and SHA-256 match its manifest entry.
// Bytes in hand are checked here; a stream as it arrives by object-verifier.ts, with the same checks.

import { ObjectHashMismatchError, ObjectSizeMismatchError } from './errors.ts';
import type { ObjectEntry } from './manifest-schema.ts';
import { sha256Hex } from './sha256.ts';

export type VerifiedEntry = Pick<ObjectEntry, 'sha256' | 'bytes' | 'name'>;

export async function verifyObject(entry: VerifiedEntry, bytes: Uint8Array): Promise<void> {
  // The size check comes first: it is free, and a truncated download is the common case.
  checkObjectSize(entry, bytes.length);
  checkObjectHash(entry, await sha256Hex(bytes));
}

function label(entry: VerifiedEntry): string {
  return `${entry.name} (${entry.sha256.slice(0, 12)}…)`;
}

export function checkObjectSize(entry: VerifiedEntry, actual: number): void {
  if (actual !== entry.bytes) throw new ObjectSizeMismatchError(label(entry), entry.bytes, actual);
}

export function checkObjectHash(entry: VerifiedEntry, actual: string): void {
  if (actual !== entry.sha256) throw new ObjectHashMismatchError(label(entry), actual);
}
