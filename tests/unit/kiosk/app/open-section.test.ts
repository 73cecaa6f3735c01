import { beforeEach, describe, expect, it } from 'vitest';
import { openSection } from '../../../../src/kiosk/app/open-section.ts';
import { router } from '../../../../src/kiosk/app/router.svelte.ts';
import { language } from '../../../../src/kiosk/i18n/language.svelte.ts';
import { namesSearch } from '../../../../src/kiosk/names/names-search.svelte.ts';
import { placesMap } from '../../../../src/kiosk/places/places-map.svelte.ts';

describe('openSection', () => {
  beforeEach(() => {
    language.choose('kk');
    namesSearch.reset();
  });

  it('begins a new name search on the keyboard layout the visitor picked', () => {
    namesSearch.press('layout');
    const picked = namesSearch.layout;
    namesSearch.setQuery('seifullin');
    openSection('names');
    expect(router.route.screen).toBe('names');
    expect(namesSearch.query).toBe('');
    expect(namesSearch.layout).toBe(picked);
    expect(picked).not.toBe('kk');
  });

  it('shows the whole map again when Places is opened, after a zoom kept on the way back from a place', () => {
    const size = { width: 1200, height: 800 };
    const show = () =>
      placesMap.show(
        size,
        [
          [0, 0],
          [100, 50],
        ],
        [
          [-400, -200],
          [400, 200],
        ],
        1,
      );
    show();
    placesMap.zoomIn();
    openSection('places');
    expect(router.route.screen).toBe('places');
    show();
    expect(placesMap.zoom).toBe(1);
  });
});
