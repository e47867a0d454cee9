// Opens a Rostrum database file and makes sure it is one, whole, of a version this code knows,
// before anything reads a room from it. A file that is not ours, is empty, corrupt or newer
// stops the hub with a message naming the file and what to do: starting afresh over it would
// lose a meeting without a word.
import Database, { type Database as Db } from 'better-sqlite3';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { identify, migrate, NewerSchemaError } from './migrations.ts';

/** A database file the hub must not open, with what to do about it. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** What to do with a file that cannot be opened. */
const RESTORE =
  'Stop here: restore a backup into an empty data folder (npm run restore), or move the file ' +
  'away to start with no rooms.';

export interface OpenedDatabase {
  db: Db;
  /** True when the file did not exist and was created by this open. */
  createdNow: boolean;
  /** Device and inode of the file at open: a file later found with others was replaced. */
  identity: { dev: number; ino: number };
}

/** The files SQLite keeps beside the database in WAL mode. */
export function sidecars(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`];
}

/** Makes the database and its WAL files readable and writable by the hub's user only. */
export function restrictFiles(file: string): void {
  for (const name of [file, ...sidecars(file)]) {
    if (existsSync(name)) chmodSync(name, 0o600);
  }
}

function problemOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  if (code === 'SQLITE_NOTADB') return 'it is not a SQLite database';
  if (code === 'SQLITE_CORRUPT') return 'it is corrupt (SQLite: database disk image is malformed)';
  return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Opens `file`, creating it only when `create` is true and neither it nor its WAL files exist.
 * Checks the file (quick_check), tells ours from a foreign one, migrates it to this code's
 * schema version in one transaction. Throws a StoreOpenError naming the file otherwise.
 */
/**
 * The note a hub leaves beside a database it found deleted while it ran, so that the next start
 * does not take the folder for a new one and create the demo room over the lost meeting.
 */
export const LOST_SUFFIX = '.lost';

export function openDatabase(file: string, options: { create: boolean }): OpenedDatabase {
  const fail = (why: string): never => {
    throw new StoreOpenError(`Cannot open ${file}: ${why}. ${RESTORE}`);
  };
  const existed = existsSync(file);
  if (!existed) {
    const left = sidecars(file).filter((name) => existsSync(name));
    if (left.length > 0) {
      fail(`it is missing, yet ${left.join(' and ')} is there: the database was moved or deleted`);
    }
    if (!options.create) fail('there is no database there');
    const lost = `${file}${LOST_SUFFIX}`;
    if (existsSync(lost)) {
      fail(
        `a hub found it deleted while it ran (${lost} says when): this folder held a meeting, ` +
          `so no new one is started in it. Restore a backup here, or remove ${lost} to start afresh`,
      );
    }
  } else if (statSync(file).size === 0 && !existsSync(`${file}-wal`)) {
    fail('the file is empty (0 bytes)');
  }

  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: existed });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') fail(`it is corrupt (quick_check: ${String(check)})`);
    const found = identify(db);
    if (found.kind === 'foreign') fail(`it is not a Rostrum database (${found.why})`);
    if (found.kind === 'empty' && existed) fail('it is a SQLite database with nothing in it');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, found.kind === 'rostrum' ? found.version : 0);
    restrictFiles(file);
    const { dev, ino } = statSync(file);
    return { db, createdNow: !existed, identity: { dev, ino } };
  } catch (error) {
    db?.close();
    if (error instanceof StoreOpenError) throw error;
    if (error instanceof NewerSchemaError) fail(error.message);
    return fail(problemOf(error));
  }
}
