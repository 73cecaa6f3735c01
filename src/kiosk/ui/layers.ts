// The stacking order of what covers the exhibit, in one place so a new layer is placed
// deliberately: a minute of silence covers a scheduled screen, the PIN prompt covers both, and
// the technician's corner stays reachable over everything.

export const LAYERS = {
  viewer: 40,
  idleCountdown: 50,
  scheduled: 55,
  silence: 58,
  pinPrompt: 60,
  technicianCorner: 100,
  /** The technician's test screen covers even the corner, so its top-left target can be touched. */
  testScreen: 110,
} as const;

export type Layer = keyof typeof LAYERS;
