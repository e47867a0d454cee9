// The secretariat's key: ROSTRUM_ADMIN_KEY when set, else one generated at the first start and
// kept in the data folder's database, so that it survives restarts and goes with a backup.
//
// Unlike the chair keys it is kept as it is, not hashed: the hub prints it at every start with
// the /admin link, for the secretariat at the desk, and a hash could not be printed. The data
// folder is the hub's user's alone (mode 0700, its files 0600), as its record already is.
import type { RoomStore } from '../store/room-store.ts';
import { generateChairKey } from './chair-keys.ts';

export interface AdminKey {
  key: string;
  /** Where it came from: the environment, the data folder, or made just now. */
  source: 'environment' | 'data folder' | 'generated';
}

/** The setting that holds it. */
const SETTING = 'admin_key';

/** The admin key to use, generating and keeping one when there is none. */
export function resolveAdminKey(
  store: Pick<RoomStore, 'setting' | 'setSetting'>,
  fromEnvironment: string | undefined,
): AdminKey {
  if (fromEnvironment !== undefined) return { key: fromEnvironment, source: 'environment' };
  const kept = store.setting(SETTING);
  if (kept !== undefined) return { key: kept, source: 'data folder' };
  const key = generateChairKey();
  store.setSetting(SETTING, key);
  return { key, source: 'generated' };
}
