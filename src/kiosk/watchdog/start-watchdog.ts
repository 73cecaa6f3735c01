// Puts the watchdog to work (docs/design.md §6.6): gives it this kiosk's settings and clocks,
// counts the errors the visitor met through the handleError funnel, and reloads for it: the
// reason is remembered and written to the technician log first, then the page reloads.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { configureErrorHandling } from '../app/handle-error.ts';
import { readJsHeap } from '../app/js-heap.ts';
import { reloadKiosk } from '../app/reload-kiosk.ts';
import { router } from '../app/router.svelte.ts';
import { idleManager } from '../behaviour/idle-manager.svelte.ts';
import { testimonyPlayer } from '../player/testimony-player.svelte.ts';
import { scheduleManager } from '../schedule/schedule-manager.svelte.ts';
import type { LogLine } from '../storage/technician-log.ts';
import { localReloadMemory } from './reload-memory.ts';
import { describeReason, type ReloadReason } from './reload-reason.ts';
import { Watchdog } from './watchdog.ts';

/** The log line may take this long before the reload goes ahead without it: a stuck store must not keep a broken page. */
const LOG_WAIT_MS = 3000;

export function startWatchdog(config: KioskConfig, log: (line: LogLine) => Promise<void>): () => void {
  const writeLog = (line: LogLine) =>
    log(line).catch((error: unknown) => console.error('[eske] could not write the technician log:', error));
  const settings = config.watchdog;
  const watchdog = new Watchdog({
    settings,
    timeZone: config.timeZone,
    lastReloadAt: localReloadMemory.read()?.at ?? null,
    // A visit lasts until the idle reset: home, untouched for idleSeconds, nothing playing, no minute of silence.
    isVisiting: () =>
      router.route.screen !== 'home' ||
      !idleManager.isQuiet(config.idleSeconds * 1000) ||
      testimonyPlayer.isPlaying ||
      scheduleManager.shown === 'silence',
    readHeapBytes: () => readJsHeap()?.usedBytes ?? null,
    isHidden: () => document.visibilityState === 'hidden',
    reload: (reason) => void reloadFor(reason, writeLog),
    onHeld: (reason, lastReloadAt) =>
      void writeLog({
        level: 'warn',
        code: 'watchdog-held',
        message: `${describeReason(reason)}; not reloaded: the watchdog reloaded at ${new Date(lastReloadAt).toISOString()}, less than ${settings.minMinutesBetweenReloads} min ago`,
      }),
  });
  configureErrorHandling({ count: () => watchdog.noticeError() });
  return watchdog.start();
}

async function reloadFor(reason: ReloadReason, writeLog: (line: LogLine) => Promise<void>): Promise<void> {
  if (!localReloadMemory.write({ at: Date.now(), reason })) {
    await writeLog({
      level: 'error',
      code: 'watchdog-no-memory',
      message: `${describeReason(reason)}; not reloaded: the browser keeps no localStorage, so reloads could loop`,
    });
    return;
  }
  const line: LogLine = {
    level: reason.kind === 'nightly' ? 'info' : 'warn',
    code: 'watchdog-reload',
    message: `reloaded by the watchdog: ${describeReason(reason)}`,
  };
  await Promise.race([writeLog(line), new Promise((resolve) => setTimeout(resolve, LOG_WAIT_MS))]);
  reloadKiosk('watchdog');
}
