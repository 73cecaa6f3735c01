// docs/design.md §3: a register cell that a spreadsheet would run as a formula (OWASP's "CSV
// injection": a cell starting with = + - @, a tab or a carriage return) is written with an
// apostrophe in front, and the register reader takes that apostrophe off again, so a name such
// as "-Ахмет" survives the round trip while an export opened in Excel never runs "=HYPERLINK(…)".

/** Starts like a formula, after any apostrophes: those are escaped too, so reading back is exact. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** What escapeFormula wrote: one apostrophe more than the text had, before a formula start. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;
/** "-5", "+7", "-12,5": a spreadsheet reads these as numbers and runs nothing, so they stay as they are. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** The cell as a register file holds it: a formula start gets an apostrophe before it. */
export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The text escapeFormula was given: undoes it exactly, and leaves every other cell alone. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
