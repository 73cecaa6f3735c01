import { describe, expect, it } from 'vitest';
import { formatProblem, Report } from '../../../src/curator/report.ts';

describe('Report', () => {
  it('keeps the code of every problem and prints only file, line and reason', () => {
    const report = new Report();
    report.error('exhibit.yaml', 8, 'key.invalid', 'defaultLanguage: expected kk, ru or en');
    report.warning('files/x.png', null, 'file.orphan', 'no text refers to this file; it is not published');
    report.skippedRow('names/a.csv', 3, [{ code: 'register.bad-year', reason: 'birth_year "19З7" is not a year' }]);
    expect(report.problems.map((problem) => problem.code)).toEqual(['key.invalid', 'file.orphan', 'register.bad-year']);
    expect(report.problems.map(formatProblem)).toEqual([
      'exhibit.yaml:8: defaultLanguage: expected kk, ru or en',
      'files/x.png: warning: no text refers to this file; it is not published',
      'names/a.csv:3: birth_year "19З7" is not a year',
    ]);
  });
});
