import { describe, expect, it } from 'vitest';
import { hasVisitorState, type VisitorState } from '../../../../src/kiosk/app/visitor-state.ts';
import { NO_FILTERS } from '../../../../src/kiosk/names/name-filters.ts';

/** An untouched kiosk: home, in its default language, as every visitor finds it. */
const untouched: VisitorState = {
  route: { screen: 'home' },
  language: 'kk',
  defaultLanguage: 'kk',
  textSize: 0,
  highContrast: false,
  search: { query: '', filters: NO_FILTERS, layoutPicked: false },
  player: { status: 'empty', rate: 1, volume: 0.8, initialVolume: 0.8 },
  viewerOpen: false,
  pinPromptOpen: false,
  timelineMoved: false,
  mapMoved: false,
};

describe('hasVisitorState', () => {
  it('finds nothing to reset on an untouched home screen', () => {
    expect(hasVisitorState(untouched)).toBe(false);
  });

  it('finds nothing in filters put back one by one to none', () => {
    const cleared = { decades: null, place: null, fate: null };
    expect(hasVisitorState({ ...untouched, search: { ...untouched.search, filters: cleared } })).toBe(false);
  });

  const traces: [string, Partial<VisitorState>][] = [
    ['another screen', { route: { screen: 'timeline' } }],
    ['the technician panel', { route: { screen: 'technician' } }],
    ['a language other than the default', { language: 'en' }],
    ['a larger text size', { textSize: 1 }],
    ['high contrast', { highContrast: true }],
    ['a typed name', { search: { ...untouched.search, query: 'абай' } }],
    ['a place filter', { search: { ...untouched.search, filters: { ...NO_FILTERS, place: 'Алматы' } } }],
    ['a decade filter', { search: { ...untouched.search, filters: { ...NO_FILTERS, decades: { from: 1890, to: 1900 } } } }],
    ['a keyboard layout the visitor chose', { search: { ...untouched.search, layoutPicked: true } }],
    ['a recording opened, paused or ended', { player: { ...untouched.player, status: 'paused' } }],
    ['a playback speed', { player: { ...untouched.player, rate: 1.25 } }],
    ['a volume turned', { player: { ...untouched.player, volume: 0.5 } }],
    ['the image viewer open', { viewerOpen: true }],
    ['the PIN prompt open', { pinPromptOpen: true }],
    ['a timeline event to come back to', { timelineMoved: true }],
    ['a zoomed or panned map', { mapMoved: true }],
  ];
  it.each(traces)('finds something to reset after %s', (_, change) => {
    expect(hasVisitorState({ ...untouched, ...change })).toBe(true);
  });
});
