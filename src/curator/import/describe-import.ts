// An import in a few lines of English for the terminal (`feed import`): what the file was read
// as, where the header is, each column's target and how full it is, and the counts. The studio
// shows the same facts in its own screen, in the curator's language.

import { plural } from '../report.ts';
import { ENCODING_NAMES, type EncodingEvidence } from './detect-encoding.ts';
import { SEPARATOR_NAMES } from './detect-separator.ts';
import type { ImportSession } from './import-session.ts';

const EVIDENCE: Record<EncodingEvidence, string> = {
  bom: 'by its byte order mark',
  'utf-8': 'valid UTF-8',
  ascii: 'plain ASCII',
  'utf-16-zeros': 'by its UTF-16 pattern',
  letters: 'by its letters',
  chosen: 'as chosen',
};

export function describeImport(session: ImportSession): string[] {
  const { staged, header, analysis } = session;
  const name = session.options.fileName;
  const lines: string[] = [];
  if (staged.sheet) {
    const others = staged.sheet.sheets > 1 ? ` (the other ${plural(staged.sheet.sheets - 1, 'sheet')} are not read)` : '';
    lines.push(`${name}: Excel workbook, sheet "${staged.sheet.name}"${others}`);
  } else if (staged.encoding && staged.separator) {
    const guess = (certain: boolean) => (certain ? '' : ', a guess: check the preview or set it');
    lines.push(
      `${name}: CSV in ${ENCODING_NAMES[staged.encoding.encoding]} (${EVIDENCE[staged.encoding.evidence]}${guess(staged.encoding.certain)}), ` +
        `cells separated by ${SEPARATOR_NAMES[staged.separator.separator]}${guess(staged.separator.certain)}`,
    );
  }
  lines.push(`${name}: header on ${header.lines.length > 1 ? `rows ${header.lines.join(' and ')}` : `row ${header.lines[0]}`}`);
  const width = Math.max(...header.columns.map((column) => column.label.length), 8);
  header.columns.forEach((column, index) => {
    const filled = analysis ? `  ${plural(analysis.filled[index] ?? 0, 'value')}` : '';
    lines.push(
      `  ${column.letter.padEnd(3)}${(column.label || '(no name)').padEnd(width)}  → ${session.targets[index]}${filled}`,
    );
  });
  if (session.rememberProblem) lines.push(`${name}: warning: ${session.rememberProblem}`);
  if (!analysis) return lines;
  const { counts } = analysis;
  const notNames = [
    counts.titleRows > 0 && plural(counts.titleRows, 'row') + ' above the header',
    counts.blank > 0 && plural(counts.blank, 'blank row'),
    counts.repeatedHeaders > 0 && plural(counts.repeatedHeaders, 'repeated header row'),
    counts.broken > 0 && plural(counts.broken, 'broken row'),
  ].filter((part) => part !== false);
  const replaced = session.others.replacedRows === null ? '' : ` (it now holds ${plural(session.others.replacedRows, 'row')})`;
  lines.push(
    `${name}: ${plural(counts.rows, 'row')} of names${notNames.length > 0 ? `; not imported: ${notNames.join(', ')}` : ''}`,
    `${name}: to write: ${plural(counts.toWrite, 'row')} into ${session.target}${replaced}; ` +
      `${plural(counts.withErrors, 'row')} with errors (left out of the feed until fixed), ${plural(counts.withWarnings, 'row')} with warnings only, ${plural(counts.skipped, 'row')} skipped`,
  );
  const rewritten = Object.entries(counts.conversions).filter(([, count]) => count > 0);
  if (rewritten.length > 0)
    lines.push(
      `${name}: rewritten for the register: ${rewritten.map(([kind, count]) => `${plural(count, `${kind} cell`)}`).join(', ')}`,
    );
  return lines;
}
