// Finding a delegation from what someone typed or pasted: a State by any of its UN names in the
// six languages, by that name without its parenthesis, by a common or former name, or by its ISO
// code; an organization or group by its name or acronym. The type-ahead ranks what matches; the
// import takes a text only when exactly one delegation answers to it, and says so when several do
// ("AU": Australia's ISO code, and the African Union).
import { ORGANIZATION_ALIASES, STATE_ALIASES } from './aliases.ts';
import { NAME_TABLES } from './all-names.ts';
import { delegationName } from './display-name.ts';
import { fold, nameKey } from './fold.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { STATES } from './states.ts';
import type { SpeakerCategory, UnLanguage } from '../domain/types.ts';

/** A delegation as the lists keep it: a State's alpha-3 code, or an organization's English name. */
export interface DelegationMatch {
  kind: 'state' | 'organization' | 'group';
  /** What goes in the list: 'GBR', 'European Union'. */
  value: string;
  /** The category a speaker of it has when none is given. */
  category: SpeakerCategory;
}

/** What a text names: one delegation, several (ambiguous), or none known. */
export type Resolution =
  | { kind: 'found'; match: DelegationMatch }
  | { kind: 'ambiguous'; matches: DelegationMatch[] }
  | { kind: 'unknown' };

interface Entry extends DelegationMatch {
  /** Every name it answers to, folded: its own first (the UN's, in all six languages). */
  names: string[];
}

/**
 * Exact names rank by how sure they are: the UN's names and the alpha-3 codes the lists use
 * come first; a name without its parenthesis, an alias or an alpha-2 code only after.
 */
const OFFICIAL = 0;
const COMMON = 1;

let built: { entries: Entry[]; byKey: Map<string, Map<Entry, number>> } | undefined;

function index() {
  if (built) return built;
  const entries: Entry[] = [];
  const byKey = new Map<string, Map<Entry, number>>();
  const add = (entry: Entry, name: string, tier: number) => {
    const key = nameKey(name);
    if (key === '') return;
    const found = byKey.get(key) ?? new Map<Entry, number>();
    found.set(entry, Math.min(found.get(entry) ?? tier, tier));
    byKey.set(key, found);
    const folded = fold(name);
    if (!entry.names.includes(folded)) entry.names.push(folded);
  };
  const tables = Object.values(NAME_TABLES);
  for (const state of STATES) {
    const entry: Entry = {
      kind: 'state',
      value: state.alpha3,
      category: state.standing === 'member' ? 'memberState' : 'observer',
      names: [],
    };
    entries.push(entry);
    const official = tables.map((t) => t.states[state.alpha3] ?? '');
    official.forEach((name) => add(entry, name, OFFICIAL));
    add(entry, state.alpha3, OFFICIAL);
    // "Bolivia (Plurinational State of)" is "Bolivia" to most who type it.
    official.forEach((name) => add(entry, name.replace(/\s*[(（].*?[)）]\s*/gu, ' '), COMMON));
    add(entry, state.alpha2, COMMON);
    (STATE_ALIASES[state.alpha3] ?? []).forEach((alias) => add(entry, alias, COMMON));
  }
  for (const organization of ORGANIZATIONS) {
    const entry: Entry = { ...organization, value: organization.key, names: [] };
    entries.push(entry);
    tables.forEach((t) => add(entry, t.organizations[organization.key] ?? '', OFFICIAL));
    (ORGANIZATION_ALIASES[organization.key] ?? []).forEach((alias) => add(entry, alias, COMMON));
  }
  built = { entries, byKey };
  return built;
}

const matchOf = (entry: Entry): DelegationMatch => ({
  kind: entry.kind,
  value: entry.value,
  category: entry.category,
});

/** What a text names as it is written. */
function lookup(text: string): Resolution {
  const found = index().byKey.get(nameKey(text));
  if (!found) return { kind: 'unknown' };
  const best = Math.min(...found.values());
  const matches = [...found].filter(([, tier]) => tier === best).map(([entry]) => matchOf(entry));
  return matches.length === 1 && matches[0]
    ? { kind: 'found', match: matches[0] }
    : { kind: 'ambiguous', matches };
}

/**
 * The delegation a whole text names, if exactly one does at the surest level that answers; also
 * in the ISO list's inverted order ("Congo, Democratic Republic of the", "Korea, Republic of",
 * "Palestine, State of"), which lists and databases copy from it.
 */
export function resolveName(text: string): Resolution {
  const direct = lookup(text);
  if (direct.kind !== 'unknown') return direct;
  const inverted = /^([^,]+),([^,]+)$/u.exec(text.trim());
  return inverted ? lookup(`${inverted[2] ?? ''} ${inverted[1] ?? ''}`) : direct;
}

/**
 * What to keep for a typed delegation: the State's code or the organization's English name when
 * the text names exactly one, else the text itself (trimmed), as the name of an organization.
 */
export function resolveDelegation(text: string): string {
  const resolution = resolveName(text);
  return resolution.kind === 'found' ? resolution.match.value : text.trim();
}

export interface DelegationOption extends DelegationMatch {
  /** Its name in the reader's language. */
  name: string;
  /** Its English name, which the chair may know better. */
  englishName: string;
}

/** How well an entry matches a folded query: 0 is best, undefined no match. */
function rank(
  entry: Entry,
  query: { folded: string; key: string },
  own: string,
  tier: number | undefined,
): number | undefined {
  if (tier === OFFICIAL && nameKey(own) === query.key) return 0;
  if (tier !== undefined) return 1;
  const { folded } = query;
  const words = (text: string) => text.split(/[\s(),'’-]+/u);
  if (own.startsWith(folded)) return 2;
  if (words(own).some((w) => w.startsWith(folded))) return 3;
  if (entry.names.some((n) => n.startsWith(folded) || words(n).some((w) => w.startsWith(folded)))) {
    return 4;
  }
  if (folded.length >= 3 && entry.names.some((n) => n.includes(folded))) return 5;
  return undefined;
}

/**
 * The delegations matching what the chair typed, best first, at most `limit`: "UK" finds the
 * United Kingdom before Ukraine, "EU" the European Union, "alle" Germany on an English console
 * and Allemagne on a French one.
 */
export function searchDelegations(
  query: string,
  language: UnLanguage,
  limit = 8,
): DelegationOption[] {
  const folded = fold(query);
  if (folded === '') return [];
  const { entries, byKey } = index();
  const key = nameKey(query);
  const exact = byKey.get(key);
  const collator = new Intl.Collator(language);
  const found: { option: DelegationOption; rank: number }[] = [];
  for (const entry of entries) {
    const name = delegationName(entry.value, language);
    const r = rank(entry, { folded, key }, fold(name), exact?.get(entry));
    if (r === undefined) continue;
    found.push({
      rank: r,
      option: {
        ...matchOf(entry),
        name,
        englishName: NAME_TABLES.en.states[entry.value] ?? entry.value,
      },
    });
  }
  return found
    .sort((a, b) => a.rank - b.rank || collator.compare(a.option.name, b.option.name))
    .slice(0, limit)
    .map(({ option }) => option);
}
