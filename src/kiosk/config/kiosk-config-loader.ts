// Finds and checks this kiosk's settings at start-up: `?kiosk=ID` picks kiosk-config/ID.json
// (default `default`). Every way it can fail becomes a ConfigFailure that names the file and
// its problems by code, for the technician's error screen. DOM-free: fetch, base URL and the
// memory of the last good copy come in.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { checkKioskConfig } from './check-kiosk-config.ts';
import { ConfigProblem } from './config-problem.ts';

export const DEFAULT_KIOSK_ID = 'default';
/** Ids become file names; nothing that could climb out of kiosk-config/ or need escaping. */
export const KIOSK_ID_PATTERN = /^[a-z0-9-]{1,64}$/;

export type ConfigFailureReason = 'bad-id' | 'unreadable' | 'invalid';

export interface ConfigFailure {
  /** The file the technician has to look at (or the id that could not be one). */
  file: string;
  reason: ConfigFailureReason;
  problems: ConfigProblem[];
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
    failure: { file: `?kiosk=${raw}`, reason: 'bad-id', problems: [new ConfigProblem('bad-id', { id: raw })] },
  };
}

/** Fetches and validates kiosk-config/<id>.json, resolved against `baseUrl` (the app's address). */
export async function loadKioskConfig(id: string, fetch: FetchText, baseUrl: string, memory?: ConfigMemory): Promise<ConfigLoad> {
  const file = configFileOf(id);
  const fail = (reason: ConfigFailureReason, problems: ConfigProblem[]): ConfigLoad => ({
    ok: false,
    failure: { file, reason, problems },
  });

  let text: string;
  try {
    // no-cache: a technician's edit counts at the next start.
    const response = await fetch(new URL(file, baseUrl).href, { cache: 'no-cache', credentials: 'omit' });
    if (!response.ok) return fail('unreadable', [httpProblem(response)]);
    // A static host that answers every unknown path with the app's index.html says 200.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      return fail('unreadable', [new ConfigProblem('html-page', {})]);
    }
    text = await response.text();
  } catch (error) {
    // No answer at all (offline): the last good copy, if this kiosk ever had one. An answer
    // such as 404 is the host's word and is shown, so a removed config is noticed.
    const remembered = memory?.read(id);
    if (remembered) {
      const checked = checkKioskConfig(remembered);
      if (checked.ok) return { ok: true, id, file, config: checked.config, fromMemory: true };
    }
    return fail('unreadable', [new ConfigProblem('network', { detail: error instanceof Error ? error.message : String(error) })]);
  }

  const checked = checkKioskConfig(text);
  if (!checked.ok) return fail('invalid', checked.problems);
  memory?.write(id, text);
  return { ok: true, id, file, config: checked.config, fromMemory: false };
}

/** 404 and 410 are the host saying the file is not there; anything else is the host's trouble. */
function httpProblem({ status, statusText }: Response): ConfigProblem {
  return status === 404 || status === 410
    ? new ConfigProblem('file-missing', { status })
    : new ConfigProblem('http-error', { status, statusText });
}
