// The interpretation notice as the booths report it. While the chair follows the booths, the
// room's notice is composed from their reports: every language provided, some, or none.
import { UN_LANGUAGES, type BoothStatuses, type Booths, type Interpretation } from './types.ts';

/** A meeting's booths before any report: the chair sets the notice. */
export const NO_BOOTH_REPORTS: Booths = { statuses: {}, source: 'chair' };

/**
 * The notice the booths' reports make: available when every language's booth says it provides
 * interpretation, partial (naming them, in the UN's order) when some do, unavailable when none
 * does. A booth that has said nothing counts as not providing it: the room is told only what a
 * booth confirmed.
 */
export function interpretationFromBooths(statuses: BoothStatuses): Interpretation {
  const provided = UN_LANGUAGES.filter((language) => statuses[language] === true);
  if (provided.length === UN_LANGUAGES.length) return { status: 'available', languages: [] };
  if (provided.length === 0) return { status: 'unavailable', languages: [] };
  return { status: 'partial', languages: provided };
}
