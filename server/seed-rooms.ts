// Puts the configured rooms into the store: new rooms are created, rooms already there are kept
// exactly as they are (the store, not the file, holds a meeting once it exists).
import { createRoom, type RoomSeed } from '../shared/domain/create-room.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import type { RoomStore } from './store/room-store.ts';

export interface SeedOutcome {
  created: string[];
  kept: string[];
}

/** Creates each seeded room missing from the store; throws naming the room and field at fault. */
export function seedRooms(store: RoomStore, seeds: readonly RoomSeed[]): SeedOutcome {
  const existing = new Set(store.loadRooms().map((r) => r.roomId));
  const outcome: SeedOutcome = { created: [], kept: [] };
  for (const seed of seeds) {
    if (existing.has(seed.id)) {
      outcome.kept.push(seed.id);
      continue;
    }
    const room = createRoom(seed);
    if (!room.ok) {
      throw new Error(`Room ${seed.id}: ${room.error.path ?? ''} ${room.error.message}`.trim());
    }
    store.createRoom(room.value, generateChairKey());
    outcome.created.push(seed.id);
  }
  return outcome;
}

/** Gives every room the same chair key (ROSTRUM_CHAIR_KEY), replacing generated ones. */
export function applyChairKeyOverride(store: RoomStore, key: string): void {
  for (const room of store.loadRooms()) store.setChairKey(room.roomId, key);
}
