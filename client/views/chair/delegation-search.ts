// The type-ahead over the United Nations' Member States and observer States: each State by its
// name in the console's language (and its English UN name and ISO code, which the chair may know
// better), so that "alle" finds Germany for an English console and Allemagne for a French one.
import { delegationName } from '../../../shared/delegations/display-name.ts';
import { STATES } from '../../../shared/delegations/states.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';

export interface StateOption {
  alpha3: string;
  /** The name in the console's language. */
  name: string;
  /** The UN's English name. */
  englishName: string;
}

interface IndexedState extends StateOption {
  folded: string;
  foldedEnglish: string;
}

/** Lower case without accents: what a search compares. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const indexes = new Map<UnLanguage, IndexedState[]>();

function statesIn(language: UnLanguage): IndexedState[] {
  let index = indexes.get(language);
  if (!index) {
    const collator = new Intl.Collator(language);
    index = STATES.map((state) => {
      const name = delegationName(state.alpha3, language);
      return {
        alpha3: state.alpha3,
        name,
        englishName: state.name,
        folded: fold(name),
        foldedEnglish: fold(state.name),
      };
    }).sort((a, b) => collator.compare(a.name, b.name));
    indexes.set(language, index);
  }
  return index;
}

/** How well a State matches: 0 is best (the name starts with the query), undefined is no match. */
function rank(state: IndexedState, query: string): number | undefined {
  if (state.folded.startsWith(query)) return 0;
  if (state.alpha3.toLowerCase() === query) return 1;
  const wordStart = (text: string) => text.split(/[\s(),'-]+/).some((w) => w.startsWith(query));
  if (wordStart(state.folded)) return 2;
  if (state.foldedEnglish.startsWith(query) || wordStart(state.foldedEnglish)) return 3;
  if (state.folded.includes(query) || state.foldedEnglish.includes(query)) return 4;
  return undefined;
}

/** The States matching what the chair typed, best first, at most `limit`. */
export function searchStates(query: string, language: UnLanguage, limit = 8): StateOption[] {
  const folded = fold(query);
  if (folded === '') return [];
  const found: { state: IndexedState; rank: number }[] = [];
  for (const state of statesIn(language)) {
    const r = rank(state, folded);
    if (r !== undefined) found.push({ state, rank: r });
  }
  // Array.prototype.sort is stable: within a rank the States keep their alphabetical order.
  return found
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ state }) => ({
      alpha3: state.alpha3,
      name: state.name,
      englishName: state.englishName,
    }));
}

/**
 * The delegation to send for what was typed: a State's code when the text is exactly its name
 * (in the console's language or in English) or its code; anything else as typed (an organization).
 */
export function resolveDelegation(text: string, language: UnLanguage): string {
  const trimmed = text.trim();
  const folded = fold(trimmed);
  if (folded === '') return trimmed;
  const state = statesIn(language).find(
    (s) => s.folded === folded || s.foldedEnglish === folded || s.alpha3.toLowerCase() === folded,
  );
  return state ? state.alpha3 : trimmed;
}

/** True when the delegation is a State's code (not an organization's name). */
export function isStateCode(delegation: string): boolean {
  return STATES.some((s) => s.alpha3 === delegation);
}
