// Brings the editor's input for a Check problem's field into view and focuses it: the field
// itself, else the nearest field above it that the editor shows (a problem about `title.kz`, a
// language the exhibit has not, lands on `title`). DOM only through the root it is given.

import type { FieldLocation } from '../protocol/studio-protocol.ts';
import { pathKey } from './front-path.ts';

export function focusField(root: ParentNode, location: FieldLocation): void {
  const keys =
    'section' in location
      ? [`section.${location.section}`]
      : location.path.map((_, index) => pathKey(location.path.slice(0, location.path.length - index)));
  for (const key of keys) {
    const element = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`);
    if (!element) continue;
    element.scrollIntoView({ block: 'center' });
    const input = element.matches('input, textarea, select, button')
      ? element
      : element.querySelector<HTMLElement>('input, textarea, select, button');
    input?.focus();
    return;
  }
}
