// How well one query word matches one register word, and what each level is worth. The order
// is the ranking contract of docs/design.md §7: exact > same name in another form > phonetic > typo,
// and a finished word above the same word still being typed.

// Numbered best first, in the order of LEVEL_SCORE: code keeps the better of two by `<`.
export const LEVEL = {
  exact: 0,
  form: 1,
  exactPrefix: 2,
  sound: 3,
  formPrefix: 4,
  soundPrefix: 5,
  typo1: 6,
  skeleton: 7,
  typo2: 8,
} as const;
export type MatchLevel = (typeof LEVEL)[keyof typeof LEVEL];
export const LEVEL_COUNT = Object.keys(LEVEL).length;

export const LEVEL_SCORE: Record<MatchLevel, number> = {
  [LEVEL.exact]: 1,
  [LEVEL.form]: 0.9,
  [LEVEL.exactPrefix]: 0.86,
  [LEVEL.sound]: 0.78,
  [LEVEL.formPrefix]: 0.76,
  [LEVEL.soundPrefix]: 0.62,
  [LEVEL.typo1]: 0.55,
  // Consonants alone say less than a one-letter slip: Макенов, not Муканов, for "Макеноов".
  [LEVEL.skeleton]: 0.5,
  [LEVEL.typo2]: 0.42,
};

/** Edits allowed for a word of this many sounds: none for short names, where one letter is a new name. */
export function maxEditsFor(soundLength: number): number {
  if (soundLength < 4) return 0;
  if (soundLength < 8) return 1;
  return 2;
}
