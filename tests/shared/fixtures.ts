// Helpers for the domain tests: a room built the way the hub builds one (parseRoomSeed, then
// createRoom), its meeting open, commands applied at explicit instants, and loud failures on a
// surprise. The meeting's parts live in `state.current`; `meetingOf` reads them, and the list
// helpers take either a room (its current meeting) or anything holding a list.
// Every state that passes through here is deep-frozen, so a handler that mutated its input
// would throw instead of quietly passing.
import { expect } from 'vitest';
import { apply, type CalendarView } from '../../shared/domain/apply.ts';
import type { CalendarEntry } from '../../shared/domain/calendar.ts';
import type { Command, CommandOf, CommandType } from '../../shared/domain/commands.ts';
import {
  createRoom,
  parseRoomSeed,
  type CreatedRoom,
  type RoomSeedInput,
} from '../../shared/domain/create-room.ts';
import type { DomainError, DomainErrorCode } from '../../shared/domain/errors.ts';
import type { MeetingSetup } from '../../shared/domain/meeting-setup.ts';
import type {
  Floor,
  MeetingCore,
  RoomState,
  Speaker,
  SpeakerStatus,
} from '../../shared/domain/types.ts';
import { MINUTE_MS, SECOND_MS, type EpochMs } from '../../shared/time.ts';

export const NEW_YORK = 'America/New_York';

/** 2017-09-06 10:00 in New York (EDT, UTC-4): the first sitting opens. */
export const T0: EpochMs = Date.UTC(2017, 8, 6, 14, 0);

/** A number of minutes, in ms. */
export const minutes = (n: number): number => n * MINUTE_MS;
/** A number of seconds, in ms. */
export const seconds = (n: number): number => n * SECOND_MS;

/** The instant `ms` after T0. */
export const after = (ms: number): EpochMs => T0 + ms;

/** 2017-09-06 at 'HH:MM' or 'HH:MM:SS' in New York (EDT, UTC-4). */
export function nyTime(hhmm: string): EpochMs {
  const [h = 0, m = 0, s = 0] = hhmm.split(':').map(Number);
  return Date.UTC(2017, 8, 6, h + 4, m, s);
}

/** The five delegations of the default room: they get ids s1..s5 in this order. */
export const DELEGATIONS = ['FRA', 'DEU', 'GBR', 'JPN', 'BRA'] as const;

/** The default room's meeting: two sittings on 2017-09-06 in New York, 3-minute limit. */
export const SEED_MEETING = {
  title: 'Informal interactive dialogue on the responsibility to protect',
  timeZone: NEW_YORK,
  sittings: [
    { date: '2017-09-06', start: '10:00', end: '13:00' },
    { date: '2017-09-06', start: '15:00', end: '18:00' },
  ],
  defaultLimitMs: minutes(3),
  warningMs: seconds(30),
} satisfies RoomSeedInput['meeting'];

/** The seed of the default room: its meeting, which opens at once, and five speakers. */
export function seedInput(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: 'cr4',
    meeting: SEED_MEETING,
    speakers: DELEGATIONS.map((delegation) => ({ delegation })),
    ...overrides,
  };
}

/** A room and its calendar from a seed as it is; throws if the seed is refused. */
export function createdRoom(input: RoomSeedInput): CreatedRoom {
  const parsed = parseRoomSeed(input);
  if (!parsed.ok) throw new Error(`seed refused: ${JSON.stringify(parsed.error)}`);
  const created = createRoom(parsed.value, T0);
  if (!created.ok) throw new Error(`room refused: ${JSON.stringify(created.error)}`);
  return deepFreeze(created.value);
}

/**
 * A new room from a seed (the default one unless overridden), its meeting open (the seed's own
 * meeting opens as the room is created); throws if the seed is refused.
 */
export function makeRoom(overrides: Partial<RoomSeedInput> = {}): RoomState {
  return createdRoom(seedInput(overrides)).state;
}

/** The room's current meeting; throws if there is none. */
export function meetingOf(state: RoomState): MeetingCore {
  if (!state.current) throw new Error('no current meeting in the room');
  return state.current;
}

