// What a list's cell names: one delegation (kept as a State's code or an organization's English
// key), several (an acronym two answer to: "AU" is Australia's ISO code and the African Union's),
// or none known (kept as written, as an organization the lists do not know).
import { resolveName } from '../delegations/find-delegation.ts';
import type { SpeakerCategory } from '../domain/types.ts';

export type NameReading =
  | {
      kind: 'state' | 'organization' | 'group';
      value: string;
      /** The category its speakers have when the list gives none. */
      category: SpeakerCategory;
    }
  | { kind: 'ambiguous'; value: string; candidates: string[] }
  | { kind: 'unknown'; value: string };

/** A leading article a list may write before a name: "the Netherlands", "la Unión Europea". */
const ARTICLE = /^(?:the|le|la|les|l['’]|el|los|las)\s*(?=\p{L})/iu;

/** The delegation (or group spoken for) a text names, trying it also without its article. */
export function readName(text: string): NameReading {
  const trimmed = text.trim();
  const attempts = ARTICLE.test(trimmed) ? [trimmed, trimmed.replace(ARTICLE, '')] : [trimmed];
  for (const attempt of attempts) {
    const resolution = resolveName(attempt);
    if (resolution.kind === 'found') return resolution.match;
    if (resolution.kind === 'ambiguous') {
      return {
        kind: 'ambiguous',
        value: trimmed,
        candidates: resolution.matches.map((m) => m.value),
      };
    }
  }
  return { kind: 'unknown', value: trimmed };
}

/** True when a text names exactly one delegation. */
export function namesDelegation(text: string): boolean {
  const kind = readName(text).kind;
  return kind !== 'unknown' && kind !== 'ambiguous';
}
