import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEvent, Testimony } from '../../../../src/feed/content-schema.ts';
import { router } from '../../../../src/kiosk/app/router.svelte.ts';

beforeEach(() => router.reset());

describe('router', () => {
  it('starts at home with no way back', () => {
    expect(router.route).toEqual({ screen: 'home' });
    expect(router.canGoBack).toBe(false);
  });

  describe('#open', () => {
    it('goes back to the page a detail page was opened from', () => {
      router.section('timeline');
      router.open({ screen: 'event', eventId: 'e1' });
      router.open({ screen: 'record', recordId: 'r1' });
      router.back();
      expect(router.route).toEqual({ screen: 'event', eventId: 'e1' });
      router.back();
      expect(router.route).toEqual({ screen: 'timeline' });
    });
  });

  describe('#replace', () => {
    it('shows another page in the current one’s place, so back leads where it did', () => {
      router.section('timeline');
      router.open({ screen: 'event', eventId: 'e1' });
      router.replace({ screen: 'event', eventId: 'e2' });
      router.replace({ screen: 'event', eventId: 'e3' });
      expect(router.route).toEqual({ screen: 'event', eventId: 'e3' });
      router.back();
      expect(router.route).toEqual({ screen: 'timeline' });
    });
  });

  describe('#section', () => {
    it('starts a fresh trail', () => {
      router.open({ screen: 'event', eventId: 'e1' });
      router.section('names');
      expect(router.canGoBack).toBe(false);
      router.back();
      expect(router.route).toEqual({ screen: 'home' });
    });
  });

  describe('#keepValid', () => {
    const content = {
      exhibit: {
        sections: ['timeline', 'testimonies', 'names'] as ('timeline' | 'testimonies' | 'names')[],
        places: [],
        keywords: [],
      },
      timeline: { events: [{ id: 'kept' } as TimelineEvent] },
      testimonies: { testimonies: [] as Testimony[] },
    };

    it('leaves a page that still exists', () => {
      router.section('timeline');
      router.open({ screen: 'event', eventId: 'kept' });
      router.keepValid(content);
      expect(router.route).toEqual({ screen: 'event', eventId: 'kept' });
    });

    it('steps back from a page the new content removed', () => {
      router.section('timeline');
      router.open({ screen: 'event', eventId: 'removed' });
      router.keepValid(content);
      expect(router.route).toEqual({ screen: 'timeline' });
    });

    it('drops removed pages from the way back', () => {
      router.section('timeline');
      router.open({ screen: 'event', eventId: 'removed' });
      router.open({ screen: 'record', recordId: 'r1' });
      router.keepValid(content);
      router.back();
      expect(router.route).toEqual({ screen: 'timeline' });
    });
  });
});
