// Who a key lets in. Each room has its chair's key (stored hashed; ROSTRUM_CHAIR_KEY stands in
// for every room's while it is set) and, once the secretariat issues one, its interpreters'
// booth key; the secretariat has one key for the whole hub, accepted wherever a room's chair or
// booth key is, and alone to set up rooms and meetings. A booth key never opens the chair's door.
import { hashChairKey, keyMatches } from './chair-keys.ts';

/** Whom a key is for in a room: its chair, the secretariat, or nobody. */
export type KeyHolder = 'chair' | 'admin' | undefined;

/** Whom a key is for in a room's booths: the interpreters, the secretariat, or nobody. */
export type BoothHolder = 'booth' | 'admin' | undefined;

export interface Access {
  /** Whose key this is for the room (the secretariat's key is checked first). */
  holderOf(roomId: string, key: string | undefined): KeyHolder;
  /** Whose key this is for the room's booths (the secretariat's key is checked first). */
  boothHolderOf(roomId: string, key: string | undefined): BoothHolder;
  /** Whether this is the secretariat's key. */
  isAdmin(key: string | undefined): boolean;
}

export function createAccess(deps: {
  /** The stored hash of a room's chair key, read afresh each time (a rotation takes effect at once). */
  chairKeyHash: (roomId: string) => string | undefined;
  /** The stored hash of a room's booth key, read afresh each time; undefined until issued. */
  boothKeyHash: (roomId: string) => string | undefined;
  /** ROSTRUM_CHAIR_KEY, while set. */
  chairKeyOverride?: string | undefined;
  adminKey: string;
}): Access {
  const overrideHash = deps.chairKeyOverride && hashChairKey(deps.chairKeyOverride);
  const adminHash = hashChairKey(deps.adminKey);
  const isAdmin = (key: string | undefined) => keyMatches(key, adminHash);
  return {
    isAdmin,
    holderOf(roomId, key) {
      const stored = deps.chairKeyHash(roomId);
      // No stored key: no such room, and nobody is its chair.
      if (stored === undefined) return undefined;
      if (isAdmin(key)) return 'admin';
      return keyMatches(key, overrideHash || stored) ? 'chair' : undefined;
    },
    boothHolderOf(roomId, key) {
      // A room is known by its chair key, which every room has; the booth key may not exist yet.
      if (deps.chairKeyHash(roomId) === undefined) return undefined;
      if (isAdmin(key)) return 'admin';
      return keyMatches(key, deps.boothKeyHash(roomId)) ? 'booth' : undefined;
    },
  };
}
