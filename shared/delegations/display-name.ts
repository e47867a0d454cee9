// How a delegation is named on screen: a State (kept by its ISO alpha-3 code) or a known
// organization (kept by its English name) by the UN's name in the reader's language, anything else
// as it was entered. The other languages' tables are loaded by whoever shows them (a phone fetches
// only its own, client/i18n/delegation-names.ts; the hub and the console take all, all-names.ts)
// and handed over with `addNameTable`; until then the English name stands in.
import type { UnLanguage } from '../domain/types.ts';
import type { NameTable, TranslatedLanguage } from './name-table.ts';
import { findOrganization } from './organizations.ts';
import { findState } from './states.ts';

const tables = new Map<TranslatedLanguage, NameTable>();

/** Makes `language`'s names available to `delegationName`. */
export function addNameTable(language: TranslatedLanguage, table: NameTable): void {
  tables.set(language, table);
}

/** True when `delegationName` can name delegations in `language` (English always). */
export function hasNameTable(language: UnLanguage): boolean {
  return language === 'en' || tables.has(language);
}

/** True when the delegation is a State's code (not an organization's name). */
export function isStateCode(delegation: string): boolean {
  return findState(delegation)?.alpha3 === delegation;
}

/**
 * The name to show for a delegation, or for whom it speaks ("on behalf of"), in `language`:
 * the UN's own wording for a State or a known organization, else the text as entered.
 */
export function delegationName(delegation: string, language: UnLanguage = 'en'): string {
  const table = language === 'en' ? undefined : tables.get(language);
  if (isStateCode(delegation)) {
    return table?.states[delegation] ?? (findState(delegation)?.name as string);
  }
  if (findOrganization(delegation)) return table?.organizations[delegation] ?? delegation;
  return delegation;
}
