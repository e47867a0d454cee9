// Reading and writing delimited text: a CSV file, or cells pasted from a spreadsheet (tabs).
import { csvLine, csvLines, csvText } from '../../../shared/csv-field.ts';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter of a text: tabs when pasted from a spreadsheet, else the commoner of , and ;. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t')) return '\t';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The rows of a delimited text (RFC 4180 quoting: "a, b" and "say ""hi""", line breaks inside
 * quotes). A leading byte-order mark is dropped; a last empty line is not a row.
 */
export function parseDelimited(text: string, delimiter = detectDelimiter(text)): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

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
