// What the form says is wrong, field by field: its own findings in the console's language, and
// the hub's refusals placed at the field their path names, in the console's words where the code
// is one it knows, with the hub's own sentence beside (the hub speaks English, and names what the
// form cannot know: which meeting a sitting overlaps).
import type { RostrumError } from '../../../shared/domain/errors.ts';
import { format } from '../../i18n/format.ts';
import { fieldOfPath } from './field-of-path.ts';
import type { DraftProblem } from './meeting-draft.ts';
import type { AdminMessages } from './messages/admin-messages.ts';

/** One error shown under a field: the console's sentence, and the hub's when it sent one. */
export interface FieldError {
  text: string;
  detail?: string;
}

/** The errors of a form by field ('' for the form as a whole). */
export type FieldErrors = Record<string, FieldError>;

/** The form's own findings, the first one of each field. */
export function problemErrors(
  problems: readonly DraftProblem[],
  messages: AdminMessages,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    errors[problem.field] ??= { text: messages.problems[problem.kind] };
  }
  return errors;
}

/** A refusal in the console's words, with the hub's own message (without its path prefix). */
export function refusalError(error: RostrumError, messages: AdminMessages): FieldError {
  const prefix = error.path ? `${error.path}: ` : '';
  const detail = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  return { text: messages.refusals[error.code] ?? messages.refusedByHub, detail };
}

/**
 * A refusal of the meeting placed at its field; for a speaker of a list, the message says which
 * ("Speaker 4, France: …"), `speakerName(segment, index)` naming them.
 */
export function refusalErrors(
  error: RostrumError,
  messages: AdminMessages,
  speakerName: (segment: number, index: number) => string | undefined = () => undefined,
): FieldErrors {
  const { field, speaker } = fieldOfPath(error.path);
  const shown = refusalError(error, messages);
  if (speaker === undefined) return { [field]: shown };
  const segment = Number(/^segments\.(\d+)/.exec(field)?.[1] ?? 0);
  const name = speakerName(segment, speaker);
  const n = speaker + 1;
  const who = name
    ? format(messages.speakerAtNamed, { n, name })
    : format(messages.speakerAt, { n });
  return { [field]: { ...shown, text: `${who}: ${shown.text}` } };
}
