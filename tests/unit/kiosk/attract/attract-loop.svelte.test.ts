import { describe, expect, it } from 'vitest';
import { AttractLoop, SLIDE_MS } from '../../../../src/kiosk/attract/attract-loop.svelte.ts';
import { ManualTimers } from '../manual-timers.ts';

function loop(): { attract: AttractLoop; timers: ManualTimers } {
  const timers = new ManualTimers();
  return { attract: new AttractLoop(timers), timers };
}

describe('AttractLoop', () => {
  describe('#start', () => {
    it('shows the first slide with none beneath it', () => {
      const { attract } = loop();
      attract.start(() => 3);
      expect(attract.active).toBe(true);
      expect(attract.index).toBe(0);
      expect(attract.previous).toBeNull();
    });

    it('does not start for an exhibit without slides', () => {
      const { attract, timers } = loop();
      attract.start(() => 0);
      expect(attract.active).toBe(false);
      expect(timers.pending.size).toBe(0);
    });

    it('runs on from the slide on show when started again', async () => {
      const { attract, timers } = loop();
      attract.start(() => 3);
      await timers.advance(SLIDE_MS);
      attract.start(() => 3);
      expect(attract.index).toBe(1);
      expect(timers.pending.size).toBe(1);
    });
  });

  describe('when time passes', () => {
    it('changes slide every SLIDE_MS and not before', async () => {
      const { attract, timers } = loop();
      attract.start(() => 3);
      await timers.advance(SLIDE_MS - 1);
      expect(attract.index).toBe(0);
      await timers.advance(1);
      expect(attract.index).toBe(1);
      expect(attract.previous).toBe(0);
    });

    it('goes round to the first slide after the last', async () => {
      const { attract, timers } = loop();
      attract.start(() => 3);
      await timers.advance(3 * SLIDE_MS);
      expect(attract.index).toBe(0);
      expect(attract.previous).toBe(2);
    });

    it('keeps a single slide on show without a fade', async () => {
      const { attract, timers } = loop();
      attract.start(() => 1);
      await timers.advance(2 * SLIDE_MS);
      expect(attract.index).toBe(0);
      expect(attract.previous).toBeNull();
    });

    it('follows content that switched to fewer slides', async () => {
      const { attract, timers } = loop();
      let count = 5;
      attract.start(() => count);
      await timers.advance(3 * SLIDE_MS);
      count = 2;
      await timers.advance(SLIDE_MS);
      expect(attract.index).toBe(0);
    });

    it('ends when the content switched to one without slides', async () => {
      const { attract, timers } = loop();
      let count = 2;
      attract.start(() => count);
      count = 0;
      await timers.advance(SLIDE_MS);
      expect(attract.active).toBe(false);
      expect(timers.pending.size).toBe(0);
    });
  });

  describe('#stop', () => {
    it('ends the loop and its timer, and the next start begins at the first slide', async () => {
      const { attract, timers } = loop();
      attract.start(() => 3);
      await timers.advance(SLIDE_MS);
      attract.stop();
      expect(attract.active).toBe(false);
      expect(timers.pending.size).toBe(0);
      attract.start(() => 3);
      expect(attract.index).toBe(0);
    });
  });
});
