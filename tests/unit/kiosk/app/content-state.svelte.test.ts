import { beforeEach, describe, expect, it } from 'vitest';
import { contentState } from '../../../../src/kiosk/app/content-state.svelte.ts';
import type { ActiveContent } from '../../../../src/kiosk/storage/read-active-content.ts';

const version = (n: number) => ({ version: n }) as ActiveContent;

beforeEach(() => {
  contentState.shown = null;
  contentState.pending = null;
  contentState.pendingPrepared = false;
});

describe('contentState', () => {
  describe('#offer', () => {
    it('shows the first content at once', () => {
      contentState.offer(version(1));
      expect(contentState.shown?.version).toBe(1);
      expect(contentState.pending).toBeNull();
    });

    it('holds newer content as pending while other content is on screen', () => {
      contentState.offer(version(1));
      contentState.offer(version(2));
      expect(contentState.shown?.version).toBe(1);
      expect(contentState.pending?.version).toBe(2);
    });

    it('keeps the newest of several pending versions', () => {
      contentState.offer(version(1));
      contentState.offer(version(3));
      contentState.offer(version(2));
      expect(contentState.pending?.version).toBe(3);
    });

    it('ignores content not newer than what is on screen', () => {
      contentState.offer(version(2));
      contentState.offer(version(2));
      contentState.offer(version(1));
      expect(contentState.pending).toBeNull();
    });
  });

  describe('#applyPending', () => {
    it('puts the pending content on screen once its name index is prepared', () => {
      contentState.offer(version(1));
      contentState.offer(version(2));
      expect(contentState.applyPending()).toBe(false);
      expect(contentState.shown?.version).toBe(1);
      contentState.prepared(2);
      expect(contentState.applyPending()).toBe(true);
      expect(contentState.shown?.version).toBe(2);
      expect(contentState.pending).toBeNull();
    });

    it('waits again when a newer version replaces a prepared one', () => {
      contentState.offer(version(1));
      contentState.offer(version(2));
      contentState.prepared(2);
      contentState.offer(version(3));
      contentState.prepared(2);
      expect(contentState.applyPending()).toBe(false);
      contentState.prepared(3);
      expect(contentState.applyPending()).toBe(true);
      expect(contentState.shown?.version).toBe(3);
    });

    it('does nothing without pending content', () => {
      contentState.offer(version(1));
      expect(contentState.applyPending()).toBe(false);
      expect(contentState.shown?.version).toBe(1);
    });
  });

  describe('#forget', () => {
    it('takes shown and pending content off, so the same version shows again at once when it is back', () => {
      contentState.offer(version(1));
      contentState.offer(version(2));
      contentState.forget();
      expect(contentState.shown).toBeNull();
      expect(contentState.pending).toBeNull();
      contentState.offer(version(1));
      expect(contentState.shown?.version).toBe(1);
    });
  });
});
