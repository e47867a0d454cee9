// When the hub's wall clock steps (NTP correcting a room PC that booted with the wrong time, an
// operator setting the clock), every instant the room holds was taken on the old clock. Moving
// them all by the step keeps every duration as it was: the speech on the floor has spoken just
// as long, a pause has lasted just as long, every record entry ends as long after it started,
// and the undo history stays on the same clock as the room. No duration is ever read across the
// step, which is what would corrupt them.
//
// A suspension's resume time is not moved: it is a time people meant on the real clock ("we
// resume at 15:00"), and after a correction the real clock is what the hub has again. Moving
// it would put the typed "08:10" at 07:10 on every screen after a step back of an hour.
import type { DurationMs, EpochMs } from '../time.ts';
import type {
  Announcement,
  Floor,
  Pause,
  MeetingCore,
  RoomState,
  SpeechRecord,
  SpeechTimer,
  UndoEntry,
} from './types.ts';

const moved = (at: EpochMs, stepMs: DurationMs): EpochMs => at + stepMs;
const movedOrNull = (at: EpochMs | null, stepMs: DurationMs) =>
  at === null ? null : moved(at, stepMs);

function movePause(pause: Pause, stepMs: DurationMs): Pause {
  return {
    pausedAt: moved(pause.pausedAt, stepMs),
    resumedAt: movedOrNull(pause.resumedAt, stepMs),
  };
}

function moveTimer(timer: SpeechTimer, stepMs: DurationMs): SpeechTimer {
  return {
    ...timer,
    startedAt: movedOrNull(timer.startedAt, stepMs),
    runningSince: movedOrNull(timer.runningSince, stepMs),
    pauses: timer.pauses.map((pause) => movePause(pause, stepMs)),
  };
}

function moveFloor(floor: Floor | null, stepMs: DurationMs): Floor | null {
  return floor && { ...floor, timer: moveTimer(floor.timer, stepMs) };
}

function moveAnnouncement(announcement: Announcement | null, stepMs: DurationMs) {
  return announcement && { ...announcement, at: moved(announcement.at, stepMs) };
}

function moveRecord(entry: SpeechRecord, stepMs: DurationMs): SpeechRecord {
  return {
    ...entry,
    startedAt: moved(entry.startedAt, stepMs),
    endedAt: moved(entry.endedAt, stepMs),
    pauses: entry.pauses.map((pause) => movePause(pause, stepMs)),
  };
}

/**
 * The room's instants moved by `stepMs`. Parts that hold no instant (the list, the meeting, the
 * interpretation notice) keep their identity, so the change sent to clients names only the parts
 * that moved.
 */
function moveCore(core: MeetingCore, stepMs: DurationMs): MeetingCore {
  return {
    ...core,
    announcement: moveAnnouncement(core.announcement, stepMs),
    floor: moveFloor(core.floor, stepMs),
    record: core.record.map((entry) => moveRecord(entry, stepMs)),
  };
}

function moveUndoEntry(entry: UndoEntry, stepMs: DurationMs): UndoEntry {
  return { ...entry, at: moved(entry.at, stepMs), state: moveCore(entry.state, stepMs) };
}

/**
 * The room after a step of the hub's clock by `stepMs` (positive: the clock jumped forward): every
 * instant moved by it, the version bumped (clients must take the new instants), nothing else
 * changed. Not a chair's command, so not undoable: the undo history moves with the room.
 */
export function afterClockStep(state: RoomState, stepMs: DurationMs): RoomState {
  return {
    ...state,
    current: state.current && moveCore(state.current, stepMs),
    version: state.version + 1,
    history: state.history.map((entry) => moveUndoEntry(entry, stepMs)),
  };
}
