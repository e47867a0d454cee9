// One hub per data folder. What keeps a second hub out is the kernel: the hub holds an exclusive
// SQLite lock on DATA_DIR/rostrum.lock.db while it runs, and the kernel drops it when the hub's
// process ends, however it ends (SIGKILL, a power cut), so there is no stale lock to judge and no
// race between hubs taking one over (a file-only lock had one: two of four hubs starting at once
// could both win). Beside it, DATA_DIR/rostrum.lock says who holds the folder (pid, host, start,
// and the hub's address for the data tools), for the error a second hub prints and for the tools.
import Database from 'better-sqlite3';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'rostrum.lock';
/** The file whose kernel lock is the folder's: kept, never removed (see `holdFolder`). */
export const HOLD_FILE = 'rostrum.lock.db';

const ownerSchema = z.object({
  pid: z.int(),
  host: z.string(),
  startedAt: z.string(),
  /** The process's start in clock ticks since boot (Linux /proc), to tell a reused pid. */
  procStart: z.string().nullable(),
  /** Where the hub listens, once it does (for the data tools' links). */
  url: z.string().optional(),
  /** Whether the hub checks ROSTRUM_CHAIR_KEY instead of the rooms' own keys. */
  chairKeyOverride: z.boolean().optional(),
});
type Owner = z.infer<typeof ownerSchema>;

export interface DataLock {
  file: string;
  /**
   * Whether the lock still names this process. A lock file removed by hand is put back (the
   * folder is still this hub's); one that names another process means another hub took the
   * folder, and this one must stop writing.
   */
  held(): boolean;
  /** Adds what the data tools should know of the running hub (its address, its key setting). */
  describe(details: { url: string; chairKeyOverride: boolean }): void;
  /** Removes the lock if it is still this process's (once; later calls do nothing). */
  release(): void;
}

/** The start time of process `pid` from /proc (Linux), or null where there is none. */
function procStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, in parentheses): state is the
    // first, the start time the 20th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' ? 'zombie' : (fields[19] ?? null);
  } catch {
    return null;
  }
}

/** Whether the process that wrote `owner` still runs (on another host: assumed so). */
function running(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
  const start = procStart(owner.pid);
  if (start === 'zombie') return false;
  return owner.procStart === null || start === null || start === owner.procStart;
}

/** The lock's text, or undefined when there is none. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The owner a lock's text names, or undefined when it names none (cut short, not ours). */
function ownerOf(text: string): Owner | undefined {
  try {
    const parsed = ownerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Holds the data folder for as long as this process lives, or answers undefined when another
 * process holds it: an exclusive SQLite lock (the kernel's record lock) on HOLD_FILE, which the
 * kernel drops when its process dies, however it dies. A second connection in this process is
 * refused as another process's is. The file is never removed: a process that opened the old one
 * would hold a lock on a file nobody else opens.
 */
function holdFolder(dataDir: string): Database.Database | undefined {
  const hold = new Database(path.join(dataDir, HOLD_FILE), { timeout: 0 });
  try {
    // On a file of no pages, another process's BEGIN EXCLUSIVE succeeded beside this one's
    // (tried here): the file gets its one page first.
    hold.exec('CREATE TABLE IF NOT EXISTS hub (note TEXT)');
    hold.exec('BEGIN EXCLUSIVE');
    return hold;
  } catch (error) {
    hold.close();
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') return undefined;
    throw error;
  }
}

/** Writes the lock's text aside and renames it over: a reader never sees half a lock. */
function writeOwner(file: string, owner: Owner): void {
  const aside = `${file}.writing-${process.pid}`;
  writeFileSync(aside, `${JSON.stringify(owner)}\n`, { mode: 0o600 });
  renameSync(aside, file);
}

/** Takes the data folder for this process; throws naming the folder and the other hub. */
export function lockDataFolder(dataDir: string): DataLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: Owner = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    procStart: procStart(process.pid),
  };
  const hold = holdFolder(dataDir);
  const owner = ownerOf(readText(file) ?? '');
  if (hold === undefined) {
    throw inUse(
      dataDir,
      file,
      owner
        ? `another hub (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt})`
        : `another hub (just starting, or its ${LOCK_FILE} was removed)`,
    );
  }
  // The hold is this process's alone, so a lock file left by a hub that died is stale. One that
  // names a live process is a hub on another host (whose locks this kernel does not see), or one
  // from before this lock that holds the file alone.
  if (owner && running(owner)) {
    hold.close();
    throw inUse(
      dataDir,
      file,
      `another hub (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt})`,
    );
  }
  writeOwner(file, me);
  return lockOf(file, me, hold);
}

function inUse(dataDir: string, file: string, who: string): Error {
  return new Error(
    `The data folder ${dataDir} is in use by ${who}: one hub per data folder. Stop that hub ` +
      `first, or give this one another DATA_DIR. (A lock whose hub is gone is taken over by ` +
      `itself: do not remove ${file} while its hub runs.)`,
  );
}

function lockOf(file: string, me: Owner, hold: Database.Database): DataLock {
  let released = false;
  let written: Owner = me;
  const mine = (owner: Owner | undefined) =>
    owner?.pid === me.pid && owner.startedAt === me.startedAt;
  return {
    file,
    held() {
      if (released) return false;
      const text = readText(file);
      if (text === undefined) {
        // Removed by hand: the folder is still this hub's (the kernel's lock says so).
        writeOwner(file, written);
        return true;
      }
      // Another process's name here: a hub on another host, or one written by hand. Either way
      // this hub can no longer say the folder is its alone, and stops writing.
      return mine(ownerOf(text));
    },
    describe(details) {
      written = { ...me, ...details };
      writeOwner(file, written);
    },
    release() {
      if (released) return;
      released = true;
      if (mine(ownerOf(readText(file) ?? ''))) unlinkSync(file);
      hold.close();
    },
  };
}

/** Whether a live hub holds `dataDir` (for tools that must not work under one). */
export function folderLocked(dataDir: string): Owner | undefined {
  const owner = ownerOf(readText(path.join(dataDir, LOCK_FILE)) ?? '');
  return owner && running(owner) ? owner : undefined;
}
