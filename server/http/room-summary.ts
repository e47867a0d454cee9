// One line of GET /api/rooms, from a room's state (the hub's full state or an edge's snapshot).
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomSummary } from '../../shared/protocol.ts';

/** The summary of a room: its id, title, room, status and version. */
export function roomSummary(
  state: Pick<PublicRoomState, 'roomId' | 'meeting' | 'status' | 'version'>,
): RoomSummary {
  return {
    roomId: state.roomId,
    title: state.meeting.title,
    room: state.meeting.room,
    status: state.status.kind,
    version: state.version,
  };
}
