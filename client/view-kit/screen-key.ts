// A screen's key (the chair's, a booth's): taken once from the link the hub printed (#key=…),
// then removed from the address bar so it is not left in the history or on screen, and kept for
// this tab only (sessionStorage: closing the tab forgets it). Each screen keeps its key under its
// own name, so a chair's tab that opens a booth's link keeps both apart.

/** The key in a location hash such as '#key=abc' (or '#x=1&key=abc'), decoded. */
export function keyFromHash(hash: string): string | undefined {
  const match = /[#&]key=([^&]+)/.exec(hash);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The hash without its key part ('' when nothing else was there). */
export function hashWithoutKey(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('key='));
  return rest.length > 0 ? `#${rest.join('&')}` : '';
}

/** Where the key is kept for a room, in this tab. */
export interface KeyPlace {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
}

export interface ScreenKeys {
  /** Takes the key from the address (then removes it there), else the one kept for this tab. */
  take(roomId: string, place: KeyPlace): string | undefined;
  /** Keeps a typed key for this tab. */
  keep(roomId: string, key: string, place: Pick<KeyPlace, 'storage'>): void;
  /** Forgets the key (the hub refused it). */
  forget(roomId: string, place: Pick<KeyPlace, 'storage'>): void;
}

/** The keys of one kind of screen, kept under `storageName` (e.g. 'rostrum.chairKey'). */
export function screenKeys(storageName: string): ScreenKeys {
  const storageKey = (roomId: string) => `${storageName}.${roomId}`;
  return {
    take(roomId, place) {
      const fromHash = keyFromHash(place.location.hash);
      if (fromHash !== undefined) {
        place.storage.setItem(storageKey(roomId), fromHash);
        const { pathname, search, hash } = place.location;
        place.history.replaceState(null, '', pathname + search + hashWithoutKey(hash));
      }
      return place.storage.getItem(storageKey(roomId)) ?? undefined;
    },
    keep(roomId, key, place) {
      place.storage.setItem(storageKey(roomId), key);
    },
    forget(roomId, place) {
      place.storage.removeItem(storageKey(roomId));
    },
  };
}
