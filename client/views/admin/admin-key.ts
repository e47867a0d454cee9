// The secretariat's key, handled as the chair's is (view-kit/screen-key.ts): taken once from the link the
// hub prints at start (/admin#key=…), removed from the address bar, kept for this tab only. Its
// own storage name: a room may be called "admin", and its chair key is not this one.
import { hashWithoutKey, keyFromHash, type KeyPlace } from '../../view-kit/screen-key.ts';

const KEY_STORAGE = 'rostrum.adminKey';

/** Takes the key from the address (then removes it there), else the one kept for this tab. */
export function takeAdminKey(place: KeyPlace): string | undefined {
  const fromHash = keyFromHash(place.location.hash);
  if (fromHash !== undefined) {
    place.storage.setItem(KEY_STORAGE, fromHash);
    const { pathname, search, hash } = place.location;
    place.history.replaceState(null, '', pathname + search + hashWithoutKey(hash));
  }
  return place.storage.getItem(KEY_STORAGE) ?? undefined;
}

/** Keeps a typed key for this tab. */
export function keepAdminKey(key: string, place: Pick<KeyPlace, 'storage'>): void {
  place.storage.setItem(KEY_STORAGE, key);
}

/** Forgets the key (the hub refused it, or the secretariat left). */
export function forgetAdminKey(place: Pick<KeyPlace, 'storage'>): void {
  place.storage.removeItem(KEY_STORAGE);
}
