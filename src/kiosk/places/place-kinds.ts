// The four kinds of place (`PLACE_KINDS` of the feed): each has its own mark shape, so the map, the
// legend and the list tell them apart without relying on colour, and its name in the UI
// strings. No DOM.

import type { PlaceKind } from '../../feed/content-schema.ts';
import type { UiTextKey } from '../i18n/ui-strings.ts';

/** SVG path data in a 24 × 24 box, centred on 12,12. */
export const KIND_SHAPES: Readonly<Record<PlaceKind, string>> = {
  camp: 'M4 4h16v16H4z',
  'special-settlement': 'M12 2.5 22.5 21h-21z',
  'execution-site': 'M12 1.5 22.5 12 12 22.5 1.5 12z',
  memorial: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z',
};

export const KIND_LABELS: Readonly<Record<PlaceKind, UiTextKey>> = {
  camp: 'placeKindCamp',
  'special-settlement': 'placeKindSpecialSettlement',
  'execution-site': 'placeKindExecutionSite',
  memorial: 'placeKindMemorial',
};
