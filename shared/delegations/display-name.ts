// How a delegation is named on screen: a State (kept by its ISO alpha-3 code) or a known
// organization (kept by its English name) by the UN's name in the reader's language, anything
// else as it was entered. Each language's names are a table of their own (names/), loaded by
// whoever shows them and handed over with `addNameTable`: a phone or a wall fetches only its own
// language (client/i18n/delegation-names.ts), the hub and the console take all six (all-names.ts).
// Nothing else is imported here, so that a phone carries no names it does not show.
import type { UnLanguage } from '../domain/types.ts';
import type { NameTable } from './name-table.ts';

const tables = new Map<UnLanguage, NameTable>();

/** Makes `language`'s names available to `delegationName`. */
export function addNameTable(language: UnLanguage, table: NameTable): void {
  tables.set(language, table);
}

/** True when `delegationName` can name delegations in `language`. */
export function hasNameTable(language: UnLanguage): boolean {
  return tables.has(language);
}

/**
 * The name to show for a delegation, or for whom it speaks ("on behalf of"), in `language`:
 * the UN's own wording for a State or a known organization, else the text as entered. Before
 * the language's table is loaded, the English one stands in, if loaded (the screens wait).
 */
export function delegationName(delegation: string, language: UnLanguage = 'en'): string {
  const table = tables.get(language) ?? tables.get('en');
  return table?.states[delegation] ?? table?.organizations[delegation] ?? delegation;
}
