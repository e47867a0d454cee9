// One rule for the language of every screen: `?lang=` in the address (a wall's link, the QR code
// the wall draws), then the choice made on this screen before, then the browser's languages, then
// English. Pure; the caller reads the address, the storage and `navigator.languages`.
import type { UnLanguage } from '../../shared/domain/types.ts';
import { isUnLanguage } from '../i18n/language.ts';

/** The first of the browser's languages that is a UN language ('zh-TW' is Chinese), if any. */
export function browserLanguage(languages: readonly string[]): UnLanguage | undefined {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isUnLanguage(primary)) return primary;
  }
  return undefined;
}

/** The language a screen opens in. */
export function screenLanguage(
  search: string,
  saved: string | null,
  languages: readonly string[],
): UnLanguage {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase() ?? '';
  if (isUnLanguage(asked)) return asked;
  if (saved !== null && isUnLanguage(saved)) return saved;
  return browserLanguage(languages) ?? 'en';
}

/** Where each screen keeps its reader's choice (localStorage). */
export const languageSetting = (screen: string) => `rostrum.${screen}.language`;

/** The stored choice, or null when there is none or storage cannot be read. */
export function readSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` (null removes it); a refusal (private browsing, a full quota) is ignored. */
export function writeSetting(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice holds for this visit only.
  }
}

/** The language this screen opens in, on this page, with its saved choice under `screen`. */
export function pageLanguage(screen: string): UnLanguage {
  return screenLanguage(
    window.location.search,
    readSetting(languageSetting(screen)),
    navigator.languages ?? [],
  );
}
