// The shape of one language's table of names (names/en.ts, names/fr.ts, ...).

export interface NameTable {
  /** The short name of each of the 195 States, by ISO 3166-1 alpha-3 code. */
  readonly states: Readonly<Record<string, string>>;
  /** The name of each organization or group of organizations.ts, by its English name. */
  readonly organizations: Readonly<Record<string, string>>;
}
