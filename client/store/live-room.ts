// The live room: the client's copy of a room, fed by the connection. A plain zustand store (no React
// here), named apart from the hub's persistence (server/store/room-store.ts, RoomStore);
// views subscribe to the narrowest slice they need.
import { createStore } from 'zustand/vanilla';
import { applyChange } from '../../shared/domain/apply-change.ts';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomChanged, RoomSnapshot } from '../../shared/protocol.ts';
import type { DurationMs, EpochMs } from '../../shared/time.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused';

export interface LiveRoomState {
  room: PublicRoomState | null;
  connection: ConnectionStatus;
  /** Why the hub refused us, when it did. */
  refusal: string | null;
  /**
   * The code of that refusal when the screen words it itself: `keyRevoked` (the chair key was
   * replaced under a connected console); null for a handshake refused with the hub's message.
   */
  refusalCode: string | null;
  /** Server clock minus client clock, estimated. */
  offsetMs: DurationMs;
  /** Client clock when the last message from the hub arrived. */
  lastUpdateAt: EpochMs | null;
}

export const initialLiveRoomState: LiveRoomState = {
  room: null,
  connection: 'connecting',
  refusal: null,
  refusalCode: null,
  offsetMs: 0,
  lastUpdateAt: null,
};

export function createLiveRoom() {
  return createStore<LiveRoomState>(() => initialLiveRoomState);
}

export type LiveRoom = ReturnType<typeof createLiveRoom>;

/** The state after a snapshot: it replaces whatever was there. */
export function withSnapshot(
  state: LiveRoomState,
  snapshot: RoomSnapshot,
  at: EpochMs,
): LiveRoomState {
  const { serverNow: _serverNow, ...room } = snapshot;
  return { ...state, room, lastUpdateAt: at };
}

/**
 * The state after a change, or undefined when the change does not follow the version we hold
 * (a message was missed) or does not fit it: the caller then asks for a snapshot.
 */
export function withChange(
  state: LiveRoomState,
  change: RoomChanged,
  at: EpochMs,
): LiveRoomState | undefined {
  if (state.room && change.version <= state.room.version) return state; // already have it
  if (!state.room || state.room.version !== change.fromVersion) return undefined;
  const room = applyChange(state.room, change.parts);
  if (!room) return undefined;
  return { ...state, room: { ...room, version: change.version }, lastUpdateAt: at };
}
