// Which version of a meeting's text a screen shows: its own language's, where the chair or the
// secretariat gave one, and the original otherwise. Alone in its file, free of zod and of the
// forms' helpers (versions.ts): the phone bundles every byte of the modules it imports, and
// shares them with the console's chunks.
import type { Translations, UnLanguage } from './types.ts';

/** The version of `original` for a screen in `language`: its translation if given, else the original. */
export function localized(
  original: string,
  translations: Translations | undefined,
  language: UnLanguage,
): string {
  return translations?.[language] || original;
}
