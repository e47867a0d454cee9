// The one command an import sends: addSpeakers or replaceList with every row, so the whole
// import is one version and one undo step. No zod here: only the command's type.
import type { CommandInput, SpeakerEntry } from '../../../shared/domain/commands.ts';

/** Add the rows to the list, or put them in place of everyone still to speak. */
export type ImportMode = 'add' | 'replace';

/**
 * The most a command may weigh, in bytes of JSON: the hub takes socket messages of at most
 * 64 KiB (docs/protocol.md §2.8) and closes the connection on a larger one; Socket.IO's own
 * framing takes a few bytes of it.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 - 512;

/** The command for the rows: on a closed list, explicitly after closure. */
export function importCommand(
  mode: ImportMode,
  speakers: SpeakerEntry[],
  listOpen: boolean,
): CommandInput {
  const closure = listOpen ? {} : { afterClosure: true };
  return mode === 'add'
    ? { type: 'addSpeakers', speakers, ...closure }
    : { type: 'replaceList', speakers, ...closure };
}

/** How many bytes the command weighs as the hub receives it (UTF-8 JSON). */
export function commandBytes(command: CommandInput): number {
  return new TextEncoder().encode(JSON.stringify(command)).length;
}

/** Which speaker of the batch a refusal names ('speakers.17.delegation' → 17), if any. */
export function refusedIndex(path: string | undefined): number | undefined {
  const match = /^speakers\.(\d+)(\.|$)/.exec(path ?? '');
  return match ? Number(match[1]) : undefined;
}
