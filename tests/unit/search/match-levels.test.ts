import { describe, expect, it } from 'vitest';
import { LEVEL, LEVEL_SCORE, maxEditsFor } from '../../../src/search/match-levels.ts';

describe('LEVEL', () => {
  it('numbers the levels best first, as their scores rank them', () => {
    const levels = Object.values(LEVEL).sort((a, b) => a - b);
    const scores = levels.map((level) => LEVEL_SCORE[level]);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps the ranking contract: exact > other form > phonetic > typo', () => {
    expect(LEVEL_SCORE[LEVEL.exact]).toBeGreaterThan(LEVEL_SCORE[LEVEL.form]);
    expect(LEVEL_SCORE[LEVEL.form]).toBeGreaterThan(LEVEL_SCORE[LEVEL.sound]);
    expect(LEVEL_SCORE[LEVEL.sound]).toBeGreaterThan(LEVEL_SCORE[LEVEL.typo1]);
    expect(LEVEL_SCORE[LEVEL.typo1]).toBeGreaterThan(LEVEL_SCORE[LEVEL.typo2]);
  });
});

describe('maxEditsFor', () => {
  it('allows more typos as words grow longer', () => {
    expect([2, 3, 4, 7, 8, 12].map(maxEditsFor)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
