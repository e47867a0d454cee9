// What the phone remembers between visits (localStorage): the language for every room, the
// delegation and the alert for each room. Storage may be missing or refuse (private browsing,
// full quota): the view then simply forgets.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { isUnLanguage } from '../../i18n/language.ts';

const PREFIX = 'rostrum.follow';

export const settingKeys = {
  language: `${PREFIX}.language`,
  delegation: (roomId: string) => `${PREFIX}.${roomId}.delegation`,
  alerts: (roomId: string) => `${PREFIX}.${roomId}.alerts`,
};

/** The stored value, or null when there is none or storage cannot be read. */
export function readSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` (null removes it); a refusal is ignored. */
export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice holds for this visit only.
  }
}

/** The first of the browser's languages that is a UN language ('zh-TW' is Chinese), if any. */
export function browserLanguage(languages: readonly string[]): UnLanguage | undefined {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isUnLanguage(primary)) return primary;
  }
  return undefined;
}

/**
 * The language to start in: `?lang=` in the address (the wall's QR code may carry it), else the
 * one chosen here before, else the browser's, else English.
 */
export function initialLanguage(
  search: string,
  saved: string | null,
  languages: readonly string[],
): UnLanguage {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase() ?? '';
  if (isUnLanguage(asked)) return asked;
  if (saved !== null && isUnLanguage(saved)) return saved;
  return browserLanguage(languages) ?? 'en';
}
