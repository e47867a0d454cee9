// Pure helpers of the wall display: what to show, derived from the room. Tested on their own.
import { callOrder } from '../../../shared/domain/list-order.ts';
import type { Speaker } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { localTimeAt } from '../../../shared/zoned-time.ts';

/** How many upcoming speakers the wall lists. */
export const NEXT_COUNT = 3;

/** The next speakers in the order they would be called. */
export function nextSpeakers(speakers: readonly Speaker[], count = NEXT_COUNT): Speaker[] {
  return callOrder(speakers).slice(0, count);
}

/** The room's local time now, 'HH:MM'. */
export function roomTime(serverNow: EpochMs, timeZone: string): string {
  return localTimeAt(serverNow, timeZone);
}

/** How long a name is, for sizing it so that it is never cut. */
export function nameLength(name: string): 'short' | 'medium' | 'long' {
  if (name.length > 36) return 'long';
  return name.length > 22 ? 'medium' : 'short';
}
