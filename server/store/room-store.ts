// Where rooms and their meetings are kept between runs. The hub talks to this interface only;
// SQLite is the implementation beside it, and a test may pass another.
import type { MeetingSetup } from '../../shared/domain/meeting-setup.ts';
import type { CreatedRoom } from '../../shared/domain/create-room.ts';
import type {
  MeetingCore,
  MeetingLifecycle,
  RoomState,
  Sitting,
} from '../../shared/domain/types.ts';
import type { EpochMs } from '../../shared/time.ts';

/** Where an accepted command came from, for the journal: a chair, or the hub itself (a step of its clock). */
export type CommandOrigin = 'socket' | 'rest' | 'hub';

/** One accepted command (or change to the calendar), as the journal keeps it. */
export interface JournalEntry {
  roomId: string;
  /** The meeting it was for, if any. */
  meetingId?: string | null;
  /** The version the command produced. */
  version: number;
  at: EpochMs;
  type: string;
  /** The validated command, as JSON. */
  command: unknown;
  origin: CommandOrigin;
}

/** One meeting of a room's calendar, as the hub keeps it in memory: small, whatever its record. */
export interface CalendarMeeting {
  meetingId: string;
  status: MeetingLifecycle;
  title: string;
  sittings: Sitting[];
  /** How it was set up: what openMeeting builds from, and what a copy copies. */
  setup: MeetingSetup;
}

/** A meeting with its state: null while scheduled; the open or adjourned meeting, record included. */
export interface StoredMeeting extends CalendarMeeting {
  state: MeetingCore | null;
}

/** A room as it is loaded: its state and its calendar. */
export interface LoadedRoom {
  state: RoomState;
  calendar: CalendarMeeting[];
}

/** What a change to the calendar writes beside the room's new version. */
export interface CalendarChange {
  /** A scheduled meeting added or changed. */
  put?: CalendarMeeting;
  /** A scheduled meeting taken off the calendar. */
  remove?: string;
}

/** What the store knows of its own state, for /healthz. */
export interface StoreHealth {
  /** False once the database file is gone or replaced: commands are refused from then on. */
  ok: boolean;
  /** Why the store is unavailable, when it is. */
  problem?: string;
  /** The last commit: whether it was kept, and the instant of its command (epoch ms). */
  lastCommit: { ok: boolean; at: EpochMs } | null;
}

/**
 * Thrown by `commit` when the store can no longer keep what it is given (its file deleted or
 * replaced under the hub): the engine refuses the command as `storeUnavailable`.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export interface RoomStore {
  /** Every room, exactly as last committed; throws naming the room and field that fail the schema. */
  loadRooms(): LoadedRoom[];
  /** True when this open created the database: the data folder had never held one. */
  readonly createdNow: boolean;
  /** Adds a new room and its calendar; fails if the id is taken. The key is stored hashed. */
  createRoom(room: CreatedRoom, chairKey: string): void;
  /**
   * Commits in one transaction: the room's new version and its journal entry, and either the
   * current meeting (a command) or a change to the calendar.
   */
  commit(state: RoomState, entry: JournalEntry, calendar?: CalendarChange): void;
  /** One meeting of a room, with its state (read afresh: an adjourned one is not kept in memory). */
  meeting(roomId: string, meetingId: string): StoredMeeting | undefined;
  /** The stored hash of a room's chair key (server/auth/chair-keys.ts), read afresh each time. */
  chairKeyHash(roomId: string): string | undefined;
  /** Replaces the chair key of a room; false when there is no such room. */
  setChairKey(roomId: string, key: string): boolean;
  /** The stored hash of a room's interpreters' booth key; undefined before one is issued. */
  boothKeyHash(roomId: string): string | undefined;
  /** Issues or replaces the booth key of a room; false when there is no such room. */
  setBoothKey(roomId: string, key: string): boolean;
  /**
   * A setting the hub keeps in the data folder, such as the secretariat's key
   * (server/auth/admin-key.ts) or what a rooms file has put on the calendar (seed-rooms.ts).
   */
  setting(key: string): string | undefined;
  setSetting(key: string, value: string): void;
  /** The journal of a room (of one of its meetings, if named), oldest first. */
  journal(roomId: string, meetingId?: string): JournalEntry[];
  health(): StoreHealth;
  close(): void;
}
