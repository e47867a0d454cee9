// What the console checks of an import's one command (shared/import/import-command.ts builds
// it) before and after sending it: its weight on the socket, and which row a refusal names.
import type { CommandInput } from '../../../shared/domain/commands.ts';

/**
 * The most a command may weigh, in bytes of JSON: the hub takes socket texts of at most
 * 64 KiB (docs/protocol.md §2.8) and closes the connection on a larger one; Socket.IO's own
 * framing takes a few bytes of it.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 - 512;

/** How many bytes the command weighs as the hub receives it (UTF-8 JSON). */
export function commandBytes(command: CommandInput): number {
  return new TextEncoder().encode(JSON.stringify(command)).length;
}

/** Which speaker of the batch a refusal names ('speakers.17.delegation' → 17), if any. */
export function refusedIndex(path: string | undefined): number | undefined {
  const match = /^speakers\.(\d+)(\.|$)/.exec(path ?? '');
  return match ? Number(match[1]) : undefined;
}
