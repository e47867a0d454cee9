// The one encoder of a CSV field, for every CSV the project writes (the record on the hub, the
// list export in the console), so that no spreadsheet runs what a delegate's name holds.
// Texts and numbers take separate paths: a text that looks like a formula is defused, while a
// number the project itself writes (a cut in time, -10.0) stays a number.

/** A field a spreadsheet reads as more than one cell or line: quoted. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;
/**
 * A text a spreadsheet would take for a formula: = + - @ tab or CR first, after any leading
 * spaces (Excel and LibreOffice skip them). Prefixed with ' so it stays text.
 */
const FORMULA_START = /^ *[=+\-@\t\r]/;

/** Quotes a field when it holds a comma, semicolon, tab, quote, CR or LF (quotes doubled). */
function quoted(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * A text as a CSV field: formulas defused with a leading ', then quoted when needed.
 * `guardFormulas: false` only for a text the console reads back itself (never a spreadsheet).
 */
export function csvText(value: string, options: { guardFormulas?: boolean } = {}): string {
  const guard = options.guardFormulas ?? true;
  return quoted(guard && FORMULA_START.test(value) ? `'${value}` : value);
}

/** A number as a CSV field, never prefixed: -5 stays -5; `fractionDigits` fixed. '' if not finite. */
export function csvNumber(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return '';
  return fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
}

/** Encoded fields as one CSV line (comma-separated, without its line end). */
export function csvLine(fields: readonly string[]): string {
  return fields.join(',');
}

/** Encoded lines as a CSV text: each line ends in CRLF, as RFC 4180 and spreadsheets expect. */
export function csvLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}
