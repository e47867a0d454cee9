// The sets of a text's versions in other languages (Translations), as the domain keeps them and
// the forms send them: whether one holds any version, and the versions a form's fields give.
// Apart from localized.ts, which the phone imports: these are for the hub and the consoles.
import { UN_LANGUAGES, type Translations } from './types.ts';

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
