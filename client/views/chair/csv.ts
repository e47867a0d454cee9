// Writing CSV for the console's exports; reading one is the import's (shared/import/delimited.ts).
import { csvLine, csvLines, csvText } from '../../../shared/csv-field.ts';

/**
 * Rows of texts as CSV, lines ending in CRLF, each field encoded by the shared encoder. For a
 * spreadsheet, formulas are guarded; a text the console reads back itself keeps its cells as
 * they are.
 */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: { guardFormulas?: boolean } = {},
): string {
  return csvLines(rows.map((row) => csvLine(row.map((cell) => csvText(cell, options)))));
}
