// The one way a room changes: `apply(state, command, now)`. It checks the version and the
// meeting's status, runs the command's handler from one exhaustive table, keeps the state before
// for `undo`, and bumps the version. A refused command leaves the state exactly as it was.
import { fail, ok } from '../result.ts';
import type { EpochMs } from '../time.ts';
import type { Command, CommandType } from './commands.ts';
import { domainError } from './errors.ts';
import * as floor from './floor-commands.ts';
import type { CommandHandler, DomainResult } from './handler.ts';
import * as list from './list-commands.ts';
import * as meeting from './meeting-commands.ts';
import { parseCommand } from './parse-command.ts';
import { UNDO_DEPTH, type RoomCore, type RoomState } from './types.ts';

type HandlerTable = { [Type in Exclude<CommandType, 'undo'>]: CommandHandler<Type> };

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
};

/** After adjournment only corrections and notices are taken (and undo, for a slip of the hand). */
const ALLOWED_AFTER_ADJOURNMENT: ReadonlySet<CommandType> = new Set([
  'updateSpeaker',
  'updateMeeting',
  'setInterpretation',
  'announce',
  'clearAnnouncement',
  'undo',
]);

type TableCommand = Exclude<Command, { type: 'undo' }>;

/**
 * Runs the handler of the command's own type. The table's type pairs each type with its handler;
 * TypeScript cannot follow that pairing through an index, hence the one widening here.
 */
function runHandler(core: RoomCore, command: TableCommand, now: EpochMs): DomainResult<RoomCore> {
  const handler = handlers[command.type] as (
    core: RoomCore,
    command: TableCommand,
    now: EpochMs,
  ) => DomainResult<RoomCore>;
  return handler(core, command, now);
}

/** The room without its version and undo history. */
export function coreOf(state: RoomState): RoomCore {
  const { version: _version, history: _history, ...core } = state;
  return core;
}

/** Applies a validated command at `now`: the new state, or a typed error and no change. */
export function apply(state: RoomState, command: Command, now: EpochMs): DomainResult<RoomState> {
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version) {
    return fail(
      domainError(
        'conflict',
        `The room changed (now version ${state.version}, the command was made on ${command.expectedVersion}): look again and retry.`,
      ),
    );
  }
  if (state.status.kind === 'adjourned' && !ALLOWED_AFTER_ADJOURNMENT.has(command.type)) {
    return fail(domainError('meetingAdjourned', 'The meeting is adjourned.'));
  }
  if (command.type === 'undo') return undo(state);

  const result = runHandler(coreOf(state), command, now);
  if (!result.ok) return result;
  const entry = {
    commandType: command.type,
    at: now,
    fromVersion: state.version,
    state: coreOf(state),
  };
  return ok({
    ...result.value,
    version: state.version + 1,
    history: [...state.history, entry].slice(-UNDO_DEPTH),
  });
}

/**
 * Takes back the last accepted command: its state before comes back, under a new version.
 * The id counter stays where it is, so an id the command handed out is never given to another.
 */
function undo(state: RoomState): DomainResult<RoomState> {
  const last = state.history[state.history.length - 1];
  if (!last) return fail(domainError('nothingToUndo', 'There is nothing to undo.'));
  return ok({
    ...last.state,
    nextId: state.nextId,
    version: state.version + 1,
    history: state.history.slice(0, -1),
  });
}

/** Validates untrusted input as a command and applies it. */
export function applyInput(
  state: RoomState,
  input: unknown,
  now: EpochMs,
): DomainResult<RoomState> {
  const parsed = parseCommand(input);
  return parsed.ok ? apply(state, parsed.value, now) : parsed;
}
