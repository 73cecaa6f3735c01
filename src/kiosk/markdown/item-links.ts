// Links between items of the exhibit as curators write them in Markdown (`[text](event:ID)`,
// docs/content-folder.md) and the route each opens. A kind the kiosk has no screen for
// yet stays plain text. No DOM.

import { ITEM_KINDS, type ItemKind } from '../../feed/content-schema.ts';
import type { Route } from '../app/routes.ts';

export interface ItemLink {
  kind: ItemKind;
  id: string;
}

const ROUTES: Partial<Record<ItemKind, (id: string) => Route>> = {
  event: (eventId) => ({ screen: 'event', eventId }),
  testimony: (testimonyId) => ({ screen: 'testimony', testimonyId }),
  record: (recordId) => ({ screen: 'record', recordId }),
};

const ITEM_HREF = new RegExp(`^(${ITEM_KINDS.join('|')}):(.+)$`);

/** The item an href names, or null for an outside link (or a kind with no screen). */
export function parseItemHref(href: string): ItemLink | null {
  const match = ITEM_HREF.exec(href.trim());
  if (!match) return null;
  const kind = match[1] as ItemKind;
  let id: string;
  try {
    // marked percent-encodes an href; a register id may hold characters that need it.
    id = decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
  return ROUTES[kind] ? { kind, id } : null;
}

/** The route an item link opens; null for a kind this kiosk cannot open. */
export function itemRoute(kind: string, id: string): Route | null {
  return (ITEM_KINDS as readonly string[]).includes(kind) ? (ROUTES[kind as ItemKind]?.(id) ?? null) : null;
}
