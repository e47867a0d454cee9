// What the data commands (backup, restore, chair-key) share: the data folder as the hub finds
// it (--data, else DATA_DIR, else ./data), and a clean exit with the message on failure.
import path from 'node:path';

/** The data folder: `--data DIR`, else DATA_DIR, else ./data, as the hub resolves it. */
export function dataDirOf(option: string | undefined): string {
  return path.resolve(option ?? (process.env.DATA_DIR || './data'));
}

/** Runs a command's body; prints its error and exits 1 when it fails. */
export function runTool(body: () => Promise<void> | void): void {
  // Whatever the tool writes is the hub's user's alone, like the hub's own files.
  process.umask(0o077);
  Promise.resolve()
    .then(body)
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
