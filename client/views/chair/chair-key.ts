// The chair key, kept as every screen's key is (view-kit/screen-key.ts), under the chair's name.
import { screenKeys, type KeyPlace } from '../../view-kit/screen-key.ts';

export { hashWithoutKey, keyFromHash, type KeyPlace } from '../../view-kit/screen-key.ts';

const chairKeys = screenKeys('rostrum.chairKey');

/** Takes the key from the address (then removes it there), else the one kept for this tab. */
export function takeChairKey(roomId: string, place: KeyPlace): string | undefined {
  return chairKeys.take(roomId, place);
}

/** Keeps a typed key for this tab. */
export function keepChairKey(roomId: string, key: string, place: Pick<KeyPlace, 'storage'>): void {
  chairKeys.keep(roomId, key, place);
}

/** Forgets the key (the hub refused it). */
export function forgetChairKey(roomId: string, place: Pick<KeyPlace, 'storage'>): void {
  chairKeys.forget(roomId, place);
}
