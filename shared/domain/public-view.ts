// What clients see of a room, and what changed between two versions of it.
import { paceOf } from './projection.ts';
import { speakersChange, type SpeakersChange } from './speaker-patch.ts';
import type { Floor, PublicFloor, PublicRoomState, RoomState } from './types.ts';

/** The parts of the public state a change can carry (everything but the room id and version). */
export type RoomPart = Exclude<keyof PublicRoomState, 'roomId' | 'version'>;

export const ROOM_PARTS: readonly RoomPart[] = [
  'meeting',
  'status',
  'listOpen',
  'interpretation',
  'announcement',
  'speakers',
  'floor',
  'undo',
  'pace',
];

/** The state every client may see: no undo history, no record (that is served on its own). */
export function publicView(state: RoomState): PublicRoomState {
  const last = state.history[state.history.length - 1];
  return {
    roomId: state.roomId,
    version: state.version,
    meeting: state.meeting,
    status: state.status,
    listOpen: state.listOpen,
    interpretation: state.interpretation,
    announcement: state.announcement,
    speakers: state.speakers,
    floor: state.floor && publicFloor(state.floor),
    undo: { available: state.history.length, next: last ? last.commandType : null },
    pace: paceOf(state.record),
  };
}

/** The floor without the pauses of the speech: clients need the clock, the record the pauses. */
function publicFloor(floor: Floor): PublicFloor {
  const { pauses: _pauses, ...clock } = floor.timer;
  return { speakerId: floor.speakerId, timer: clock };
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