/** A room with `count` speakers (delegations 'Org 1'..'Org N', ids s1..sN). */
export function roomWithSpeakers(count: number, limitMs = minutes(3)): RoomState {
  return makeRoom({
    speakers: Array.from({ length: count }, (_, i) => ({
      delegation: `Org ${i + 1}`,
      ...(limitMs !== minutes(3) && { limitMs }),
    })),
  });
}

/**
 * The segments of the default segmented meeting, as a dialogue has them: ids seg-1..seg-3,
 * speakers s1..s9 (the ids run on across segments), limits 10 and 7 minutes, then the meeting's.
 */
export const SEGMENTS = [
  {
    title: 'Opening segment',
    defaultLimitMs: minutes(10),
    speakers: [
      { delegation: 'President of the General Assembly', category: 'chair' as const },
      { delegation: 'Secretary-General', category: 'unSystem' as const },
    ],
  },
  {
    title: 'Interactive panel',
    defaultLimitMs: minutes(7),
    speakers: [1, 2, 3, 4].map((n) => ({ delegation: `Panellist ${n}` })),
  },
  {
    title: 'Interactive dialogue',
    speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }, { delegation: 'GBR' }],
  },
] satisfies RoomSeedInput['segments'];

/** The default room with its meeting in three segments (SEGMENTS), the first in play. */
export function segmentedRoom(): RoomState {
  return makeRoom({ speakers: undefined, segments: SEGMENTS });
}

/**
 * A well-formed command of every type, for tables that must cover them all: a new command type
 * fails the typecheck here until it has one.
 */
export const ONE_OF_EACH: { [Type in CommandType]: CommandOf<Type> } = {
  startSpeech: { type: 'startSpeech' },
  pauseSpeech: { type: 'pauseSpeech' },
  resumeSpeech: { type: 'resumeSpeech' },
  endSpeech: { type: 'endSpeech' },
  nextSpeaker: { type: 'nextSpeaker' },
  previousSpeaker: { type: 'previousSpeaker' },
  skipSpeaker: { type: 'skipSpeaker' },
  adjustTime: { type: 'adjustTime', deltaMs: seconds(30) },
  setTimeLimit: { type: 'setTimeLimit', speakerId: 's1', limitMs: minutes(1) },
  addSpeaker: { type: 'addSpeaker', delegation: 'CHN' },
  addSpeakers: { type: 'addSpeakers', speakers: [{ delegation: 'CHN' }] },
  replaceList: { type: 'replaceList', speakers: [] },
  updateSpeaker: { type: 'updateSpeaker', speakerId: 's1', speakerName: 'Jean Dupont' },
  removeSpeaker: { type: 'removeSpeaker', speakerId: 's1' },
  moveSpeaker: { type: 'moveSpeaker', speakerId: 's1', toIndex: 2 },
  closeList: { type: 'closeList' },
  reopenList: { type: 'reopenList' },
  setInterpretation: { type: 'setInterpretation', status: 'unavailable', languages: [] },
  announce: { type: 'announce', text: 'The summary will be issued as a document.' },
  clearAnnouncement: { type: 'clearAnnouncement' },
  suspendMeeting: { type: 'suspendMeeting' },
  resumeMeeting: { type: 'resumeMeeting' },
  adjournMeeting: { type: 'adjournMeeting' },
  updateMeeting: { type: 'updateMeeting', note: 'Originally held on 6 September 2017' },
  openMeeting: { type: 'openMeeting', meetingId: '2017-09-07-1' },
  startSegment: { type: 'startSegment', segmentId: 'seg-2' },
  followBooths: { type: 'followBooths' },
  setBoothStatus: { type: 'setBoothStatus', language: 'fr', available: true },
  askSlower: { type: 'askSlower' },
  undo: { type: 'undo' },
};

