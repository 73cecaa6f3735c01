import { describe, expect, it } from 'vitest';
import { feedTargetFromConfig } from '../../../../src/kiosk/sync/feed-target.ts';

const config = { trustedKeys: ['key'], signatureThreshold: 1, exhibitId: undefined };

describe('feedTargetFromConfig', () => {
  it('resolves a relative feedUrl against the app address', () => {
    expect(feedTargetFromConfig({ ...config, feedUrl: 'feed/' }, 'http://localhost:4173/index.html').feedUrl).toBe(
      'http://localhost:4173/feed/',
    );
  });

  it('treats a feedUrl without a trailing slash as a folder', () => {
    expect(feedTargetFromConfig({ ...config, feedUrl: 'https://cdn.example/alzhir' }, 'http://localhost/').feedUrl).toBe(
      'https://cdn.example/alzhir/',
    );
  });

  it('gives a null exhibitId when the config has none', () => {
    expect(feedTargetFromConfig({ ...config, feedUrl: 'feed/' }, 'http://localhost/').exhibitId).toBeNull();
    expect(feedTargetFromConfig({ ...config, feedUrl: 'feed/', exhibitId: 'alzhir' }, 'http://localhost/').exhibitId).toBe(
      'alzhir',
    );
  });

  it('reads plain keys and keys with ids, and the threshold', () => {
    const keyid = 'a'.repeat(64);
    const target = feedTargetFromConfig(
      { feedUrl: 'feed/', trustedKeys: [' old ', { keyid, publicKey: 'new' }], signatureThreshold: 2, exhibitId: undefined },
      'http://localhost/',
    );
    expect(target.trust).toEqual({ keys: [{ publicKey: 'old' }, { keyid, publicKey: 'new' }], threshold: 2 });
  });
});
