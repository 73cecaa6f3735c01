import { describe, expect, it } from 'vitest';
import { checkMarkdown, warnOutsideLinks } from '../../../../src/curator/content/check-markdown.ts';
import { Report } from '../../../../src/curator/report.ts';

/** Checks `text` as if it started on line 10 of timeline/x.md. */
function check(text: string) {
  const report = new Report();
  const result = checkMarkdown(text, { file: 'timeline/x.md', line: 10, label: '## kk' }, report);
  return { ...result, problems: report.problems.map((problem) => [problem.line, problem.code]) };
}

describe('checkMarkdown', () => {
  it('accepts emphasis, lists, quotes and ### headings', () => {
    const { problems, links } = check('### Бұйрық\n\n*екпін*, **қалың**\n\n- бір\n- екі\n\n1. бірінші\n\n> дәйексөз');
    expect(problems).toEqual([]);
    expect(links).toEqual([]);
  });

  it('reports raw HTML, block or inline, tags and comments, at their lines', () => {
    const { problems } = check(
      'Мәтін <b>қалың</b>\n\n<script>alert(1)</script>\n\n- <img src=x onerror=alert(1)>\n\n<!-- note -->',
    );
    expect(problems).toEqual([
      [10, 'markdown.html'],
      [10, 'markdown.html'],
      [12, 'markdown.html'],
      [14, 'markdown.html'],
      [16, 'markdown.html'],
    ]);
  });

  it('reports script links however they are written, and images', () => {
    const { problems } = check(
      '[a](javascript:alert(1))\n[b](JavaScript:x) <javascript:alert(1)>\n\n[c][ref]\n\n[ref]: data:text/html,x\n\n![сурет](files/x.png)\n\n[d](&#106;avascript:x) [e](java&Tab;script:x)',
    );
    expect(problems).toEqual([
      [10, 'markdown.unsafe-link'],
      [11, 'markdown.unsafe-link'],
      [11, 'markdown.unsafe-link'],
      [13, 'markdown.unsafe-link'],
      [17, 'markdown.image'],
      [19, 'markdown.unsafe-link'],
      [19, 'markdown.unsafe-link'],
    ]);
  });

  it('reports # and ## headings inside a section, and links that go nowhere a kiosk knows', () => {
    const { problems } = check('# Үлкен\n\nМәтін\n---\n\n[a](files/x.pdf) [b](person:1)');
    expect(problems).toEqual([
      [10, 'markdown.heading-level'],
      [12, 'markdown.heading-level'],
      [15, 'markdown.bad-link'],
      [15, 'markdown.bad-link'],
    ]);
  });

  it('hands back links to exhibit items with their lines, and the lines of outside links', () => {
    const { problems, links, outsideLinkLines } = check(
      'Қараңыз: [бұйрық](event:1937-order),\n[куәлік](testimony:t01) [адам](record:KZ-1)\n\n[Долинка](place:dolinka) [сайт](https://example.org)',
    );
    expect(problems).toEqual([]);
    expect(links.map((link) => [link.line, link.target, link.id])).toEqual([
      [10, 'event', '1937-order'],
      [11, 'testimony', 't01'],
      [11, 'name', 'KZ-1'],
      [13, 'place', 'dolinka'],
    ]);
    expect(outsideLinkLines).toEqual([13]);
  });
});

describe('warnOutsideLinks', () => {
  it('warns once per file, at the first outside link', () => {
    const report = new Report();
    warnOutsideLinks('timeline/x.md', [12, 15], report);
    warnOutsideLinks('timeline/y.md', [], report);
    expect(report.problems.map((problem) => [problem.file, problem.line, problem.severity, problem.code])).toEqual([
      ['timeline/x.md', 12, 'warning', 'markdown.outside-link'],
    ]);
  });
});
