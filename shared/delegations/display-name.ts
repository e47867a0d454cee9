// How a delegation is named on screen: a State by its name in the reader's language, an
// organization by the name it was entered with.
import { findState } from './states.ts';

const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(
        locale,
        new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }),
      );
    } catch {
      return undefined;
    }
  }
  return displayNames.get(locale);
}

/** The name to show for a delegation in `locale`: English uses the UN's own wording. */
export function delegationName(delegation: string, locale = 'en'): string {
  const state = findState(delegation);
  if (!state || state.alpha3 !== delegation) return delegation;
  if (locale === 'en') return state.name;
  return regionNames(locale)?.of(state.alpha2) ?? state.name;
}
