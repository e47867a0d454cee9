// The rooms in memory and the one path by which they change. REST and Socket.IO both call
// `execute`, so the two can never disagree: validate, apply at the clock's now, commit to the
// store, then tell the listeners what changed. The secretariat's changes to a room and its
// calendar (server/calendar-service.ts) take the same path through `change`: each is a new
// version, journaled and announced. Nothing here knows about the network.
import { apply, type CalendarView } from '../shared/domain/apply.ts';
import { upcomingOf, type CalendarEntry } from '../shared/domain/calendar.ts';
import {
  issuerOf,
  wrongIssuerError,
  type CommandIssuer,
} from '../shared/domain/command-issuers.ts';
import { afterClockStep } from '../shared/domain/clock-step.ts';
import type { CreatedRoom } from '../shared/domain/create-room.ts';
import type { RostrumError } from '../shared/domain/errors.ts';
import { parseCommand } from '../shared/domain/parse-command.ts';
import { changedParts, publicView } from '../shared/domain/public-view.ts';
import type { MeetingCore, PublicRoomState, RoomState } from '../shared/domain/types.ts';
import type { DurationMs } from '../shared/time.ts';
import type { CommandAck, RoomChanged, RoomSnapshot } from '../shared/protocol.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { createLru } from './lru.ts';
import { unknownRoomError } from './refusals.ts';
import {
  StoreUnavailableError,
  type CalendarChange,
  type CalendarMeeting,
  type CommandOrigin,
  type JournalEntry,
  type RoomStore,
  type StoredMeeting,
} from './store/room-store.ts';

/** How many closed meetings are kept read (each a few megabytes at the very most). */
const CLOSED_MEETINGS_KEPT = 16;

interface LiveRoom {
  state: RoomState;
  /** Kept so that a change can be computed by identity against the last public view. */
  view: PublicRoomState;
  /** Every meeting of the room, by id (the current one's details are its state's). */
  calendar: Map<string, CalendarMeeting>;
}

/** A change to a room that is not a chair's command, as the calendar service describes it. */
export interface RoomChange {
  /** The journal's name for it, e.g. 'scheduleMeeting'. */
  type: string;
  /** What it was given, for the journal. */
  command: unknown;
  meetingId?: string;
  /** The room's state after it (the engine bumps the version and recomputes `upcoming`). */
  state: RoomState;
  calendar?: CalendarChange;
}

export type ChangeListener = (change: RoomChanged) => void;

export interface RoomEngine {
  has(roomId: string): boolean;
  roomIds(): string[];
  /** The full state (hub-side only: it holds the record and the undo history). */
  state(roomId: string): RoomState | undefined;
  snapshot(roomId: string): RoomSnapshot | undefined;
  /** Validates and applies one command from outside, then commits and announces it. */
  /**
   * Validates and applies a command sent by `issuer` (the chair unless said otherwise); a
   * command of the other issuer's (shared/domain/command-issuers.ts) is refused as forbidden.
   */
  execute(
    roomId: string,
    input: unknown,
    origin: CommandOrigin,
    issuer?: CommandIssuer,
  ): CommandAck;
  /** The room's meetings as calendar entries, in no particular order (see inCalendarOrder). */
  calendar(roomId: string): CalendarEntry[] | undefined;
  /** A meeting of the room with its setup, and its state once it opened. */
  meeting(roomId: string, meetingId: string): StoredMeeting | undefined;
  /** Adds a new room (createRoom's); refused when the id is taken. */
  addRoom(room: CreatedRoom, chairKey: string): RostrumError | undefined;
  /** Commits and announces a change the secretariat made to a room or its calendar. */
  change(roomId: string, change: RoomChange, origin: CommandOrigin): CommandAck;
  /**
   * The hub's clock stepped by `stepMs`: every room's instants move by it (see
   * shared/domain/clock-step.ts), journaled and announced like a command, so that no duration
   * is read across the step.
   */
  clockStepped(stepMs: DurationMs): void;
  /** Calls `listener` after every accepted command; returns the way to stop. */
  onChange(listener: ChangeListener): () => void;
  /** Calls `listener` with the id of each room added while the hub runs. */
  onRoomAdded(listener: (roomId: string) => void): void;
}

