// ─── To wire when "slower, please" lands in the domain ────────────────────────────────────────
// The one place the lectern reads the interpreters' request. Until `PublicFloor.slowerAt` and
// shared/domain/slower.ts exist on main, the request is read as never made (undefined) and the
// signal's length is the figure the lead fixed (15 s). Once they land, replace the two below by:
//
//   export { SLOWER_SIGNAL_MS } from '../../../shared/domain/slower.ts';
//   export const useSlowerAt = (store: LiveRoom) =>
//     useRoomSlice(store, (s) => s.room?.floor?.slowerAt);
//
// and nothing else in the lectern changes (SlowerSignal takes `slowerAt` as a prop).
import type { DurationMs, EpochMs } from '../../../shared/time.ts';
import type { LiveRoom } from '../../store/live-room.ts';

/** How long the signal shows after a request (shared/domain/slower.ts's SLOWER_SIGNAL_MS). */
export const SLOWER_SIGNAL_MS: DurationMs = 15_000;

/** When the interpreters last asked the speaker on the floor to slow down: not yet wired. */
export function useSlowerAt(_store: LiveRoom): EpochMs | undefined {
  return undefined;
}
