// What the client component tests share: a room built by the real domain (a seed, then commands
// applied at fixed instants), handed to a plain store the way the connection hands it over (a
// snapshot, then changes), and a client clock the test steps by hand. Each view's harness adds
// its own list of speakers and its own render.
import { act } from '@testing-library/react';
import { applyInput } from '../../shared/domain/apply.ts';
import { createRoom, parseRoomSeed, type RoomSeedInput } from '../../shared/domain/create-room.ts';
import { changedParts, publicView } from '../../shared/domain/public-view.ts';
import type { CalendarView } from '../../shared/domain/apply.ts';
import type { CreatedRoom } from '../../shared/domain/create-room.ts';
import type { MeetingSetupInput } from '../../shared/domain/meeting-setup.ts';
import type { MeetingCore, RoomState } from '../../shared/domain/types.ts';
import { MINUTE_MS, SECOND_MS, type DurationMs, type EpochMs } from '../../shared/time.ts';
import {
  createLiveRoom,
  withChange,
  withSnapshot,
  type LiveRoom,
  type LiveRoomState,
} from '../../client/store/live-room.ts';

/** 2017-09-06 10:00 in New York (EDT, UTC-4): the first sitting opens. */
export const T0: EpochMs = Date.UTC(2017, 8, 6, 14, 0);

export const sec = (n: number): DurationMs => n * SECOND_MS;
export const min = (n: number): DurationMs => n * MINUTE_MS;

/** The instant `ms` after T0. */
export const at = (ms: DurationMs): EpochMs => T0 + ms;

/** The dialogue of ../shared/context: two sittings, 3 minutes each, warning in the last 30 s. */
export const DIALOGUE_MEETING = {
  title: 'Informal interactive dialogue on the responsibility to protect',
  organ: 'General Assembly',
  room: 'Conference Room 4',
  timeZone: 'America/New_York',
  sittings: [
    { date: '2017-09-06', start: '10:00', end: '13:00' },
    { date: '2017-09-06', start: '15:00', end: '18:00' },
  ],
  defaultLimitMs: min(3),
  warningMs: sec(30),
} satisfies RoomSeedInput['meeting'];

/** A meeting on the room's calendar: the dialogue's details on the sittings given. */
export function scheduled(
  title: string,
  sittings: { date: string; start: string; end: string }[],
  extra: Partial<MeetingSetupInput> = {},
): MeetingSetupInput {
  return {
    title,
    organ: DIALOGUE_MEETING.organ,
    sittings,
    defaultLimitMs: DIALOGUE_MEETING.defaultLimitMs,
    warningMs: DIALOGUE_MEETING.warningMs,
    ...extra,
  };
}

/** Conference Room 4 (New York) with no meeting open, and these meetings scheduled. */
export function idleSeed(meetings: MeetingSetupInput[], timeZone = 'America/New_York') {
  return { id: 'cr4', name: 'Conference Room 4', timeZone, meetings } satisfies RoomSeedInput;
}

/** The three segments of the demo's dialogue, each with its own list: 2, 3 and 4 speakers. */
export const SEGMENTS = [
  {
    title: 'Opening segment',
    defaultLimitMs: min(10),
    speakers: [
      { delegation: 'President of the General Assembly', category: 'chair' as const },
      { delegation: 'Secretary-General', category: 'unSystem' as const },
    ],
  },
  {
    title: 'Interactive panel',
    defaultLimitMs: min(7),
    speakers: [
      { delegation: 'Panellist from academia', category: 'civilSociety' as const },
      { delegation: 'Panellist from civil society', category: 'civilSociety' as const },
      {
        delegation: 'Panellist from a regional organization',
        category: 'intergovernmental' as const,
      },
    ],
  },
  {
    title: 'Interactive dialogue',
    speakers: [
      { delegation: 'FRA' },
      { delegation: 'DEU' },
      { delegation: 'JPN' },
      { delegation: 'BRA' },
    ],
  },
] satisfies RoomSeedInput['segments'];

