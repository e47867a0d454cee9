// Where rooms are kept between runs. The hub talks to this interface only; SQLite is the
// implementation beside it, and a test may pass another.
import type { RoomState } from '../../shared/domain/types.ts';
import type { EpochMs } from '../../shared/time.ts';

/** Where an accepted command came from, for the journal: a chair, or the hub itself (a step of its clock). */
export type CommandOrigin = 'socket' | 'rest' | 'hub';

/** One accepted command, as the journal keeps it. */
export interface JournalEntry {
  roomId: string;
  /** The version the command produced. */
  version: number;
  at: EpochMs;
  type: string;
  /** The validated command, as JSON. */
  command: unknown;
  origin: CommandOrigin;
}

export interface RoomStore {
  /** Every room, exactly as last committed. */
  loadRooms(): RoomState[];
  /** Adds a new room; fails if the id is taken. */
  createRoom(state: RoomState, chairKey: string): void;
  /** Commits a command's new state and its journal entry in one transaction. */
  commit(state: RoomState, entry: JournalEntry): void;
  /** The chair key of a room, or undefined. */
  chairKey(roomId: string): string | undefined;
  /** Replaces the chair key of a room (when ROSTRUM_CHAIR_KEY is set). */
  setChairKey(roomId: string, key: string): void;
  /** The journal of a room, oldest first. */
  journal(roomId: string): JournalEntry[];
  close(): void;
}
