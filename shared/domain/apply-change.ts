// A change message applied to a client's copy of the room. Its own file, apart from
// public-view.ts, so that clients do not bundle the hub's side (the projection of the pace).
import type { RoomChange } from './public-view.ts';
import { patchSpeakers } from './speaker-patch.ts';
import type { PublicRoomState } from './types.ts';

/**
 * A public state with a change applied (its version left as it was), or undefined when the
 * change does not fit it: the client then asks for the whole state.
 */
export function applyChange(
  view: PublicRoomState,
  change: RoomChange,
): PublicRoomState | undefined {
  const { speakerPatch, ...parts } = change;
  const next = { ...view, ...parts };
  if (!speakerPatch) return next;
  const speakers = patchSpeakers(next.speakers, speakerPatch);
  return speakers && { ...next, speakers };
}
