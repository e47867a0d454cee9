// Reading delimited text: a CSV file, a spreadsheet's cells pasted (tabs), or what a European
// Excel writes (semicolons, since the comma is its decimal mark). Pure: the hub and the console
// read a file the same way.

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a text, by its first line that holds anything: tabs when pasted from a
 * spreadsheet, else the commoner of ; and , (a tie goes to the comma, RFC 4180's). Quoted text is
 * not counted: "Kenya; Ghana" is one cell.
 */
export function detectDelimiter(text: string): Delimiter {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const unquoted = line.replace(/"(?:[^"]|"")*"/g, '');
  if (unquoted.includes('\t')) return '\t';
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The rows of a delimited text (RFC 4180 quoting: "a, b" and "say ""hi""", line breaks inside
 * quotes). A leading byte-order mark is dropped; a last empty line is not a row.
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
): string[][] {
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
