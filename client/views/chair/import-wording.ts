// How the console says what the import read (shared/import/): each issue code in the console's
// language, with the State or organization names an ambiguous text could mean, and a row's flags.
import { delegationName } from '../../../shared/delegations/display-name.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { IMPORT_COLUMNS } from '../../../shared/import/headers.ts';
import type { ImportedRow, ImportIssue } from '../../../shared/import/reading.ts';
import { format } from '../../i18n/format.ts';
import type { ChairMessages } from './messages/chair-messages.ts';

/** The column's name in the console's language ('' for the columns that hold no field). */
function columnName(issue: ImportIssue, texts: ChairMessages): string {
  const column = IMPORT_COLUMNS.find((c) => c === issue.column);
  return column ? texts.importColumns[column] : '';
}

/** One issue of a row, in the console's language. */
export function issueText(issue: ImportIssue, texts: ChairMessages, language: UnLanguage) {
  const names = (issue.candidates ?? []).map((c) => delegationName(c, language));
  return format(texts.importIssues[issue.code], {
    value: issue.value ?? '',
    candidates: new Intl.ListFormat(language, { type: 'disjunction' }).format(names),
    column: columnName(issue, texts),
    max: issue.max ?? '',
    message: issue.message,
  });
}

/** What the preview says of a row: its issues, else its flags, else that it is ready. */
export function rowNote(row: ImportedRow, texts: ChairMessages, language: UnLanguage): string {
  if (row.issues.length > 0) {
    return row.issues.map((issue) => issueText(issue, texts, language)).join(' ');
  }
  const notes = [
    ...(row.spoken ? [row.speaker ? texts.importSpokenBack : texts.importSpoken] : []),
    ...(row.duplicate ? [texts.importDuplicate[row.duplicate]] : []),
  ];
  return notes.length > 0 ? notes.join(' · ') : texts.importOk;
}
