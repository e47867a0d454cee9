// Reading and writing delimited text: a CSV file, or cells pasted from a spreadsheet (tabs).

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
 * One CSV cell: quoted when it holds a quote, a comma or a line break; a text a spreadsheet would
 * take for a formula (=, +, -, @) gets a leading ' as the hub's record export does.
 */
function csvCell(value: string, guardFormulas: boolean): string {
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value);
  const safe = guardFormulas && formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as CSV, lines ending in CRLF. For a spreadsheet, formulas are guarded; a text the console
 * reads back itself keeps its cells as they are.
 */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: { guardFormulas?: boolean } = {},
): string {
  const guard = options.guardFormulas ?? true;
  return rows.map((row) => row.map((cell) => csvCell(cell, guard)).join(',')).join('\r\n') + '\r\n';
}
