// Links between items of the exhibit as curators write them in Markdown (`[text](event:ID)`,
// docs/content-folder.md) and the route each opens. No DOM.

import { ITEM_KINDS, type ItemKind } from '../../feed/content-schema.ts';
import type { Route } from '../app/routes.ts';

export interface ItemLink {
  kind: ItemKind;
  id: string;
}

const ROUTES: Record<ItemKind, (id: string) => Route> = {
  event: (eventId) => ({ screen: 'event', eventId }),
  testimony: (testimonyId) => ({ screen: 'testimony', testimonyId }),
  record: (recordId) => ({ screen: 'record', recordId }),
  place: (placeId) => ({ screen: 'place', placeId }),
};

const ITEM_HREF = new RegExp(`^(${ITEM_KINDS.join('|')}):(.+)$`);

/** The item an href names, or null for an outside link. */
export function parseItemHref(href: string): ItemLink | null {
  const match = ITEM_HREF.exec(href.trim());
  if (!match) return null;
  const kind = match[1] as ItemKind;
  let id: string;
  try {
    // A register id with a space or the like is written percent-encoded, as links are.
    id = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  return { kind, id };
}

/** The route an item link opens; null for a kind that is not an item's. */
export function itemRoute(kind: string, id: string): Route | null {
  return (ITEM_KINDS as readonly string[]).includes(kind) ? ROUTES[kind as ItemKind](id) : null;
}
