// The rooms in memory and the one path by which they change. REST and Socket.IO both call
// `execute`, so the two can never disagree: validate, apply at the clock's now, commit to the
// store, then tell the listeners what changed. Nothing here knows about the network.
import { apply } from '../shared/domain/apply.ts';
import { parseCommand } from '../shared/domain/parse-command.ts';
import { changedParts, publicView } from '../shared/domain/public-view.ts';
import { afterClockStep } from '../shared/domain/clock-step.ts';
import type { PublicRoomState, RoomState } from '../shared/domain/types.ts';
import type { DurationMs } from '../shared/time.ts';
import type { CommandAck, RoomChanged, RoomSnapshot } from '../shared/protocol.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { unknownRoomError } from './refusals.ts';
import {
  StoreUnavailableError,
  type CommandOrigin,
  type JournalEntry,
  type RoomStore,
} from './store/room-store.ts';

interface LiveRoom {
  state: RoomState;
  /** Kept so that a change can be computed by identity against the last public view. */
  view: PublicRoomState;
}

export type ChangeListener = (change: RoomChanged) => void;

export interface RoomEngine {
  has(roomId: string): boolean;
  roomIds(): string[];
  /** The full state (hub-side only: it holds the record and the undo history). */
  state(roomId: string): RoomState | undefined;
  snapshot(roomId: string): RoomSnapshot | undefined;
  /** Validates and applies one command from outside, then commits and announces it. */
  execute(roomId: string, input: unknown, origin: CommandOrigin): CommandAck;
  /**
   * The hub's clock stepped by `stepMs`: every room's instants move by it (see
   * shared/domain/clock-step.ts), journaled and announced like a command, so that no duration
   * is read across the step.
   */
  clockStepped(stepMs: DurationMs): void;
  /** Calls `listener` after every accepted command; returns the way to stop. */
  onChange(listener: ChangeListener): () => void;
}

/** Builds the engine over the rooms the store holds. */
export function createRoomEngine(deps: {
  store: RoomStore;
  clock: Clock;
  logger: Logger;
}): RoomEngine {
  const { store, clock, logger } = deps;
  const rooms = new Map<string, LiveRoom>();
  for (const state of store.loadRooms()) {
    rooms.set(state.roomId, { state, view: publicView(state) });
  }
  const listeners = new Set<ChangeListener>();
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

  return {
    has: (roomId) => rooms.has(roomId),
    roomIds: () => [...rooms.keys()],
    state: (roomId) => rooms.get(roomId)?.state,
    snapshot(roomId) {
      const room = rooms.get(roomId);
      return room && snapshotOf(room);
    },
    execute(roomId, input, origin) {
      const room = rooms.get(roomId);
      if (!room) return { ok: false, error: unknownRoomError(roomId) };
      const parsed = parseCommand(input);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      const now = clock();
      const result = apply(room.state, parsed.value, now);
      if (!result.ok) {
        const ack: CommandAck = { ok: false, error: result.error };
        return result.error.code === 'conflict' ? { ...ack, state: snapshotOf(room) } : ack;
      }
      const next = result.value;
      const entry: JournalEntry = {
        roomId,
        version: next.version,
        at: now,
        type: parsed.value.type,
        command: parsed.value,
        origin,
      };
      try {
        store.commit(next, entry);
      } catch (error) {
        if (error instanceof StoreUnavailableError) {
          if (!toldUnavailable) logger.error({ err: error, roomId }, 'store unavailable');
          toldUnavailable = true;
          return { ok: false, error: { code: 'storeUnavailable', message: error.message } };
        }
        logger.error({ err: error, roomId }, 'commit failed: command refused, state unchanged');
        return {
          ok: false,
          error: { code: 'internal', message: 'The command could not be saved; nothing changed.' },
        };
      }
      announce(room, next, now);
      logger.info({ roomId, version: next.version, command: parsed.value.type, origin }, 'command');
      return { ok: true, version: next.version };
    },
    clockStepped(stepMs) {
      const now = clock();
      for (const [roomId, room] of rooms) {
        const next = afterClockStep(room.state, stepMs);
        const command = { type: 'clockStepped', stepMs };
        try {
          store.commit(next, {
            roomId,
            version: next.version,
            at: now,
            type: command.type,
            command,
            origin: 'hub',
          });
        } catch (error) {
          // The room must move with the clock all the same, or every duration read from now on
          // would be off by the step; the store's own trouble refuses the next command anyway.
          logger.error({ err: error, roomId }, 'commit of a clock step failed');
        }
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
  };
}
