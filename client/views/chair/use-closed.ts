// Whether the console can change anything: an adjourned meeting is read-only (the hub takes only
// `undo`, for a slip of the hand), and with no meeting open there is nothing to change.
import { useRoomSlice } from '../../app/use-room.ts';
import { useChair } from './chair-context.tsx';
import { isClosed } from './floor-model.ts';

/** Whether the room on the console is closed to changes (see isClosed). */
export function useMeetingClosed(): boolean {
  const { store } = useChair();
  return useRoomSlice(store, (s) => (s.room ? isClosed(s.room.status) : true));
}
