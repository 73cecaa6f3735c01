// The objects of a build, hashed but not yet written: each keeps a way to make its bytes again,
// so large media and register shards are not held in memory until the feed is written.

import type { ObjectEntry, ObjectRole } from '../../feed/manifest-schema.ts';
import { sha256Hex } from '../../feed/sha256.ts';
import type { PlannedObject } from './publish-feed.ts';

export const JSON_TYPE = 'application/json';

export class ObjectPlan {
  readonly objects: PlannedObject[] = [];

  get entries(): ObjectEntry[] {
    return this.objects.map((object) => object.entry);
  }

  async add(
    role: ObjectRole,
    name: string,
    type: ObjectEntry['type'],
    bytes: Uint8Array,
    load: () => Promise<Uint8Array>,
    records?: number,
  ): Promise<string> {
    const entry: ObjectEntry = {
      sha256: await sha256Hex(bytes),
      bytes: bytes.length,
      type,
      role,
      name,
      ...(records !== undefined && { records }),
    };
    // Two content files with the same bytes are one object.
    if (!this.objects.some((other) => other.entry.sha256 === entry.sha256)) this.objects.push({ entry, load });
    return entry.sha256;
  }

  /** Drops the objects whose SHA-256 `keep` refuses (media that no published item uses). */
  retain(keep: (sha256: string) => boolean): void {
    const kept = this.objects.filter((object) => keep(object.entry.sha256));
    this.objects.splice(0, this.objects.length, ...kept);
  }

  /** A small document, kept in memory until it is written. */
  addJson(role: ObjectRole, bytes: Uint8Array): Promise<string> {
    return this.add(role, role, JSON_TYPE, bytes, () => Promise.resolve(bytes));
  }
}
