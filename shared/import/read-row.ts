// One row of an imported list as a speaker of a batch: the delegation and whom it speaks for
// resolved to what a list keeps, the category and limit read, then every field checked by the
// hub's own schema for a speaker of a batch (speakerEntrySchema), so that the preview shows each
// row's problems before anything is sent, and what is sent is what the hub accepts.
import type { z } from 'zod';
import { cleanText } from '../clean-text.ts';
import { speakerEntrySchema, type SpeakerEntry } from '../domain/commands.ts';
import { defaultCategory } from '../domain/delegation-defaults.ts';
import { isInvalidTextIssue } from '../domain/text-schema.ts';
import { parseLimit } from '../limit-text.ts';
import { readCategory } from './categories.ts';
import { readName } from './delegation-text.ts';
import type { ImportColumn } from './headers.ts';
import { splitOnBehalf, withoutPhrase } from './on-behalf.ts';
import type { ImportedRow, ImportIssue } from './reading.ts';

export type RowCells = Partial<Record<ImportColumn, string>>;

/**
 * A spreadsheet-safe export prefixes a text that looks like a formula with ' (shared/csv-field.ts);
 * reading it back takes the guard off. A soft hyphen (U+00AD) is a word processor's invisible
 * hint where a word may break: the text reads the same without it.
 */
