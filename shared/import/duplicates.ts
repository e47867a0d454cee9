// Duplicates in an import: a delegation (speaking for the same group, or for itself) already on
// the list, or named twice in the file. Flagged, never dropped: a delegation may take the floor
// twice on purpose, and the chair decides.
import { nameKey } from '../delegations/fold.ts';
import type { ImportedRow, ImportOptions } from './reading.ts';

/** Who speaks for whom, compared as lookup keys: 'KEN' and 'Kenya' never meet here, both are codes by now. */
const keyOf = (s: { delegation: string; onBehalfOf?: string | undefined }) =>
  `${nameKey(s.delegation)}|${nameKey(s.onBehalfOf ?? '')}`;

/** The rows with their duplicate flags; rows left out (spoken, not brought back) are not counted. */
export function flagDuplicates(
  rows: readonly Omit<ImportedRow, 'duplicate'>[],
  options: ImportOptions,
): ImportedRow[] {
  const onList = new Set(options.existing.map(keyOf));
  const inFile = new Set<string>();
  return rows.map((row) => {
    if (row.delegation === '' || (row.spoken && !options.includeSpoken)) return row;
    const key = keyOf(row);
    const duplicate = onList.has(key) ? 'onList' : inFile.has(key) ? 'inFile' : undefined;
    inFile.add(key);
    return duplicate ? { ...row, duplicate } : row;
  });
}
