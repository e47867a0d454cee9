// The one way a room changes: `apply(state, command, now, calendar)`. It checks the version and
// the meeting's status, runs the command's handler on the current meeting from one exhaustive
// table, keeps the meeting as it was for `undo`, and bumps the version. `openMeeting` is the room's
// own: it takes a scheduled meeting from the calendar and makes it the current one. A refused
// command leaves the state exactly as it was.
import { fail, ok } from '../result.ts';
import type { EpochMs } from '../time.ts';
import type { Command, CommandType } from './commands.ts';
import { domainError } from './errors.ts';
import * as booth from './booth-commands.ts';
import { interpretationFromBooths } from './booths.ts';
import { issuerOf } from './command-issuers.ts';
import * as floor from './floor-commands.ts';
import type { CommandHandler, DomainResult } from './handler.ts';
import * as list from './list-commands.ts';
import * as meeting from './meeting-commands.ts';
import { checkSchedule, type CalendarEntry } from './calendar.ts';
import { createMeeting, type MeetingSetup } from './meeting-setup.ts';
import { parseCommand } from './parse-command.ts';
import * as segment from './segment-commands.ts';
import { UNDO_DEPTH, type Floor, type MeetingCore, type RoomState } from './types.ts';

/** The room's own commands, not a meeting's: handled here, not by the table. */
type RoomCommandType = 'undo' | 'openMeeting';

type HandlerTable = { [Type in Exclude<CommandType, RoomCommandType>]: CommandHandler<Type> };

const handlers: HandlerTable = {
  startSpeech: floor.startSpeech,
  pauseSpeech: floor.pauseSpeech,
  resumeSpeech: floor.resumeSpeech,
  endSpeech: floor.endSpeech,
  nextSpeaker: floor.nextSpeaker,
  previousSpeaker: floor.previousSpeaker,
  skipSpeaker: floor.skipSpeaker,
  adjustTime: floor.adjustTime,
  setTimeLimit: floor.setTimeLimit,
  addSpeaker: list.addSpeaker,
  addSpeakers: list.addSpeakers,
  replaceList: list.replaceList,
  updateSpeaker: list.updateSpeaker,
  removeSpeaker: list.removeSpeaker,
  moveSpeaker: list.moveSpeaker,
  closeList: list.closeList,
  reopenList: list.reopenList,
  setInterpretation: meeting.setInterpretation,
  announce: meeting.announce,
  clearAnnouncement: meeting.clearAnnouncement,
  suspendMeeting: meeting.suspendMeeting,
  resumeMeeting: meeting.resumeMeeting,
  adjournMeeting: meeting.adjournMeeting,
  updateMeeting: meeting.updateMeeting,
  startSegment: segment.startSegment,
  followBooths: booth.followBooths,
  setBoothStatus: booth.setBoothStatus,
  askSlower: booth.askSlower,
};

/**
 * An adjourned meeting is closed: read-only for good. Only `undo` is taken, for a slip of the
 * hand, while the meeting is still the room's current one (opening another clears the history).
 */
const ALLOWED_AFTER_ADJOURNMENT: ReadonlySet<CommandType> = new Set(['undo']);

type TableCommand = Exclude<Command, { type: RoomCommandType }>;

/** What a command may need of the room's calendar, which the hub keeps beside the state. */
export interface CalendarView {
  /** A scheduled meeting's setup (for openMeeting). */
  scheduled(meetingId: string): MeetingSetup | undefined;
  /** The room's meetings (for the schedule's rule when the open meeting's sittings change). */
  entries(): readonly CalendarEntry[];
}

const EMPTY_CALENDAR: CalendarView = { scheduled: () => undefined, entries: () => [] };

/**
 * Runs the handler of the command's own type. The table's type pairs each type with its handler;
 * TypeScript cannot follow that pairing through an index, hence the one widening here.
 */
function runHandler(
  core: MeetingCore,
  command: TableCommand,
  now: EpochMs,
): DomainResult<MeetingCore> {
  const handler = handlers[command.type] as (
    core: MeetingCore,
    command: TableCommand,
    now: EpochMs,
  ) => DomainResult<MeetingCore>;
  return handler(core, command, now);
}

/** Applies a validated command at `now`: the new state, or a typed error and no change. */
export function apply(
  state: RoomState,
  command: Command,
  now: EpochMs,
  calendar: CalendarView = EMPTY_CALENDAR,
): DomainResult<RoomState> {
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version) {
    return fail(
      domainError(
        'conflict',
        `The room changed (now version ${state.version}, the command was made on ${command.expectedVersion}): look again and retry.`,
      ),
    );
  }
  if (command.type === 'openMeeting') return openMeeting(state, command.meetingId, calendar);
  const current = state.current;
  if (!current) {
    return fail(
      domainError('noOpenMeeting', 'No meeting is open in this room: open a scheduled one first.'),
    );
  }
  if (current.status.kind === 'adjourned' && !ALLOWED_AFTER_ADJOURNMENT.has(command.type)) {
    return fail(domainError('meetingAdjourned', 'The meeting is adjourned: its record is closed.'));
  }
  if (command.type === 'undo') return undo(state, current, calendar);

  const result = runHandler(current, command, now);
  if (!result.ok) return result;
  if (result.value.meeting.sittings !== current.meeting.sittings) {
    const fits = checkSchedule(
      result.value.meeting.sittings,
      calendar.entries(),
      current.meetingId,
    );
    if (!fits.ok) return fits;
  }
  // The booths' commands are theirs, not steps of the chair's undo (see undo below).
  if (issuerOf(command.type) === 'booth') {
    return ok({ ...state, current: result.value, version: state.version + 1 });
  }
  const entry = { commandType: command.type, at: now, fromVersion: state.version, state: current };
  return ok({
    ...state,
    current: result.value,
    version: state.version + 1,
    history: [...state.history, entry].slice(-UNDO_DEPTH),
  });
}

