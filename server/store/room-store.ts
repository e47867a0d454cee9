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
  loadRooms(): RoomState[];
  /** True when this open created the database: the data folder had never held one. */
  readonly createdNow: boolean;
  /** Adds a new room; fails if the id is taken. The key is stored hashed. */
  createRoom(state: RoomState, chairKey: string): void;
  /** Commits a command's new state and its journal entry in one transaction. */
  commit(state: RoomState, entry: JournalEntry): void;
  /** The stored hash of a room's chair key (server/auth/chair-keys.ts), read afresh each time. */
  chairKeyHash(roomId: string): string | undefined;
  /** Replaces the chair key of a room (`npm run chair-key`); false when there is no such room. */
  setChairKey(roomId: string, key: string): boolean;
  /** The journal of a room, oldest first. */
  journal(roomId: string): JournalEntry[];
  health(): StoreHealth;
  close(): void;
}
