// One imported row as one line of text, for tables that pin what the import reads: the line, the
// delegation as kept, whom it speaks for, the speaker and title, the limit, a category that is not
// the delegation's own, the flags and issue codes, and "(not sent)" when append/replace leave it.
import { defaultCategory } from '../../../shared/domain/delegation-defaults.ts';
import type { ImportedRow } from '../../../shared/import/read-speaker-list.ts';

export function summary(row: ImportedRow): string {
  const parts = [`${row.line} ${row.delegation}`];
  if (row.onBehalfOf !== undefined) parts.push(`for ${row.onBehalfOf}`);
  if (row.speakerName !== undefined) parts.push(`/ ${row.speakerName}`);
  if (row.title !== undefined) parts.push(`, ${row.title}`);
  if (row.limitMs !== undefined) parts.push(`${row.limitMs / 1000}s`);
  if (row.category && row.category !== defaultCategory(row.delegation)) parts.push(row.category);
  if (row.duplicate) parts.push(`[${row.duplicate}]`);
  if (row.spoken) parts.push('[spoken]');
  for (const issue of row.issues) {
    parts.push(`!${issue.code}${issue.candidates ? `(${issue.candidates.join('|')})` : ''}`);
  }
  if (!row.speaker) parts.push('(not sent)');
  return parts.join(' ');
}
