// What a screen's header shows of the room: the room, its current meeting (null with none), the
// status and the title of the segment in play. One selector for the wall's header and the phone's,
// compared shallowly so that neither re-renders with the list or the clock.
import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../app/use-room.ts';
import type { LiveRoom } from '../store/live-room.ts';
import { segmentTitle } from './room-words.ts';

export function useRoomHead(store: LiveRoom) {
  return useRoomSlice(
    store,
    useShallow((s) =>
      s.room
        ? {
            room: s.room.room,
            meeting: s.room.meeting,
            status: s.room.status,
            segment: segmentTitle(s.room),
          }
        : undefined,
    ),
  );
}
