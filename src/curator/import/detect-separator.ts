// Which character separates the cells of a register CSV: `,` (RFC 4180), `;` (Excel in a Russian
// or Kazakh locale, where the comma is the decimal sign) or a tab ("Unicode text"). Each candidate
// splits the first rows as a CSV reader would, quotes included, and the one that gives every row
// the same number of cells, more than one, wins: a place such as "Карагандинская обл., Тельманский
// р-н" puts commas in a `;` file, but never the same number in every row.

export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** How a separator is named to a curator. */
export const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

export interface DetectedSeparator {
  separator: Separator;
  /** `rows`: the rows split alike with it; `chosen`: the curator set it. */
  evidence: 'rows' | 'chosen';
  /** False for a file of one column, or when two separators fit the rows about as well. */
  certain: boolean;
}

/** Rows looked at: a header and enough rows to see a pattern. */
const ROWS_LOOKED_AT = 50;
/** The share of rows that must split into the same number of cells for the separator to be sure. */
const SURE_SHARE = 0.8;

interface Fit {
  separator: Separator;
  /** The number of separators most rows have. */
  perRow: number;
  /** The share of rows with exactly that many. */
  share: number;
}

/** `text` is the file's start, decoded; `complete` says whether it is the whole file (else its last row may be cut). */
export function detectSeparator(text: string, complete: boolean): DetectedSeparator {
  const fits = SEPARATORS.map((separator) => fitOf(separator, text, complete));
  const ranked = fits.filter((fit) => fit.perRow > 0).sort((a, b) => b.share - a.share || b.perRow - a.perRow);
  const [best, runnerUp] = ranked;
  if (!best) return { separator: ',', evidence: 'rows', certain: false };
  const certain = best.share >= SURE_SHARE && (!runnerUp || runnerUp.share < best.share);
  return { separator: best.separator, evidence: 'rows', certain };
}

function fitOf(separator: Separator, text: string, complete: boolean): Fit {
  const counts = separatorsPerRow(separator, text, complete);
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let perRow = 0;
  let rows = 0;
  for (const [count, times] of tally) if (times > rows || (times === rows && count > perRow)) [perRow, rows] = [count, times];
  return { separator, perRow, share: counts.length === 0 ? 0 : rows / counts.length };
}

/** How many times `separator` splits each of the first rows outside quotes; blank rows are left out. */
function separatorsPerRow(separator: Separator, text: string, complete: boolean): number[] {
  const counts: number[] = [];
  let count = 0;
  let cellStart = true;
  let inQuotes = false;
  let rowHasText = false;
  for (let index = 0; index < text.length && counts.length < ROWS_LOOKED_AT; index++) {
    const character = text[index];
    if (inQuotes) {
      if (character === '"') {
        if (text[index + 1] === '"') index++;
        else inQuotes = false;
      }
      continue;
    }
    if (character === '\n' || character === '\r') {
      if (rowHasText) counts.push(count);
      if (character === '\r' && text[index + 1] === '\n') index++;
      [count, cellStart, rowHasText] = [0, true, false];
      continue;
    }
    rowHasText = true;
    if (character === separator) {
      count++;
      cellStart = true;
      continue;
    }
    if (character === '"' && cellStart) inQuotes = true;
    cellStart = false;
  }
  // The last row counts only when nothing of it can be missing.
  if (rowHasText && complete && counts.length < ROWS_LOOKED_AT) counts.push(count);
  return counts;
}
