// The shape of one language's table of names (names/fr.ts, names/ar.ts, ...): English is the
// States' list itself (states.ts) and the organizations' keys (organizations.ts).
import type { UnLanguage } from '../domain/types.ts';

export interface NameTable {
  /** The short name of each of the 195 States, by ISO 3166-1 alpha-3 code. */
  readonly states: Readonly<Record<string, string>>;
  /** The name of each organization or group of organizations.ts, by its English name. */
  readonly organizations: Readonly<Record<string, string>>;
}

/** The languages whose names come in a table of their own: all but English. */
export type TranslatedLanguage = Exclude<UnLanguage, 'en'>;