/** A new room and its calendar from a seed, built as the hub builds them; throws if refused. */
export function createdFrom(input: RoomSeedInput): CreatedRoom {
  const seed = parseRoomSeed(input);
  if (!seed.ok) throw new Error(`seed refused: ${seed.error.message}`);
  const room = createRoom(seed.value, Date.UTC(2017, 8, 6, 14, 0));
  if (!room.ok) throw new Error(`room refused: ${room.error.message}`);
  return room.value;
}

/** A new room from a seed, built as the hub builds one; throws if the seed is refused. */
export function roomFrom(input: RoomSeedInput): RoomState {
  return createdFrom(input).state;
}

/** The room's calendar as `apply` reads it (for openMeeting): its scheduled meetings' setups. */
export function calendarOf(created: CreatedRoom): CalendarView {
  return {
    scheduled: (meetingId) =>
      created.meetings.find((m) => m.meetingId === meetingId && m.status === 'scheduled')?.setup,
    entries: () =>
      created.meetings.map(({ meetingId, status, setup }) => ({
        meetingId,
        status,
        title: setup.title,
        sittings: setup.sittings,
      })),
  };
}

/** The room's current meeting; throws when it has none (a test that expects one). */
export function meetingOf(state: RoomState): MeetingCore {
  if (!state.current) throw new Error(`room ${state.roomId} has no current meeting`);
  return state.current;
}

/** Applies commands at `now`, each of which must be accepted. */
export function run(state: RoomState, now: EpochMs, ...commands: unknown[]): RoomState {
  return runWith(undefined, state, now, ...commands);
}

/** Applies commands at `now` with the room's calendar (openMeeting needs it); each must pass. */
export function runWith(
  calendar: CalendarView | undefined,
  state: RoomState,
  now: EpochMs,
  ...commands: unknown[]
): RoomState {
  return commands.reduce<RoomState>((current, command) => {
    const result = applyInput(current, command, now, calendar);
    if (!result.ok) throw new Error(`${JSON.stringify(command)} refused: ${result.error.message}`);
    return result.value;
  }, state);
}

/** A new store holding the room as the joining snapshot leaves it at `now`, connected. */
export function storeAt(
  state: RoomState,
  now: EpochMs,
  extra: Partial<LiveRoomState> = {},
): LiveRoom {
  const store = createLiveRoom();
  store.setState((s) => ({
    ...withSnapshot(s, { ...publicView(state), serverNow: now }, now),
    connection: 'connected',
    ...extra,
  }));
  return store;
}

/**
 * The store after the hub's `changed` message for `before` → `after` at `now`, or undefined
 * when the store does not hold `before`'s version.
 */
export function changedStore(
  store: LiveRoom,
  before: RoomState,
  after: RoomState,
  now: EpochMs,
): LiveRoomState | undefined {
  return withChange(
    store.getState(),
    {
      roomId: after.roomId,
      fromVersion: before.version,
      version: after.version,
      serverNow: now,
      parts: changedParts(publicView(before), publicView(after)),
    },
    now,
  );
}

/** Feeds the store the change from `before` to `after`; throws if it does not fit. */
export function pushChangeAt(
  store: LiveRoom,
  before: RoomState,
  after: RoomState,
  now: EpochMs,
): void {
  const next = changedStore(store, before, after, now);
  if (!next) throw new Error(`the store does not hold version ${before.version}`);
  act(() => store.setState(next));
}

/** A client clock the test moves by hand. */
export interface SteppingClock {
  now: () => EpochMs;
  set(instant: EpochMs): void;
}

export function steppingClock(start: EpochMs): SteppingClock {
  let current = start;
  return {
    now: () => current,
    set(instant) {
      current = instant;
    },
  };
}

/** Lets jsdom's animation frames (about 60 a second) run for a few frames. */
export function someFrames(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

/** Moves the client clock to `instant` and lets a few frames draw it. */
export async function showAt(clock: SteppingClock, instant: EpochMs): Promise<void> {
  await act(async () => {
    clock.set(instant);
    await someFrames();
  });
}
