import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Testimony } from '../../../../src/feed/content-schema.ts';
import { configureErrorHandling } from '../../../../src/kiosk/app/handle-error.ts';
import { testimonyPlayer } from '../../../../src/kiosk/player/testimony-player.svelte.ts';
import { transcript } from '../../../../src/kiosk/player/transcript.svelte.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';
import type { LogLine } from '../../../../src/kiosk/storage/technician-log.ts';

/** Content whose store has lost every object it lists. */
const emptyStore = {
  version: 1,
  manifest: { objects: [] },
  exhibit: { defaultLanguage: 'kk' },
  mediaBlob: async () => null,
} as unknown as ActiveContent;

const testimony = {
  id: 't01',
  media: { kind: 'audio', object: 'a'.repeat(64) },
  transcripts: { kk: 'b'.repeat(64) },
} as unknown as Testimony;

let logged: LogLine[];

beforeEach(() => {
  logged = [];
  vi.spyOn(console, 'error').mockImplementation(() => {});
  configureErrorHandling({ log: async (line) => void logged.push(line) });
});

afterEach(() => {
  testimonyPlayer.stop();
  transcript.clear();
  vi.restoreAllMocks();
  configureErrorHandling({ log: async () => {} });
});

describe('testimonyPlayer', () => {
  describe('#load', () => {
    it('shows a recording missing from the store as unavailable and logs stored-content-missing', async () => {
      await testimonyPlayer.load(emptyStore, testimony);
      expect(testimonyPlayer.status).toBe('unavailable');
      expect(logged.map((line) => line.code)).toEqual(['stored-content-missing']);
    });
  });
});

describe('transcript', () => {
  describe('#load', () => {
    it('says a transcript missing from the store is missing and logs stored-content-missing', async () => {
      await transcript.load(emptyStore, testimony, 'kk');
      expect(transcript.status).toBe('missing');
      expect(logged.map((line) => line.code)).toEqual(['stored-content-missing']);
    });
  });
});
