// Backup and restore of a data folder. A backup is taken from a running hub without its lock,
// through SQLite's online backup (a consistent copy, whatever commits meanwhile: in WAL mode the
// hub's writes do not wait for it), then checked and made a single self-contained file. A restore
// puts such a copy into an empty folder no hub holds; the hub migrates it at start if need be.
import Database from 'better-sqlite3';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { folderLocked, HOLD_FILE } from './data-lock.ts';
import { LOST_SUFFIX } from './open-database.ts';
import { identify, SCHEMA_VERSION } from './migrations.ts';
import { DATABASE_FILE } from './sqlite-store.ts';

/** What a checked copy holds. */
export interface CopySummary {
  file: string;
  bytes: number;
  schemaVersion: number;
  rooms: { roomId: string; version: number; journalVersion: number }[];
}

const roomsQuery = `
  SELECT r.id AS roomId, r.version AS version,
         COALESCE((SELECT MAX(j.version) FROM journal j WHERE j.room_id = r.id), 0) AS journalVersion
  FROM rooms r ORDER BY r.id`;
const roomsRow = z.array(
  z.object({ roomId: z.string(), version: z.number(), journalVersion: z.number() }),
);

/**
 * Checks a copy made by `backup` (or about to be restored): whole (quick_check), a Rostrum
 * database this code can open, each room's journal ending at its version. Makes it one
 * self-contained file (no WAL beside it). Throws saying what is wrong.
 */
export function checkCopy(file: string): CopySummary {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} is corrupt (quick_check: ${String(check)})`);
    const found = identify(db);
    if (found.kind !== 'rostrum') throw new Error(`${file} is not a Rostrum database`);
    if (found.version > SCHEMA_VERSION) {
      throw new Error(`${file} follows schema version ${found.version}, newer than this code's`);
    }
    const rooms = roomsRow.parse(db.prepare(roomsQuery).all());
    const torn = rooms.find((r) => r.journalVersion !== r.version && r.journalVersion !== 0);
    if (torn) {
      throw new Error(
        `${file}: room ${torn.roomId} is at version ${torn.version} but its journal ends at ${torn.journalVersion}`,
      );
    }
    db.close();
    chmodSync(file, 0o600);
    return { file, bytes: statSync(file).size, schemaVersion: found.version, rooms };
  } finally {
    if (db.open) db.close();
  }
}

/** Copies the database of `dataDir` (a hub may be running on it) to `target`, then checks it. */
export async function backup(dataDir: string, target: string): Promise<CopySummary> {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new Error(`There is no database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} exists already: give a new file name`);
  // Read-write so that it can read the hub's WAL; it writes nothing.
  const db = new Database(source, { fileMustExist: true });
  try {
    if (identify(db).kind !== 'rostrum') throw new Error(`${source} is not a Rostrum database`);
    // All pages in one step: a commit between steps would make SQLite start the copy again.
    await db.backup(target, { progress: () => 1_000_000 });
  } finally {
    db.close();
  }
  try {
    return checkCopy(target);
  } catch (error) {
    unlinkSync(target);
    throw error;
  }
}

/** Puts the copy `file` as the database of `dataDir`, which must be empty and held by no hub. */
export function restore(file: string, dataDir: string): CopySummary {
  if (!existsSync(file)) throw new Error(`There is no file ${file}`);
  const owner = folderLocked(dataDir);
  if (owner) {
    throw new Error(`A hub (pid ${owner.pid}) runs on ${dataDir}: stop it, or restore elsewhere`);
  }
  // The note a hub left when it found its database deleted is what a restore answers: not in
  // the way (and removed once the copy is in place). Nor is the file of the hubs' hold, which
  // holds no data and is never removed.
  const lostNote = `${DATABASE_FILE}${LOST_SUFFIX}`;
  const present = existsSync(dataDir)
    ? readdirSync(dataDir).filter((f) => f !== lostNote && f !== HOLD_FILE)
    : [];
  if (present.length > 0) {
    throw new Error(
      `${dataDir} is not empty: restore into an empty (or new) folder, so that nothing is lost`,
    );
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const restoring = path.join(dataDir, `${DATABASE_FILE}.restoring`);
  copyFileSync(file, restoring);
  try {
    const summary = checkCopy(restoring);
    const target = path.join(dataDir, DATABASE_FILE);
    renameSync(restoring, target);
    rmSync(path.join(dataDir, lostNote), { force: true });
    return { ...summary, file: target };
  } catch (error) {
    unlinkSync(restoring);
    throw error;
  }
}

/** The summary as the commands print it. */
export function describeCopy(summary: CopySummary): string {
  const rooms = summary.rooms.map((r) => `  room ${r.roomId}: version ${r.version}`);
  return [
    `${summary.file}: ${summary.bytes} bytes, schema version ${summary.schemaVersion}, integrity ok`,
    ...rooms,
  ].join('\n');
}
