import { describe, expect, it } from 'vitest';
import { layoutTrack } from '../../../../src/kiosk/timeline/track-layout.ts';
import { yearMarks } from '../../../../src/kiosk/timeline/year-marks.ts';

const GAP_PX = 64;
const labelled = (marks: ReturnType<typeof yearMarks>) => marks.filter((mark) => mark.labelled);
/** 1900–1999 at 10 px a year, except 1937, widened to 2,000 px by its events. */
const xOf = (year: number) => (year - 1900) * 10 + (year > 1937 ? 2000 - 10 : 0);

describe('yearMarks', () => {
  it('gives every year a tick, in order', () => {
    expect(yearMarks(1900, 1999, xOf, GAP_PX).map((mark) => mark.year)).toEqual(Array.from({ length: 100 }, (_, i) => 1900 + i));
  });

  it('never lets two labels overlap', () => {
    const marks = labelled(yearMarks(1900, 1999, xOf, GAP_PX));
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(GAP_PX);
  });

  it('thins a stretch too narrow for every year down to decades', () => {
    const years = labelled(yearMarks(1900, 1999, xOf, GAP_PX)).map((mark) => mark.year);
    expect(years.filter((year) => year < 1930)).toEqual([1900, 1910, 1920]);
  });

  it('labels every fifth year where five years have room and one does not', () => {
    const years = labelled(yearMarks(1900, 1999, (year) => year * 40, GAP_PX)).map((mark) => mark.year);
    expect(years.slice(0, 5)).toEqual([1900, 1905, 1910, 1915, 1920]);
  });

  it('keeps the label of a year widened by its events', () => {
    const years = labelled(yearMarks(1900, 1999, xOf, GAP_PX)).map((mark) => mark.year);
    expect(years).toEqual(expect.arrayContaining([1930, 1937, 1940]));
  });

  it('labels the first year of a scale whose years are all roomy', () => {
    const layout = layoutTrack(['1916', '1917', '1918'], { cardStepPx: 400, minYearPx: 40, edgePx: 60 });
    const years = labelled(yearMarks(layout.firstYear, layout.lastYear, layout.xOf, GAP_PX)).map((mark) => mark.year);
    expect(years).toEqual([1916, 1917, 1918]);
  });

  it('marks labelled decades as major, the places to jump and snap to', () => {
    const majors = yearMarks(1900, 1999, xOf, GAP_PX).filter((mark) => mark.major);
    expect(majors.every((mark) => mark.labelled && mark.year % 10 === 0)).toBe(true);
    expect(majors.map((mark) => mark.year)).toContain(1950);
  });
});
