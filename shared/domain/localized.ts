// Which version of a meeting's text a screen shows: its own language's, where the chair or the
// secretariat gave one, and the original otherwise. Pure and free of zod, so that the phone,
// which bundles every byte it imports, can use it as the wall and the console do.
import { UN_LANGUAGES, type Translations, type UnLanguage } from './types.ts';

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

/**
 * The versions a form sends: each cleaned (trimmed), blank ones left out, in the order of
 * UN_LANGUAGES (the order the hub keeps them in, so that a form can tell what changed).
 */
export function givenVersions(value: Translations, clean = (text: string) => text.trim()) {
  const given: Translations = {};
  for (const code of UN_LANGUAGES) {
    const text = clean(value[code] ?? '');
    if (text !== '') given[code] = text;
  }
  return given;
}
