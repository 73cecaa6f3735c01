// Finds and checks this kiosk's settings at start-up: `?kiosk=ID` picks kiosk-config/ID.json
// (default `default`). Every way it can fail becomes a ConfigFailure that names the file and
// each wrong key, for the technician's error screen. DOM-free: fetch, base URL and the memory
// of the last good copy come in.

import { parseJsonText, parseWithSchema, type Checked } from '../../feed/parse-with-schema.ts';
import { kioskConfigSchema, type KioskConfig } from '../config/kiosk-config-schema.ts';

export const DEFAULT_KIOSK_ID = 'default';
/** Ids become file names; nothing that could climb out of kiosk-config/ or need escaping. */
export const KIOSK_ID_PATTERN = /^[a-z0-9-]{1,64}$/;

export type ConfigFailureReason = 'bad-id' | 'unreadable' | 'invalid';

export interface ConfigFailure {
  /** The file the technician has to look at (or the id that could not be one). */
  file: string;
  reason: ConfigFailureReason;
  /** One line per problem; for `invalid`, each starts with the key path. */
  problems: string[];
}

export type ConfigLoad =
  { ok: true; id: string; file: string; config: KioskConfig; fromMemory: boolean } | { ok: false; failure: ConfigFailure };

/**
 * The last good config text per kiosk id. A kiosk that starts with the network down uses it:
 * the service worker's copy exists only for requests it saw, and it does not see the very
 * first start.
 */
export interface ConfigMemory {
  read(id: string): string | null;
  write(id: string, text: string): void;
}

export type FetchText = (url: string, init: RequestInit) => Promise<Response>;

export function configFileOf(id: string): string {
  return `kiosk-config/${id}.json`;
}

/** The kiosk id from the page's query string; an empty `?kiosk=` means the default. */
export function kioskIdFromSearch(search: string): { ok: true; id: string } | { ok: false; failure: ConfigFailure } {
  const raw = new URLSearchParams(search).get('kiosk') ?? '';
  const id = raw === '' ? DEFAULT_KIOSK_ID : raw;
  if (KIOSK_ID_PATTERN.test(id)) return { ok: true, id };
  return {
    ok: false,
    failure: { file: `?kiosk=${raw}`, reason: 'bad-id', problems: [`"${raw}" is not a kiosk id (allowed: a–z, 0–9, -)`] },
  };
}

/** Fetches and validates kiosk-config/<id>.json, resolved against `baseUrl` (the app's address). */
export async function loadKioskConfig(id: string, fetch: FetchText, baseUrl: string, memory?: ConfigMemory): Promise<ConfigLoad> {
  const file = configFileOf(id);
  const fail = (reason: ConfigFailureReason, problems: string[]): ConfigLoad => ({
    ok: false,
    failure: { file, reason, problems },
  });

  let text: string;
  try {
    // no-cache: a technician's edit counts at the next start.
    const response = await fetch(new URL(file, baseUrl).href, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return fail('unreadable', [`HTTP ${response.status} ${response.statusText}`.trim()]);
    // A static host that answers every unknown path with the app's index.html says 200.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return fail('unreadable', ['the server sent an HTML page, so the file is probably missing']);
    }
    text = await response.text();
  } catch (error) {
    // No answer at all (offline): the last good copy, if this kiosk ever had one. An answer
    // such as 404 is the host's word and is shown, so a removed config is noticed.
    const remembered = memory?.read(id);
    if (remembered) {
      const checked = checkConfigText(remembered);
      if (checked.ok) return { ok: true, id, file, config: checked.value, fromMemory: true };
    }
    return fail('unreadable', [error instanceof Error ? error.message : String(error)]);
  }

  const checked = checkConfigText(text);
  if (!checked.ok) return fail('invalid', checked.problems);
  memory?.write(id, text);
  return { ok: true, id, file, config: checked.value, fromMemory: false };
}

function checkConfigText(text: string): Checked<KioskConfig> {
  const json = parseJsonText(text);
  return json.ok ? parseWithSchema(kioskConfigSchema, json.value) : json;
}
