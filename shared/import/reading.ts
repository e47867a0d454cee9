// What an import reads out of a list: its shape, its columns, and each row with the speaker it
// would add and what is wrong with it. The types only; read-speaker-list.ts fills them.
import type { SpeakerEntry } from '../domain/commands.ts';
import type { Speaker, SpeakerCategory } from '../domain/types.ts';
import type { ImportColumn } from './headers.ts';

export interface ImportOptions {
  /**
   * The list as it stands now (the segment in play), to flag duplicates. For a replacement, only
   * those who stay (who have spoken, and whoever has the floor).
   */
  existing: readonly Pick<Speaker, 'delegation' | 'onBehalfOf' | 'status'>[];
  /** An exported list or record marks who has spoken: bring them back as waiting only if true. */
  includeSpoken?: boolean;
}

/** What can be wrong with a row; the console words each in its language. */
export type ImportIssueCode =
  /** No delegation in the row. */
  | 'noDelegation'
  /** The category is no code or word the import knows (`value`). */
  | 'unknownCategory'
  /** The limit is not m:ss or seconds (`value`). */
  | 'invalidLimit'
  /** The limit is under 10 seconds or over an hour. */
  | 'limitOutOfRange'
  /** Several delegations answer to the text (`value`, `candidates`). */
  | 'ambiguousDelegation'
  /** Several delegations or groups answer to whom the row speaks for (`value`, `candidates`). */
  | 'ambiguousOnBehalfOf'
  /** The text is longer than a list keeps (`max` characters). */
  | 'tooLong'
  /** The text holds a character that could hide what it says (the hub's rule, shared/clean-text.ts). */
  | 'hiddenCharacter'
  /** Anything else the hub's schema refuses (its English message says what). */
  | 'invalid';

export interface ImportIssue {
  code: ImportIssueCode;
  column?: ImportColumn;
  /** In English, for integrations and logs; the console words the code itself. */
  message: string;
  /** The text at fault, as written; for hiddenCharacter, the character's code point ('U+202E'). */
  value?: string;
  /** What an ambiguous text could name: State codes and organizations' keys. */
  candidates?: string[];
  /** The most characters the field holds (tooLong). */
  max?: number;
}

export interface ImportedRow {
  /** 1-based line (a list) or row (a table, header counted, as a spreadsheet numbers them). */
  line: number;
  /** The delegation as a list keeps it: a State's code, an organization's English key, or the text. */
  delegation: string;
  delegationKind: 'state' | 'organization' | 'group' | 'unknown';
  /** The category the speaker will have: given, or the delegation's own. */
  category?: SpeakerCategory;
  /** Whom the speaker speaks for, kept as the delegation is (a group's key, a State's code, or text). */
  onBehalfOf?: string;
  speakerName?: string;
  title?: string;
  limitMs?: number;
  issues: ImportIssue[];
  /** Flagged, not dropped: the chair decides. The first of several in the file is not flagged. */
  duplicate?: 'onList' | 'inFile';
  /** The file says this speaker has spoken: left out unless includeSpoken. */
  spoken?: boolean;
  /** What append/replace send for this row (speakerEntrySchema's); absent when it has an issue or is left out. */
  speaker?: SpeakerEntry;
}

export interface SpeakerListReading {
  /** A table (a CSV file, a spreadsheet's cells) or a list of lines (Word, a PDF, typed). */
  shape: 'table' | 'lines';
  /**
   * The table's columns and what each was read as; null: ignored. Without headings, the six
   * columns by position (heading ''), and any further one that holds text as ignored; a list of
   * lines has none.
   */
  columns: { heading: string; column: ImportColumn | null }[];
  rows: ImportedRow[];
  /** Lines read as no speaker: a title above the list, a page number, a stray line. */
  ignoredLines: { line: number; text: string }[];
  /**
   * Filled lines past the most an import reads (MAX_IMPORT_LINES, 2000), and lines longer than
   * MAX_LINE_CHARACTERS (2000): counted, not read.
   */
  unreadLines: number;
}