/**
 * Makes a scheduled meeting the room's current one, its first segment in play. Not undoable:
 * the history is of the meeting, and this one has none yet.
 */
function openMeeting(
  state: RoomState,
  meetingId: string,
  calendar: CalendarView,
): DomainResult<RoomState> {
  if (state.current && state.current.status.kind !== 'adjourned') {
    return fail(
      domainError(
        'meetingOpen',
        `Meeting ${state.current.meetingId} is open in this room: adjourn it first.`,
        'meetingId',
      ),
    );
  }
  // An adjourned meeting is closed for good, whatever the calendar says.
  const setup = state.current?.meetingId === meetingId ? undefined : calendar.scheduled(meetingId);
  if (!setup) {
    return fail(
      domainError(
        'unknownMeeting',
        `No scheduled meeting ${meetingId} in this room (an adjourned meeting is not opened again).`,
        'meetingId',
      ),
    );
  }
  const created = createMeeting(setup, state.room, meetingId);
  if (!created.ok) return created;
  return ok({
    ...state,
    version: state.version + 1,
    current: created.value,
    upcoming: state.upcoming.filter((m) => m.meetingId !== meetingId),
    history: [],
  });
}

/**
 * Takes back the last accepted command: its state before comes back, under a new version.
 * The id counter stays where it is, so an id the command handed out is never given to another.
 */
function undo(
  state: RoomState,
  current: MeetingCore,
  calendar: CalendarView,
): DomainResult<RoomState> {
  const last = state.history[state.history.length - 1];
  if (!last) return fail(domainError('nothingToUndo', 'There is nothing to undo.'));
  // Undoing an adjournment opens the meeting again: the room must still be as it was for it.
  const reopening = current.status.kind === 'adjourned' && last.state.status.kind !== 'adjourned';
  if (reopening && last.state.meeting.timeZone !== state.room.timeZone) {
    return fail(
      domainError(
        'invalidTimeZone',
        "The room's time zone changed since the adjournment: the meeting stays adjourned.",
      ),
    );
  }
  // Sittings taken back (or held again, once reopened) must still fit the calendar, which may
  // have moved on meanwhile.
  if (reopening || last.state.meeting.sittings !== current.meeting.sittings) {
    const fits = checkSchedule(last.state.meeting.sittings, calendar.entries(), current.meetingId);
    if (!fits.ok) return fits;
  }
  return ok({
    ...state,
    current: keepBoothsSay(current, { ...last.state, nextId: current.nextId }),
    version: state.version + 1,
    history: state.history.slice(0, -1),
  });
}

/**
 * What the booths said since stays said when the chair undoes its own command: their reports
 * (the notice recomposed from them if the restored meeting follows the booths) and their request
 * to the speaker who still has the floor.
 */
function keepBoothsSay(current: MeetingCore, restored: MeetingCore): MeetingCore {
  // Unchanged parts keep their identity, so that the change sent to clients leaves them out.
  const said = current.booths.statuses;
  const booths =
    restored.booths.statuses === said ? restored.booths : { ...restored.booths, statuses: said };
  const interpretation =
    booths.source === 'booths' && booths !== restored.booths
      ? interpretationFromBooths(said)
      : restored.interpretation;
  // The same speech, started at the same instant: the request was made to this speaker.
  const sameSpeech =
    restored.floor !== null &&
    current.floor?.speakerId === restored.floor.speakerId &&
    restored.floor.timer.startedAt !== null &&
    current.floor.timer.startedAt === restored.floor.timer.startedAt &&
    current.floor.slowerAt !== restored.floor.slowerAt;
  const floor =
    sameSpeech && current.floor && restored.floor
      ? withSlowerOf(current.floor, restored.floor)
      : restored.floor;
  return { ...restored, booths, interpretation, floor };
}

/** `floor` with the interpreters' requests of `from` (the same speaker's floor, later). */
function withSlowerOf(from: Floor, floor: Floor): Floor {
  const { slowerAt: _at, slowerRequests: _count, ...rest } = floor;
  return {
    ...rest,
    ...(from.slowerAt !== undefined && { slowerAt: from.slowerAt }),
    ...(from.slowerRequests !== undefined && { slowerRequests: from.slowerRequests }),
  };
}

/** Validates untrusted input as a command and applies it. */
export function applyInput(
  state: RoomState,
  input: unknown,
  now: EpochMs,
  calendar: CalendarView = EMPTY_CALENDAR,
): DomainResult<RoomState> {
  const parsed = parseCommand(input);
  return parsed.ok ? apply(state, parsed.value, now, calendar) : parsed;
}
