// Reading an established list of speakers from pasted text or a CSV file into the speakers of
// one batch command (addSpeakers or replaceList), each row checked by the hub's own schema for a
// speaker of a batch (speakerEntrySchema) so that the preview shows every row's problem before
// anything is sent. Loaded only with the import panel: it brings zod into the page.
import { speakerEntrySchema, type SpeakerEntry } from '../../../shared/domain/commands.ts';
import { normalizeDelegation } from '../../../shared/domain/delegation-defaults.ts';
import { describeIssue } from '../../../shared/domain/parse-command.ts';
import {
  SPEAKER_CATEGORIES,
  type SpeakerCategory,
  type UnLanguage,
} from '../../../shared/domain/types.ts';
import { format } from '../../i18n/format.ts';
import { parseDelimited } from './csv.ts';
import { fold, resolveDelegation } from './delegation-search.ts';
import { parseLimit } from './typed-time.ts';

/** The columns of an import, in their positional order. */
export const IMPORT_COLUMNS = [
  'delegation',
  'speakerName',
  'title',
  'onBehalfOf',
  'category',
  'limit',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header names each column is known by (folded, without spaces or punctuation). */
const HEADER_NAMES: Record<ImportColumn, readonly string[]> = {
  delegation: ['delegation', 'country', 'state', 'member state', 'organization'],
  speakerName: ['speaker', 'speaker name', 'name'],
  title: ['title', 'function'],
  onBehalfOf: ['on behalf of', 'behalf', 'group'],
  category: ['category', 'type'],
  limit: ['limit', 'time', 'time limit', 'speaking time'],
};

/** Category words the chair may write, besides the category codes themselves. */
const CATEGORY_WORDS: Record<string, SpeakerCategory> = {
  member: 'memberState',
  'member state': 'memberState',
  state: 'memberState',
  observer: 'observer',
  'observer state': 'observer',
  igo: 'intergovernmental',
  'intergovernmental organization': 'intergovernmental',
  'intergovernmental organisation': 'intergovernmental',
  un: 'unSystem',
  'un system': 'unSystem',
  'united nations system': 'unSystem',
  ngo: 'civilSociety',
  'civil society': 'civilSociety',
  'civil society organization': 'civilSociety',
};

const squash = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Texts the importer needs in the console's language. */
export interface ImportTexts {
  unknownCategory: string;
  limitInvalid: string;
  columns: Record<ImportColumn, string>;
  categories: Record<SpeakerCategory, string>;
}

export interface ImportRow {
  /** The row's number in the text, counting the header if any (what a spreadsheet shows). */
  row: number;
  cells: Record<ImportColumn, string>;
  /** The speaker to send, when the row is valid: the fields of addSpeaker, as the hub reads them. */
  speaker?: SpeakerEntry;
  /** What is wrong with the row, in the console's language where the console words it. */
  error?: { column?: ImportColumn; message: string };
}

export interface ImportReading {
  hasHeader: boolean;
  rows: ImportRow[];
}

/** The category written in a cell: a code, an English word, or the console's own label. */
export function readCategory(
  text: string,
  labels: Record<SpeakerCategory, string>,
): SpeakerCategory | '' | undefined {
  const key = squash(text);
  if (key === '') return '';
  const code = SPEAKER_CATEGORIES.find((c) => squash(c) === key || squash(labels[c]) === key);
  if (code) return code;
  const word = Object.entries(CATEGORY_WORDS).find(([w]) => squash(w) === key);
  return word?.[1];
}

/** Which column each cell position holds, when the first row is a header; else undefined. */
function headerColumns(first: readonly string[]): (ImportColumn | undefined)[] | undefined {
  const columns = first.map((cell) =>
    IMPORT_COLUMNS.find((column) =>
      HEADER_NAMES[column].some((name) => squash(name) === squash(cell)),
    ),
  );
  return columns.includes('delegation') ? columns : undefined;
}

/** Which column a schema path names (speakerName, limitMs...). */
function columnOfPath(path: string | undefined): ImportColumn | undefined {
  if (path === 'limitMs') return 'limit';
  return IMPORT_COLUMNS.find((c) => c === path);
}

/** One row's cells as a speaker of a batch, or its first problem. */
function readRow(
  cells: Record<ImportColumn, string>,
  language: UnLanguage,
  texts: ImportTexts,
): Pick<ImportRow, 'speaker' | 'error'> {
  const category = readCategory(cells.category, texts.categories);
  if (category === undefined) {
    return {
      error: {
        column: 'category',
        message: format(texts.unknownCategory, { value: cells.category.trim() }),
      },
    };
  }
  const limit = parseLimit(cells.limit);
  if (limit.kind === 'invalid') return { error: { column: 'limit', message: texts.limitInvalid } };
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const input = {
    delegation: normalizeDelegation(resolveDelegation(cells.delegation)),
    speakerName: optional(cells.speakerName),
    title: optional(cells.title),
    onBehalfOf: optional(cells.onBehalfOf),
    category: category === '' ? undefined : category,
    limitMs: limit.kind === 'limit' ? limit.ms : undefined,
  };
  // The hub's own schema: the same trimming, limits and messages as when the command arrives.
  const parsed = speakerEntrySchema.safeParse(input);
  if (parsed.success) {
    const { delegation, speakerName, title, onBehalfOf, category: given, limitMs } = parsed.data;
    return {
      speaker: {
        delegation,
        ...(speakerName !== undefined && { speakerName }),
        ...(title !== undefined && { title }),
        ...(onBehalfOf !== undefined && { onBehalfOf }),
        ...(given !== undefined && { category: given }),
        ...(limitMs !== undefined && { limitMs }),
      },
    };
  }
  const error = describeIssue(parsed.error.issues[0]);
  const column = columnOfPath(error.path);
  // "speakerName: too long, at most 120 characters." reads better under the column's own name.
  const message =
    column && error.path && error.message.startsWith(`${error.path}: `)
      ? `${texts.columns[column]}: ${error.message.slice(error.path.length + 2)}`
      : error.message;
  return { error: { ...(column && { column }), message } };
}

/**
 * Reads pasted text or a CSV file: a header row is recognised by its column names (in any
 * order); without one the columns are delegation, speaker, title, on behalf of, category, limit.
 * Blank rows are skipped.
 */
export function readImport(text: string, language: UnLanguage, texts: ImportTexts): ImportReading {
  const table = parseDelimited(text);
  const header = table[0] ? headerColumns(table[0]) : undefined;
  const columns = header ?? [...IMPORT_COLUMNS];
  const rows: ImportRow[] = [];
  table.forEach((cellsInRow, index) => {
    if (header && index === 0) return;
    if (cellsInRow.every((cell) => cell.trim() === '')) return;
    const cells: Record<ImportColumn, string> = {
      delegation: '',
      speakerName: '',
      title: '',
      onBehalfOf: '',
      category: '',
      limit: '',
    };
    cellsInRow.forEach((cell, position) => {
      const column = columns[position];
      if (column) cells[column] = cell;
    });
    const read = readRow(cells, language, texts);
    rows.push({ row: index + 1, cells, ...read });
  });
  return { hasHeader: header !== undefined, rows };
}
