// The sets of a text's versions in other languages (Translations), as the domain keeps them and
// the forms send them: whether one holds any version, the rule that versions come with their
// text, a meeting without its emptied sets, and the versions a form's fields give. Apart from
// localized.ts, which the phone imports: these are for the hub and the consoles.
import { fail } from '../result.ts';
import { domainError } from './errors.ts';
import { UN_LANGUAGES, type Meeting, type Translations } from './types.ts';

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

/**
 * Refuses versions of a text that is not given: a screen in another language would show nothing
 * where these show something. `field` names the translations' field.
 */
export function untranslatable(
  original: string | undefined,
  versions: Translations | undefined,
  field: string,
) {
  if (original || !hasTranslations(versions)) return undefined;
  const of = field.replace(/^.*\./, '').replace(/Translations$/, '');
  return fail(
    domainError('invalidCommand', `${field}: versions of a ${of} need the ${of} itself.`, field),
  );
}

/** The meeting without the sets of versions that are empty (`{}` in a command clears them). */
export function withoutEmptyVersions(meeting: Meeting): Meeting {
  const { titleTranslations, themeTranslations, ...rest } = meeting;
  return {
    ...rest,
    ...(hasTranslations(titleTranslations) && { titleTranslations }),
    ...(hasTranslations(themeTranslations) && { themeTranslations }),
  };
}
