// The address of a record on the museum's own website, from kiosk-config's `recordUrlTemplate`
// (docs/design.md §6.1): the record page shows it as a QR code a visitor can take home. No DOM.

/** What stands for the record id in a template. */
export const RECORD_ID_PLACEHOLDER = '{id}';

/**
 * The template with every `{id}` replaced by the record id, percent-encoded so that an id with
 * `/`, `?`, `#`, spaces or Cyrillic letters stays one path segment or query value. Null for an id
 * no URL can carry (a lone UTF-16 surrogate, which only a damaged register holds).
 */
export function recordUrl(template: string, id: string): string | null {
  let encoded: string;
  try {
    encoded = encodeURIComponent(id);
  } catch {
    return null;
  }
  return template.replaceAll(RECORD_ID_PLACEHOLDER, encoded);
}