function cellText(text: string | undefined): string {
  return (text ?? '')
    .replace(/^'(?=\s*[=+\-@])/u, '')
    .replaceAll('\u00AD', '')
    .trim();
}

/** Minutes written out, as a secretariat's list often gives them: "3 min", "5 minutes", "3 мин". */
const MINUTES = /^(\d{1,2})\s*(?:min|mins|minutes?|mn|мин|минуты?|минут|دقائق|دقيقة|分钟)\.?$/iu;

/**
 * A limit cell as the console's limit field reads it (m:ss or seconds): the record's seconds to a
 * tenth ("180.0") and minutes written out read as the same.
 */
function limitText(text: string): string {
  const minutes = MINUTES.exec(text);
  if (minutes) return `${minutes[1] ?? ''}:00`;
  return /^\d+[.,]0+$/u.test(text) ? text.replace(/[.,]0+$/u, '') : text;
}

/** Statuses an export writes for a speaker who has spoken, or has the floor, in any case. */
const SPOKEN = new Set(['spoken', 'speaking']);

/** Which column a schema path names. */
function columnOf(path: string): ImportColumn | undefined {
  if (path === 'limitMs') return 'limit';
  return (['delegation', 'speakerName', 'title', 'onBehalfOf', 'category'] as const).find(
    (c) => c === path,
  );
}

/** One issue of the hub's schema as an import's issue. */
function issueOf(issue: z.core.$ZodIssue, input: Record<string, unknown>): ImportIssue {
  const path = issue.path.map(String).join('.');
  const column = columnOf(path);
  const where = column ? { column } : {};
  if (issue.code === 'too_big' && issue.origin === 'string') {
    const max = Number(issue.maximum);
    return {
      code: 'tooLong',
      ...where,
      max,
      message: `${path}: too long, at most ${max} characters.`,
    };
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && path === 'delegation') {
    return { code: 'noDelegation', column: 'delegation', message: 'The row names no delegation.' };
  }
  if (isInvalidTextIssue(issue)) {
    // The character by its code point (U+202E), which every language can show as it is.
    const text = input[path];
    const found = typeof text === 'string' ? cleanText(text) : undefined;
    const value = found && !found.ok ? { value: found.problem.codePoint } : {};
    return { code: 'hiddenCharacter', ...where, ...value, message: `${path}: ${issue.message}` };
  }
  if (path === 'limitMs') return { code: 'limitOutOfRange', ...where, message: issue.message };
  return { code: 'invalid', ...where, message: `${path}: ${issue.message}` };
}

/** An entry without its absent fields: what a command carries, and what the journal keeps. */
function compact(entry: SpeakerEntry): SpeakerEntry {
  const { delegation, speakerName, title, onBehalfOf, category, limitMs } = entry;
  return {
    delegation,
    ...(speakerName !== undefined && { speakerName }),
    ...(title !== undefined && { title }),
    ...(onBehalfOf !== undefined && { onBehalfOf }),
    ...(category !== undefined && { category }),
    ...(limitMs !== undefined && { limitMs }),
  };
}

/** A row's cells read: the speaker it would add, and what is wrong with it. */
export function readRow(
  line: number,
  raw: RowCells,
  includeSpoken: boolean,
): Omit<ImportedRow, 'duplicate'> {
  const issues: ImportIssue[] = [];
  const given = withoutPhrase(cellText(raw.onBehalfOf));
  // Without an "on behalf of" column, the delegation's cell may say it: "Kenya (on behalf of …)".
  const split =
    given === ''
      ? splitOnBehalf(cellText(raw.delegation))
      : { delegation: cellText(raw.delegation) };
  const onBehalfText = given === '' ? (split.onBehalfOf ?? '') : given;

  const delegation = readName(split.delegation);
  if (delegation.kind === 'ambiguous') {
    issues.push({
      code: 'ambiguousDelegation',
      column: 'delegation',
      value: delegation.value,
      candidates: delegation.candidates,
      message: `"${delegation.value}" could be any of: ${delegation.candidates.join(', ')}.`,
    });
  }
  const onBehalf = onBehalfText === '' ? undefined : readName(onBehalfText);
  if (onBehalf?.kind === 'ambiguous') {
    issues.push({
      code: 'ambiguousOnBehalfOf',
      column: 'onBehalfOf',
      value: onBehalf.value,
      candidates: onBehalf.candidates,
      message: `"${onBehalf.value}" could be any of: ${onBehalf.candidates.join(', ')}.`,
    });
  }

  const categoryText = cellText(raw.category);
  const written = readCategory(categoryText);
  if (written === undefined) {
    issues.push({
      code: 'unknownCategory',
      column: 'category',
      value: categoryText,
      message: `Unknown category "${categoryText}".`,
    });
  }
  // A known organization has its own category (the IOM is of the UN system), which a list need not say.
  const known = 'category' in delegation ? delegation.category : undefined;
  const inferred =
    known !== undefined && known !== defaultCategory(delegation.value) ? known : undefined;
  const category = written || inferred;

  const limitCell = cellText(raw.limit);
  const limit = parseLimit(limitText(limitCell));
  if (limit.kind === 'invalid') {
    issues.push({
      code: 'invalidLimit',
      column: 'limit',
      value: limitCell,
      message: `"${limitCell}" is not a limit: write m:ss, seconds or minutes, e.g. 3:00, 180 or 3 min.`,
    });
  }

  const optional = (text: string) => (text === '' ? undefined : text);
  const input = {
    delegation: delegation.value,
    speakerName: optional(cellText(raw.speakerName)),
    title: optional(cellText(raw.title)),
    onBehalfOf: onBehalf?.value,
    category,
    limitMs: limit.kind === 'limit' ? limit.ms : undefined,
  };
  const parsed = speakerEntrySchema.safeParse(input);
  // One issue a field: the schema may find several in one text (too long, and a hidden character).
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      if (seen.has(field)) continue;
      seen.add(field);
      issues.push(issueOf(issue, input));
    }
  }

  const status = cellText(raw.status).toLowerCase();
  const spoken = SPOKEN.has(status) || cellText(raw.started) !== '';
  const fields = parsed.success ? parsed.data : input;
  const entry: SpeakerEntry | undefined =
    parsed.success && issues.length === 0 && (!spoken || includeSpoken)
      ? compact(parsed.data)
      : undefined;
  return {
    line,
    delegation: fields.delegation,
    delegationKind:
      delegation.kind === 'ambiguous' || delegation.kind === 'unknown'
        ? 'unknown'
        : delegation.kind,
    category: category ?? defaultCategory(fields.delegation),
    ...(fields.onBehalfOf !== undefined && { onBehalfOf: fields.onBehalfOf }),
    ...(fields.speakerName !== undefined && { speakerName: fields.speakerName }),
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.limitMs !== undefined && { limitMs: fields.limitMs }),
    issues,
    ...(spoken && { spoken }),
    ...(entry && { speaker: entry }),
  };
}