/** Applies a command that must be accepted: the new state, version bumped by exactly one. */
export function accept(
  state: RoomState,
  command: Command,
  now: EpochMs = T0,
  calendar?: CalendarView,
): RoomState {
  const result = apply(deepFreeze(state), command, now, calendar);
  if (!result.ok) {
    throw new Error(
      `${command.type} was refused: ${result.error.code} (${result.error.message}) ${JSON.stringify(command)}`,
    );
  }
  expect(result.value.version).toBe(state.version + 1);
  return deepFreeze(result.value);
}

/** Applies commands in turn, all at `now`. */
export function run(state: RoomState, commands: readonly Command[], now: EpochMs = T0): RoomState {
  return commands.reduce((s, c) => accept(s, c, now), state);
}

/** Applies commands in turn, each at its own instant. */
export function timeline(
  state: RoomState,
  steps: ReadonlyArray<readonly [EpochMs, Command]>,
): RoomState {
  return steps.reduce((s, [at, c]) => accept(s, c, at), state);
}

/**
 * Applies a command that must be refused: the error, after checking that the state the command
 * was given is exactly as it was (same version, same content).
 */
export function refuse(
  state: RoomState,
  command: Command,
  now: EpochMs = T0,
  calendar?: CalendarView,
): DomainError {
  const before = JSON.stringify(state);
  const version = state.version;
  const result = apply(deepFreeze(state), command, now, calendar);
  if (result.ok) throw new Error(`${command.type} was accepted: ${JSON.stringify(command)}`);
  expect(state.version).toBe(version);
  expect(JSON.stringify(state)).toBe(before);
  return result.error;
}

/** Checks that a command is refused with `code`. */
export function expectRefused(
  state: RoomState,
  command: Command,
  code: DomainErrorCode,
  now: EpochMs = T0,
  calendar?: CalendarView,
): DomainError {
  const error = refuse(state, command, now, calendar);
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

/** A room (whose current meeting's list is read), or anything holding a list of speakers. */
export type WithList = RoomState | { speakers: readonly Speaker[] };

/** The list of speakers: the current meeting's, for a room. */
export function speakersIn(holder: WithList): readonly Speaker[] {
  return 'current' in holder ? meetingOf(holder).speakers : holder.speakers;
}

/** The list as 'id:status' strings, in order: compact enough to assert whole. */
export function listOf(holder: WithList): string[] {
  return speakersIn(holder).map((s) => `${s.id}:${s.status}`);
}

/** The speaker with this id; throws if there is none. */
export function speakerOf(holder: WithList, id: string): Speaker {
  const found = speakersIn(holder).find((s) => s.id === id);
  if (!found) throw new Error(`no speaker ${id}`);
  return found;
}

/** The floor of the room's current meeting; throws if nobody has it. */
export function floorOf(state: RoomState): Floor {
  const floor = meetingOf(state).floor;
  if (!floor) throw new Error('nobody has the floor');
  return floor;
}

/** A meeting of a calendar: what the hub keeps beside the room's state. */
export interface PlannedEntry {
  meetingId: string;
  status: CalendarEntry['status'];
  setup: MeetingSetup;
}

/** The calendar view `apply` reads, over a list of meetings (as the hub's store would give). */
export function calendarOf(meetings: readonly PlannedEntry[]): CalendarView {
  return {
    scheduled: (meetingId) =>
      meetings.find((m) => m.meetingId === meetingId && m.status === 'scheduled')?.setup,
    entries: () =>
      meetings.map(({ meetingId, status, setup }) => ({
        meetingId,
        status,
        title: setup.title,
        sittings: setup.sittings,
      })),
  };
}

const SHAPE_LETTER: Record<SpeakerStatus, string> = {
  spoken: 'S',
  speaking: 'F',
  waiting: 'W',
  absent: 'A',
};

/**
 * Whether the list has its shape: the spoken first, then at most one speaking, then the waiting
 * and the absent in any mix.
 */
export function hasListShape(speakers: readonly Speaker[]): boolean {
  return /^S*F?[WA]*$/.test(speakers.map((s) => SHAPE_LETTER[s.status]).join(''));
}

/** Freezes a value and everything it holds (already frozen parts are shared and skipped). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
