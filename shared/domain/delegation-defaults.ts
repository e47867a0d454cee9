// What the domain makes of a delegation it is given: a State's code in any case becomes the code
// ('gbr' is 'GBR'), and a speaker's category, when none is given, follows from who it is (a
// Member State, an observer State, a known organization's own category, else an organization).
import { findOrganization } from '../delegations/organizations.ts';
import { findState } from '../delegations/states.ts';
import type { SpeakerCategory } from './types.ts';

/** A State's code as the list keeps it (upper case); any other text as it is. */
export function normalizeDelegation(delegation: string): string {
  const state = /^[a-z]{3}$/i.test(delegation) ? findState(delegation) : undefined;
  return state ? state.alpha3 : delegation;
}

/** The category a delegation has when none is given. */
export function defaultCategory(delegation: string): SpeakerCategory {
  const state = findState(delegation);
  if (state && state.alpha3 === delegation) {
    return state.standing === 'member' ? 'memberState' : 'observer';
  }
  return findOrganization(delegation)?.category ?? 'intergovernmental';
}