/** The calendar entry of a meeting: the current one's details are those of its state. */
function entryOf(meeting: CalendarMeeting, current: MeetingCore | null): CalendarEntry {
  if (current?.meetingId === meeting.meetingId) {
    return {
      meetingId: meeting.meetingId,
      title: current.meeting.title,
      sittings: current.meeting.sittings,
      status: current.status.kind === 'adjourned' ? 'adjourned' : 'open',
    };
  }
  const { meetingId, title, sittings, status } = meeting;
  return { meetingId, title, titleTranslations: meeting.setup.titleTranslations, sittings, status };
}

/** Builds the engine over the rooms the store holds. */
export function createRoomEngine(deps: {
  store: RoomStore;
  clock: Clock;
  logger: Logger;
}): RoomEngine {
  const { store, clock, logger } = deps;
  const rooms = new Map<string, LiveRoom>();
  for (const { state, calendar } of store.loadRooms()) {
    rooms.set(state.roomId, {
      state,
      view: publicView(state),
      calendar: new Map(calendar.map((m) => [m.meetingId, m])),
    });
  }
  const listeners = new Set<ChangeListener>();
  const roomListeners = new Set<(roomId: string) => void>();
  /** Meetings adjourned and no longer current, as read back: they never change again. */
  const closedMeetings = createLru<StoredMeeting | undefined>(CLOSED_MEETINGS_KEPT);
  /** Said once: every later command meets the same store, refused the same way. */
  let toldUnavailable = false;

  /** Makes `next` the room's state and tells the listeners what changed. */
  function announce(room: LiveRoom, next: RoomState, now: number): void {
    const view = publicView(next);
    const change: RoomChanged = {
      roomId: next.roomId,
      fromVersion: room.view.version,
      version: next.version,
      serverNow: now,
      parts: changedParts(room.view, view),
    };
    room.state = next;
    room.view = view;
    for (const listener of listeners) listener(change);
  }

  function snapshotOf(room: LiveRoom): RoomSnapshot {
    return { ...room.view, serverNow: clock() };
  }

  function upcomingAfterOpening(room: LiveRoom, next: RoomState) {
    return upcomingOf(
      [...room.calendar.values()].map((m) => entryOf(m, next.current)),
      clock(),
      next.room.timeZone,
    );
  }

  function entriesOf(room: LiveRoom): CalendarEntry[] {
    return [...room.calendar.values()].map((m) => entryOf(m, room.state.current));
  }

  function calendarView(room: LiveRoom): CalendarView {
    return {
      scheduled(meetingId) {
        const meeting = room.calendar.get(meetingId);
        return meeting?.status === 'scheduled' ? meeting.setup : undefined;
      },
      entries: () => entriesOf(room),
    };
  }

  /** Commits; a failure is refused as the store's trouble, and nothing changes. */
  function commit(
    next: RoomState,
    entry: JournalEntry,
    calendar?: CalendarChange,
  ): RostrumError | undefined {
    try {
      store.commit(next, entry, calendar);
      return undefined;
    } catch (error) {
      const { roomId } = entry;
      if (error instanceof StoreUnavailableError) {
        if (!toldUnavailable) logger.error({ err: error, roomId }, 'store unavailable');
        toldUnavailable = true;
        return { code: 'storeUnavailable', message: error.message };
      }
      logger.error({ err: error, roomId }, 'commit failed: change refused, state unchanged');
      return { code: 'internal', message: 'The change could not be saved; nothing changed.' };
    }
  }

  /** The calendar's record of the current meeting follows its state (opened, adjourned, undone). */
  function followCurrent(room: LiveRoom): void {
    const current = room.state.current;
    const stored = current && room.calendar.get(current.meetingId);
    if (!current || !stored) return;
    const entry = entryOf(stored, current);
    room.calendar.set(current.meetingId, { ...stored, ...entry });
  }

  return {
    has: (roomId) => rooms.has(roomId),
    roomIds: () => [...rooms.keys()],
    state: (roomId) => rooms.get(roomId)?.state,
    snapshot(roomId) {
      const room = rooms.get(roomId);
      return room && snapshotOf(room);
    },
    calendar(roomId) {
      const room = rooms.get(roomId);
      return room && entriesOf(room);
    },
    meeting(roomId, meetingId) {
      const room = rooms.get(roomId);
      const stored = room?.calendar.get(meetingId);
      if (!room || !stored) return undefined;
      const current = room.state.current;
      if (current?.meetingId === meetingId) {
        return { ...stored, ...entryOf(stored, current), state: current };
      }
      if (stored.status === 'scheduled') return { ...stored, state: null };
      // Adjourned and no longer current: it never changes again, so it is read and checked once
      // (a large meeting's record and lists take a fifth of a second to check).
      return closedMeetings.get(`${roomId}/${meetingId}`, () => store.meeting(roomId, meetingId));
    },
    execute(roomId, input, origin, issuer = 'chair') {
      const room = rooms.get(roomId);
      if (!room) return { ok: false, error: unknownRoomError(roomId) };
      const parsed = parseCommand(input);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      if (issuerOf(parsed.value.type) !== issuer) {
        return { ok: false, error: wrongIssuerError(parsed.value.type, issuer) };
      }
      const now = clock();
      const result = apply(room.state, parsed.value, now, calendarView(room));
      if (!result.ok) {
        const ack: CommandAck = { ok: false, error: result.error };
        return result.error.code === 'conflict' ? { ...ack, state: snapshotOf(room) } : ack;
      }
      // Opening a meeting takes it off the calendar's head: the next one comes into view.
      const next =
        parsed.value.type === 'openMeeting'
          ? { ...result.value, upcoming: upcomingAfterOpening(room, result.value) }
          : result.value;
      const meetingId = next.current?.meetingId ?? null;
      const refused = commit(next, {
        roomId,
        meetingId,
        version: next.version,
        at: now,
        type: parsed.value.type,
        command: parsed.value,
        origin,
      });
      if (refused) return { ok: false, error: refused };
      announce(room, next, now);
      followCurrent(room);
      logger.info(
        { roomId, meetingId, version: next.version, command: parsed.value.type, origin },
        'command',
      );
      return { ok: true, version: next.version };
    },
    addRoom(created, chairKey) {
      const { roomId } = created.state;
      if (rooms.has(roomId)) {
        return { code: 'roomExists', message: `There is already a room "${roomId}".`, path: 'id' };
      }
      try {
        store.createRoom(created, chairKey);
      } catch (error) {
        logger.error({ err: error, roomId }, 'room could not be created');
        return error instanceof StoreUnavailableError
          ? { code: 'storeUnavailable', message: error.message }
          : { code: 'internal', message: 'The room could not be saved; nothing changed.' };
      }
      const { state } = created;
      rooms.set(roomId, {
        state,
        view: publicView(state),
        calendar: new Map(
          created.meetings.map((m) => [
            m.meetingId,
            { ...m, title: m.setup.title, sittings: m.setup.sittings },
          ]),
        ),
      });
      logger.info({ roomId }, 'room created');
      for (const listener of roomListeners) listener(roomId);
      return undefined;
    },
    change(roomId, change, origin) {
      const room = rooms.get(roomId);
      if (!room) return { ok: false, error: unknownRoomError(roomId) };
      const now = clock();
      const calendar = new Map(room.calendar);
      if (change.calendar?.put) calendar.set(change.calendar.put.meetingId, change.calendar.put);
      if (change.calendar?.remove !== undefined) calendar.delete(change.calendar.remove);
      const entries = [...calendar.values()].map((m) => entryOf(m, change.state.current));
      const next: RoomState = {
        ...change.state,
        version: room.state.version + 1,
        upcoming: upcomingOf(entries, now, change.state.room.timeZone),
      };
      const refused = commit(
        next,
        {
          roomId,
          meetingId: change.meetingId ?? null,
          version: next.version,
          at: now,
          type: change.type,
          command: change.command,
          origin,
        },
        change.calendar ?? {},
      );
      if (refused) return { ok: false, error: refused };
      room.calendar = calendar;
      announce(room, next, now);
      logger.info({ roomId, version: next.version, change: change.type, origin }, 'room changed');
      return { ok: true, version: next.version };
    },
    clockStepped(stepMs) {
      const now = clock();
      for (const [roomId, room] of rooms) {
        const next = afterClockStep(room.state, stepMs);
        const command = { type: 'clockStepped', stepMs };
        const refused = commit(next, {
          roomId,
          meetingId: next.current?.meetingId ?? null,
          version: next.version,
          at: now,
          type: command.type,
          command,
          origin: 'hub',
        });
        // The room must move with the clock all the same, or every duration read from now on
        // would be off by the step; the store's own trouble refuses the next command anyway.
        if (refused) logger.error({ roomId, refused }, 'commit of a clock step failed');
        announce(room, next, now);
      }
      logger.warn(
        { stepMs, rooms: rooms.size },
        "the hub's clock stepped: every room moved with it",
      );
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRoomAdded(listener) {
      roomListeners.add(listener);
    },
  };
}
