// The one command an import applies: addSpeakers or replaceList with every row that can be sent,
// so that the whole import is one version and one undo step. The console and the hub's import
// endpoint build it here, so they cannot differ. No zod: only the command's type.
import type { CommandInput, SpeakerEntry } from '../domain/commands.ts';

/** Add the rows at the end of the list, or put them in place of everyone still to speak. */
export type ImportMode = 'append' | 'replace';

/** The command for the rows; on a closed list only with `afterClosure`, said explicitly. */
export function importCommand(
  mode: ImportMode,
  speakers: SpeakerEntry[],
  options: { afterClosure?: boolean; expectedVersion?: number } = {},
): CommandInput {
  const extra = {
    ...(options.afterClosure && { afterClosure: true }),
    ...(options.expectedVersion !== undefined && { expectedVersion: options.expectedVersion }),
  };
  return mode === 'append'
    ? { type: 'addSpeakers', speakers, ...extra }
    : { type: 'replaceList', speakers, ...extra };
}
