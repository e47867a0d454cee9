// Which of the six UN languages a screen speaks, and what follows from it. No texts here, so
// that a view importing these helpers bundles no language it does not show.
import { UN_LANGUAGES, type UnLanguage } from '../../shared/domain/types.ts';

/** True for the code of one of the six UN languages. */
export function isUnLanguage(code: string): code is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(code);
}

/** Arabic is written right to left; the other five left to right. */
export function directionOf(language: UnLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Language names in the reader's language, e.g. ['French', 'Spanish'] for an English reader. */
export function languageNames(languages: readonly UnLanguage[], reader: UnLanguage): string[] {
  const names = new Intl.DisplayNames([reader], { type: 'language' });
  return languages.map((code) => names.of(code) ?? code);
}

/** A list joined as the reader's language joins lists ("French and Spanish"). */
export function joinList(items: readonly string[], reader: UnLanguage): string {
  return new Intl.ListFormat(reader, { type: 'conjunction' }).format(items);
}
