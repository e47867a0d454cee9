// The import of an established list of speakers, from whatever the chair or an integration has:
// a CSV file or a spreadsheet's cells (with or without headings, in any of the six languages,
// commas, semicolons or tabs, a byte-order mark), the project's own exports, or a list pasted from
// Word or a PDF. Pure: no I/O and no clock, the same on the hub (POST …/speakers/import) and in
// the console, where it is loaded only with the import panel (it brings zod and all the names).
import { resolveName } from '../delegations/find-delegation.ts';
import { detectDelimiter, parseDelimited } from './delimited.ts';
import { namesDelegation } from './delegation-text.ts';
import { flagDuplicates } from './duplicates.ts';
import { IMPORT_COLUMNS, isHeading, readHeadings, type ImportColumn } from './headers.ts';
import { isMarkedList, readListLines } from './list-lines.ts';
import { splitOnBehalf } from './on-behalf.ts';
import { readRow, type RowCells } from './read-row.ts';
import type { ImportOptions, SpeakerListReading } from './reading.ts';

export type {
  ImportedRow,
  ImportIssue,
  ImportIssueCode,
  ImportOptions,
  SpeakerListReading,
} from './reading.ts';
export type { ImportColumn } from './headers.ts';

/**
 * The most lines an import reads: a whole list (600 speakers) three times over, with its broken
 * names and speakers' lines. A longer text is no list of speakers, and reading it all would hold
 * the hub: the lines past it are counted, not read.
 */
export const MAX_IMPORT_LINES = 2000;

/** The longest line an import reads, in characters (a row of a list is a few hundred at most). */
export const MAX_LINE_CHARACTERS = 2000;

/** How far down a title may push the headings of a table ("List of speakers", a date…). */
const HEADINGS_WITHIN = 5;

/** Cells by position, for a table without headings and for a list's items. */
function positional(cells: readonly string[]): RowCells {
  const row: RowCells = {};
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = cells[i];
    if (cell !== undefined) row[column] = cell;
  });
  return row;
}

/** Cells under their headings. */
function underHeadings(cells: readonly string[], columns: readonly (ImportColumn | null)[]) {
  const row: RowCells = {};
  cells.forEach((cell, i) => {
    const column = columns[i];
    if (column) row[column] = cell;
  });
  return row;
}

/**
 * "Kenya, on behalf of the African Group" in a CSV without headings is one delegation's cell
 * split at its comma: put back together.
 */
function rejoinOnBehalf(cells: readonly string[]): string[] {
  const [first = '', second = '', ...rest] = cells;
  const split = splitOnBehalf(second ?? '');
  if (split.delegation !== '' || split.onBehalfOf === undefined) return [...cells];
  return [`${first}, ${second.trim()}`, ...rest];
}

const filled = (cells: readonly string[]) => cells.some((c) => c.trim() !== '');
const lastFilled = (cells: readonly string[]) => cells.findLastIndex((c) => c.trim() !== '');

/** The headings of a table and where they are, if one of the first filled lines holds them. */
function findHeadings(lines: readonly string[]) {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < HEADINGS_WITHIN; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    seen += 1;
    const delimiter = detectDelimiter(line);
    const cells = parseDelimited(line, delimiter)[0] ?? [];
    // A row that names a delegation is a speaker, whatever else it holds ("State", "Group"…).
    const speaker = cells.some((cell) => !isHeading(cell) && namesDelegation(cell));
    const columns = speaker ? undefined : readHeadings(cells);
    if (columns) return { index, delimiter, cells, columns };
  }
  return undefined;
}

/** Reads a list of speakers: each row's speaker, issues and flags, and what was left aside. */
export function readSpeakerList(text: string, options: ImportOptions): SpeakerListReading {
  const all = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  // No row of a list is this long; a line of a hundred thousand one-letter cells would cost the
  // hub a second of headings to read. Such a line is left out, counted with the lines past the last.
  const tooLong = (l: string) => l.length > MAX_LINE_CHARACTERS;
  const lines = all.slice(0, MAX_IMPORT_LINES).map((l) => (tooLong(l) ? '' : l));
  const unreadLines =
    all.slice(MAX_IMPORT_LINES).filter((l) => l.trim() !== '').length +
    all.slice(0, MAX_IMPORT_LINES).filter(tooLong).length;
  const includeSpoken = options.includeSpoken ?? false;
  const headings = findHeadings(lines);

  if (headings) {
    const { index, delimiter, cells, columns } = headings;
    const ignoredLines = lines
      .slice(0, index)
      .map((l, i) => ({ line: i + 1, text: l.replace(/[\s,;]+$/u, '').trim() }))
      .filter((l) => l.text !== '');
    const table = parseDelimited(lines.slice(index).join('\n'), delimiter);
    const rows = table.flatMap((row, i) =>
      i === 0 || !filled(row)
        ? []
        : [readRow(index + i + 1, underHeadings(row, columns), includeSpoken)],
    );
    return {
      shape: 'table',
      columns: cells.map((heading, i) => ({ heading: heading.trim(), column: columns[i] ?? null })),
      rows: flagDuplicates(rows, options),
      ignoredLines,
      unreadLines,
    };
  }

  // A table without headings: cells in its first line, or tabs or semicolons in any (a list of
  // names has commas of its own, "Kenya, on behalf of…", but no tabs or semicolons).
  const first = lines.find((l) => l.trim() !== '') ?? '';
  // A comma may be inside a name ("Congo, Democratic Republic of the"): a first line that names a
  // delegation whole is a name, not two cells.
  const nameWithComma = !/[\t;]/u.test(first) && resolveName(first).kind === 'found';
  const cells = (/[\t;,]/u.test(first) && !nameWithComma) || lines.some((l) => /[\t;]/u.test(l));
  if (!isMarkedList(lines) && cells) {
    const table = parseDelimited(
      lines.join('\n'),
      detectDelimiter(lines.find((l) => /[\t;,]/u.test(l)) ?? first),
    );
    const rows = table.flatMap((row, i) =>
      filled(row) ? [readRow(i + 1, positional(rejoinOnBehalf(row)), includeSpoken)] : [],
    );
    // Cells past the six columns are read by no one: shown as ignored columns, never lost unsaid.
    const width = Math.max(0, ...table.filter(filled).map((row) => lastFilled(row) + 1));
    const columns = Array.from({ length: Math.max(width, IMPORT_COLUMNS.length) }, (_, i) => ({
      heading: '',
      column: IMPORT_COLUMNS[i] ?? null,
    }));
    return {
      shape: 'table',
      columns,
      rows: flagDuplicates(rows, options),
      ignoredLines: [],
      unreadLines,
    };
  }

  const list = readListLines(lines, namesDelegation);
  const rows = list.items.map((item) => readRow(item.line, positional(item.cells), includeSpoken));
  return {
    shape: 'lines',
    columns: [],
    rows: flagDuplicates(rows, options),
    ignoredLines: list.ignored,
    unreadLines,
  };
}
