// The one zod schema of a text a command carries: every string field of every command (and of
// the rooms file) is built here, so none can skip the clean-text rules (shared/clean-text.ts).
import { z } from 'zod';
import { cleanText, hiddenCharacterMessage } from '../clean-text.ts';
import { UN_LANGUAGES } from './types.ts';
import { givenVersions } from './versions.ts';

/** The `params` a refused text's issue carries, which describeIssue turns into `invalidText`. */
export const INVALID_TEXT_PARAMS = { rostrum: 'invalidText' } as const;

/** A string normalised to NFC and checked for hidden characters, before its length is. */
function clean(schema: z.ZodString) {
  return schema.normalize('NFC').superRefine((value, ctx) => {
    const result = cleanText(value);
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: hiddenCharacterMessage(result.problem),
        params: INVALID_TEXT_PARAMS,
      });
    }
  });
}

/** A trimmed, non-empty, clean text of at most `max` characters. */
export function text(max: number) {
  return clean(z.string().trim()).min(1, { error: 'Must not be empty' }).max(max);
}

/** A trimmed, clean text of at most `max` characters that may be empty. */
export function blankableText(max: number) {
  return clean(z.string().trim()).max(max);
}

/** An identifier (a speaker id): clean, taken as it is (not trimmed), 1 to `max` characters. */
export function idText(max: number) {
  return clean(z.string()).min(1).max(max);
}

/** True when a zod issue is a refused text (see `clean`). */
export function isInvalidTextIssue(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'custom' && issue.params?.rostrum === INVALID_TEXT_PARAMS.rostrum;
}

/**
 * A text's versions in other languages, by language code ('fr': ...): each a clean text of at most
 * `max`, as its original is. A blank version is none (a form sends one for every field left empty)
 * and is dropped; `{}` means no versions at all.
 */
export function translations(max: number) {
  return z
    .partialRecord(z.enum(UN_LANGUAGES), blankableText(max))
    .transform((given) => givenVersions(given));
}
