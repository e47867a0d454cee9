// What the REST API says of a room from its public state (the hub's own or an edge's snapshot):
// one line for GET /api/rooms, and the detail of GET /api/rooms/:roomId. Hub and edges answer
// with these same functions, so they cannot word a room differently.
import { nextMeeting, resumesAt } from '../../shared/domain/calendar.ts';
import { projectWith } from '../../shared/domain/projection.ts';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomDetail, RoomSnapshot, RoomSummary } from '../../shared/protocol.ts';

/** The summary of a room: its id, name, current meeting, status and version. */
export function roomSummary(state: PublicRoomState): RoomSummary {
  return {
    roomId: state.roomId,
    name: state.room.name,
    timeZone: state.room.timeZone,
    meetingId: state.meetingId,
    title: state.meeting?.title ?? null,
    status: state.status.kind,
    version: state.version,
  };
}

/** The snapshot with what follows from it at its `serverNow`. */
export function roomDetail(snapshot: RoomSnapshot): RoomDetail {
  const now = snapshot.serverNow;
  const { meeting, room } = snapshot;
  return {
    ...snapshot,
    projection: meeting && projectWith({ ...snapshot, meeting }, snapshot.pace, now),
    next: nextMeeting(snapshot.upcoming, now, room.timeZone),
    resumesAt: meeting && resumesAt(snapshot.status, meeting.sittings, now, room.timeZone),
  };
}
