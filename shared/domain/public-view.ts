// What clients see of a room, and what changed between two versions of it.
import { NO_BOOTH_REPORTS } from './booths.ts';
import { paceOf } from './projection.ts';
import { speakersChange, type SpeakersChange } from './speaker-patch.ts';
import type {
  Floor,
  Interpretation,
  PublicFloor,
  PublicRoomState,
  RoomState,
  RoomStatus,
  Segment,
  Speaker,
} from './types.ts';

/** The parts of the public state a change can carry (everything but the room id and version). */
export type RoomPart = Exclude<keyof PublicRoomState, 'roomId' | 'version'>;

export const ROOM_PARTS: readonly RoomPart[] = [
  'room',
  'meetingId',
  'meeting',
  'status',
  'segments',
  'segmentId',
  'listOpen',
  'interpretation',
  'booths',
  'announcement',
  'speakers',
  'floor',
  'undo',
  'pace',
  'upcoming',
];

/** The meeting parts of a room with no current meeting: constant, so they keep their identity. */
const NO_SPEAKERS: Speaker[] = [];
const NO_SEGMENTS: Segment[] = [];
const NO_INTERPRETATION_NOTICE: Interpretation = { status: 'available', languages: [] };
const NO_STATUS: RoomStatus = { kind: 'noMeeting' };

/**
 * The state every client may see: the room and its current meeting, flattened; no undo history,
 * no record (that is served on its own), no parked lists.
 */
export function publicView(state: RoomState): PublicRoomState {
  const last = state.history[state.history.length - 1];
  const current = state.current;
  const shell = {
    roomId: state.roomId,
    version: state.version,
    room: state.room,
    undo: { available: state.history.length, next: last ? last.commandType : null },
    upcoming: state.upcoming,
  };
  if (!current) {
    return {
      ...shell,
      meetingId: null,
      meeting: null,
      status: NO_STATUS,
      segments: NO_SEGMENTS,
      segmentId: null,
      listOpen: false,
      interpretation: NO_INTERPRETATION_NOTICE,
      booths: NO_BOOTH_REPORTS,
      announcement: null,
      speakers: NO_SPEAKERS,
      floor: null,
      pace: paceOf([]),
    };
  }
  return {
    ...shell,
    meetingId: current.meetingId,
    meeting: current.meeting,
    status: current.status,
    segments: current.segments,
    segmentId: current.segmentId,
    listOpen: current.listOpen,
    interpretation: current.interpretation,
    booths: current.booths,
    announcement: current.announcement,
    speakers: current.speakers,
    floor: current.floor && publicFloor(current.floor),
    pace: paceOf(current.record),
  };
}

/** The floor without the pauses of the speech: clients need the clock, the record the pauses. */
function publicFloor(floor: Floor): PublicFloor {
  const { pauses: _pauses, ...clock } = floor.timer;
  return {
    speakerId: floor.speakerId,
    timer: clock,
    ...(floor.slowerAt !== undefined && { slowerAt: floor.slowerAt }),
  };
}

/**
 * The parts that differ between two public states. Updates are immutable, so an untouched part
 * keeps its identity and costs nothing to compare; the small parts are compared by value, and
 * the list of speakers travels as a patch (speaker-patch.ts).
 */
export function changedParts(before: PublicRoomState, after: PublicRoomState): RoomChange {
  const changed: RoomChange = {};
  for (const part of ROOM_PARTS) {
    if (before[part] === after[part]) continue;
    if (part === 'undo' && sameUndo(before.undo, after.undo)) continue;
    if (part === 'pace' && samePace(before.pace, after.pace)) continue;
    if (part === 'floor' && sameFloor(before.floor, after.floor)) continue;
    if (part === 'status' && sameStatus(before.status, after.status)) continue;
    if (part === 'speakers')
      Object.assign(changed, speakersChange(before.speakers, after.speakers));
    else copyPart(changed, after, part);
  }
  return changed;
}

/** What a change message carries: some parts of a public state, the list possibly as a patch. */
export type RoomChange = Partial<Pick<PublicRoomState, Exclude<RoomPart, 'speakers'>>> &
  SpeakersChange;

function copyPart<Part extends Exclude<RoomPart, 'speakers'>>(
  target: RoomChange,
  source: PublicRoomState,
  part: Part,
) {
  target[part] = source[part];
}

function sameFloor(a: PublicFloor | null, b: PublicFloor | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [a.timer, b.timer];
  return (
    a.speakerId === b.speakerId &&
    a.slowerAt === b.slowerAt &&
    x.limitMs === y.limitMs &&
    x.adjustmentMs === y.adjustmentMs &&
    x.startedAt === y.startedAt &&
    x.runningSince === y.runningSince &&
    x.accumulatedMs === y.accumulatedMs
  );
}

function samePace(a: PublicRoomState['pace'], b: PublicRoomState['pace']): boolean {
  return a.factor === b.factor && a.changeoverMs === b.changeoverMs;
}

function sameUndo(a: PublicRoomState['undo'], b: PublicRoomState['undo']): boolean {
  return a.available === b.available && a.next === b.next;
}

function sameStatus(a: RoomStatus, b: RoomStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
