// Where a refusal belongs in the meeting form. The hub names the field at fault by its path in
// the setup ('sittings.1.end', 'segments.1.speakers.3.delegation', 'sittings.0' for a sitting
// that overlaps another meeting); the form shows the message next to that field, or above the
// form when the path names none of its fields. Pure, tested on its own.

/** The form's field for a path, and for a speaker of a segment's list, which entry. */
export interface FieldOfPath {
  /** The form's name for the field ('' for the form as a whole). */
  field: string;
  /** The speaker's index in the segment's list, for 'segments.N.speakers.M…'. */
  speaker?: number;
}

const DETAILS = new Set([
  'title',
  'theme',
  'organ',
  'format',
  'note',
  'defaultLimitMs',
  'warningMs',
  'listOpen',
]);

/** The sets of versions in other languages: each language's field is 'titleTranslations.fr'. */
const VERSIONS = new Set(['titleTranslations', 'themeTranslations']);
const isLanguage = (part: string | undefined) => /^(ar|zh|en|fr|ru|es)$/.test(part ?? '');

/** The form's field a path names: its most precise field that holds it. */
export function fieldOfPath(path: string | undefined): FieldOfPath {
  const parts = (path ?? '').split('.');
  const [head, index, part, speaker] = parts;
  if (head === undefined || head === '') return { field: '' };
  if (DETAILS.has(head)) return { field: head };
  if (VERSIONS.has(head)) return { field: isLanguage(index) ? `${head}.${index}` : head };
  const isIndex = (text: string | undefined): text is string => /^\d+$/.test(text ?? '');
  if (head === 'sittings') {
    if (!isIndex(index)) return { field: 'sittings' };
    if (part === 'date' || part === 'start' || part === 'end') {
      return { field: `sittings.${index}.${part}` };
    }
    return { field: `sittings.${index}` };
  }
  if (head === 'interpretation') {
    if (index === 'noteTranslations') {
      const at = `interpretation.${index}`;
      return { field: isLanguage(part) ? `${at}.${part}` : at };
    }
    return { field: index === 'languages' || index === 'note' ? `interpretation.${index}` : head };
  }
  if (head === 'segments') {
    if (!isIndex(index)) return { field: 'segments' };
    if (part === 'speakers') {
      const at = `segments.${index}.speakers`;
      return isIndex(speaker) ? { field: at, speaker: Number(speaker) } : { field: at };
    }
    if (part === 'title' || part === 'defaultLimitMs')
      return { field: `segments.${index}.${part}` };
    return { field: `segments.${index}` };
  }
  // A meeting of one segment has its list beside it ('speakers.3'): the first segment's list.
  if (head === 'speakers') {
    return isIndex(index)
      ? { field: 'segments.0.speakers', speaker: Number(index) }
      : { field: 'segments.0.speakers' };
  }
  return { field: '' };
}
