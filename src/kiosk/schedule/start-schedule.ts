// Puts the schedule to work (docs/design.md §6.2): starts scheduleManager with the kiosk's
// schedule and time zone, fades audio out for a minute of silence, stretches sync during closed
// hours, and writes mode changes and clock jumps to the technician log.

import type { KioskConfig } from '../../feed/kiosk-config-schema.ts';
import { router } from '../app/router.svelte.ts';
import { idleManager } from '../behaviour/idle-manager.svelte.ts';
import { testimonyPlayer } from '../player/testimony-player.svelte.ts';
import type { LogLine } from '../storage/technician-log.ts';
import type { ScheduleState } from './evaluate-schedule.ts';
import { scheduleManager } from './schedule-manager.svelte.ts';
import { formatLocalMinute } from './schedule-text.ts';

/** While closed, sync at most once an hour: content can wait for opening, and a museum's kiosks do not all ask at once. */
export const CLOSED_SYNC_INTERVAL_MS = 60 * 60 * 1000;

export interface ScheduleDependencies {
  log: (line: LogLine) => void;
  /** The sync scheduler's interval: stretched while closed. */
  setSyncIntervalMs: (intervalMs: number) => void;
}

export function startSchedule(config: KioskConfig, dependencies: ScheduleDependencies): () => void {
  const regularSyncMs = config.syncIntervalSeconds * 1000;
  const describe = (state: ScheduleState) =>
    state.next ? `${state.mode} until ${formatLocalMinute(state.next.at, config.timeZone)} (${config.timeZone})` : state.mode;
  return scheduleManager.start({
    schedule: config.schedule,
    timeZone: config.timeZone,
    isVisitActive: () => router.route.screen !== 'home' || !idleManager.isQuiet(),
    onModeChange: (state) => {
      if (state.mode === 'silence') testimonyPlayer.fadeOut();
      dependencies.setSyncIntervalMs(state.mode === 'closed' ? Math.max(CLOSED_SYNC_INTERVAL_MS, regularSyncMs) : regularSyncMs);
      dependencies.log({ level: 'info', code: 'schedule-mode', message: `schedule: ${describe(state)}` });
    },
    onClockJump: (deltaMs) => {
      const hours = (deltaMs / 3_600_000).toFixed(1);
      dependencies.log({
        level: 'warn',
        code: 'clock-jump',
        message: `the clock moved ${deltaMs > 0 ? '+' : ''}${hours} h against the time that passed; schedule checked again`,
      });
    },
  });
}
