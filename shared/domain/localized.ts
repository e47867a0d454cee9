// Which version of a meeting's text a screen shows: its own language's, where the chair or the
// secretariat gave one, and the original otherwise. Pure and free of zod, so that the phone,
// which bundles every byte it imports, can use it as the wall and the console do.
import type { Translations, UnLanguage } from './types.ts';

/** The version of `original` for a screen in `language`: its translation if given, else the original. */
export function localized(
  original: string,
  translations: Translations | undefined,
  language: UnLanguage,
): string {
  return translations?.[language] || original;
}

/** Whether any version besides the original is given. */
export function hasTranslations(
  translations: Translations | undefined,
): translations is Translations {
  return translations !== undefined && Object.keys(translations).length > 0;
}
