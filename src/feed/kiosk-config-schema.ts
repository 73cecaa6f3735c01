// Per-kiosk settings (docs/design.md §2, kiosk-config/*.json), checked when the app starts so that a
// technician sees which field is wrong instead of a blank screen. Part of the shared contract:
// the kiosk checks its config with it, and the curator's `config-schema` command writes
// kiosk-config/schema.json from it for editors that read JSON Schema.

import { z } from 'zod';
import { LANGUAGES } from './languages.ts';
import { DEFAULT_REMEMBRANCE, DEFAULT_SILENCE, isTimeZone, scheduleSchema } from './schedule-schema.ts';
import { PIN_HASH_PATTERN } from './pin-hash.ts';
import { heartbeatSchema } from './heartbeat-schema.ts';
import { watchdogSchema } from './watchdog-schema.ts';
import { distinctKeyCount, signatureThresholdSchema, trustedKeysOf, trustedKeysSchema } from './trust-config.ts';

export const kioskConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Shown in the technician panel and the heartbeat. */
    kioskId: z.string().min(1).max(64).default('kiosk'),
    /** Where manifest.json and objects/ live: absolute, or relative to the app's address. */
    feedUrl: z.string().min(1),
    /** The exhibit this kiosk shows; feeds of any other exhibit are refused. */
    exhibitId: z.string().optional(),
    /** Ed25519 public keys (base64, or `{keyid, publicKey}`); a manifest must be signed by enough of them. */
    trustedKeys: trustedKeysSchema,
    /** docs/design.md §5.1: how many distinct trusted keys must have signed a manifest. */
    signatureThreshold: signatureThresholdSchema,
    languages: z.array(z.enum(LANGUAGES)).min(1),
    defaultLanguage: z.enum(LANGUAGES),
    /** Seconds without a touch before the kiosk resets to home (docs/design.md §9 demo default: 90). */
    idleSeconds: z.int().min(10).max(3600),
    /** Seconds between feed checks after the one at start-up. */
    syncIntervalSeconds: z.int().min(5).max(86_400),
    /** IANA time zone for `schedule` (docs/design.md §6.2), e.g. "Asia/Almaty"; one the browser does not know is refused. */
    timeZone: z.string().min(1).refine(isTimeZone, 'expected an IANA time zone name such as "Asia/Almaty"'),
    /**
     * 4–8 digits that open the technician panel, in plain text: still accepted, so a kiosk set
     * up before hashes keeps working, but the panel warns, since anyone can read this file.
     */
    technicianPin: z
      .string()
      .regex(/^\d{4,8}$/, 'expected 4 to 8 digits')
      .optional(),
    /** docs/design.md §6.1: the PIN as `npm run feed -- pin-hash` prints it; wins over technicianPin. */
    technicianPinHash: z.string().regex(PIN_HASH_PATTERN, 'expected the output of: npm run feed -- pin-hash').optional(),
    /**
     * The museum's online page for a record, `{id}` standing for the record id; the record page
     * shows it as a QR code a visitor can take home. No template, no code.
     */
    recordUrlTemplate: z
      .string()
      .regex(/^https?:\/\/[^\s]*\{id\}[^\s]*$/, 'expected an http(s) address with {id} in it')
      .optional(),
    /** Testimony volume, 0 to 1: where it starts, and how far a visitor may turn it up. */
    volume: z
      .object({ initial: z.number().min(0).max(1), max: z.number().min(0).max(1) })
      .strict()
      .refine((volume) => volume.initial <= volume.max, { message: 'initial must not be above max', path: ['initial'] })
      .default({ initial: 0.8, max: 1 }),
    /** Remembrance days, minutes of silence and opening hours (docs/design.md §6.2). */
    schedule: scheduleSchema.default({ remembrance: DEFAULT_REMEMBRANCE, silence: DEFAULT_SILENCE }),
    /** docs/design.md §6.5: the monitor this kiosk reports to; none, no heartbeat. */
    heartbeat: heartbeatSchema.optional(),
    /** When the kiosk reloads itself (docs/design.md §6.6); every part has a default. */
    watchdog: watchdogSchema.prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (!config.languages.includes(config.defaultLanguage)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'must be one of languages' });
    }
    // A threshold no set of these keys can meet would refuse every feed, forever. (No keys at all is trustedKeys' own problem.)
    const keys = distinctKeyCount(trustedKeysOf(config.trustedKeys));
    if (keys > 0 && config.signatureThreshold > keys) {
      ctx.addIssue({ code: 'custom', path: ['signatureThreshold'], message: 'must not be more than the distinct trustedKeys' });
    }
    if (config.technicianPin === undefined && config.technicianPinHash === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['technicianPinHash'],
        message: 'needed to open the technician panel: run npm run feed -- pin-hash',
      });
    }
  });

export type KioskConfig = z.output<typeof kioskConfigSchema>;
