// Puts the configured rooms into the store: new rooms are created, rooms already there are kept
// exactly as they are (the store, not the file, holds a meeting once it exists).
import { createRoom, type RoomSeed } from '../shared/domain/create-room.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import type { RoomStore } from './store/room-store.ts';

export interface SeedOutcome {
  created: string[];
  kept: string[];
  /** The keys of the rooms created: the only time they are known (the store keeps a hash). */
  chairKeys: Record<string, string>;
}

/** Creates each seeded room missing from the store; throws naming the room and field at fault. */
export function seedRooms(store: RoomStore, seeds: readonly RoomSeed[]): SeedOutcome {
  const existing = new Set(store.loadRooms().map((r) => r.roomId));
  const outcome: SeedOutcome = { created: [], kept: [], chairKeys: {} };
  for (const seed of seeds) {
    if (existing.has(seed.id)) {
      outcome.kept.push(seed.id);
      continue;
    }
    const room = createRoom(seed);
    if (!room.ok) {
      throw new Error(`Room ${seed.id}: ${room.error.path ?? ''} ${room.error.message}`.trim());
    }
    const chairKey = generateChairKey();
    store.createRoom(room.value, chairKey);
    outcome.created.push(seed.id);
    outcome.chairKeys[seed.id] = chairKey;
  }
  return outcome;
}
