// One hub per data folder. The hub holds DATA_DIR/rostrum.lock (created exclusively, with its
// pid and start time) while it runs; a second hub on the folder stops at once, naming the one
// that holds it. A lock left by a hub that died without releasing it (SIGKILL, a power cut) is
// taken over: its pid is gone, or is now another process (a different start time). Two hubs
// taking over one stale lock at once: the rename in `takeOver` lets one win.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'rostrum.lock';

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

/** A lock that cannot be read yet may be one being written this instant: give it this long. */
const UNREADABLE_GRACE_MS = 2_000;

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
 * Removes the stale lock whose text is `stale`, and only it: moved aside first (one rename wins),
 * then checked. Another hub that took it over a moment earlier has its lock put back.
 */
function takeOver(file: string, stale: string): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Gone already: the next attempt creates it or meets the new owner's.
  }
  if (readText(aside) !== stale) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process holds the place now: the next attempt meets it.
    }
  }
  unlinkSync(aside);
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
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx', mode: 0o600 });
      return lockOf(file, me);
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error)) throw error;
      if (error.code !== 'EEXIST') throw error;
    }
    const text = readText(file);
    if (text === undefined) continue;
    const owner = ownerOf(text);
    if (owner === undefined) {
      const age = Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < UNREADABLE_GRACE_MS) throw inUse(dataDir, file, 'another process (just starting)');
    } else if (running(owner)) {
      throw inUse(
        dataDir,
        file,
        `another hub (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt})`,
      );
    }
    takeOver(file, text);
  }
  throw inUse(dataDir, file, 'another process that keeps re-creating it');
}

function inUse(dataDir: string, file: string, who: string): Error {
  return new Error(
    `The data folder ${dataDir} is in use by ${who}: one hub per data folder. Stop that hub ` +
      `first, or give this one another DATA_DIR. (A lock whose hub is gone is taken over by ` +
      `itself: do not remove ${file} while its hub runs.)`,
  );
}

function lockOf(file: string, me: Owner): DataLock {
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
        try {
          writeFileSync(file, `${JSON.stringify(written)}\n`, { flag: 'wx', mode: 0o600 });
          return true;
        } catch {
          return mine(ownerOf(readText(file) ?? ''));
        }
      }
      return mine(ownerOf(text));
    },
    describe(details) {
      written = { ...me, ...details };
      // Written aside and renamed over: a reader never sees half a lock.
      const aside = `${file}.describe-${process.pid}`;
      writeFileSync(aside, `${JSON.stringify(written)}\n`, { mode: 0o600 });
      renameSync(aside, file);
    },
    release() {
      if (released) return;
      released = true;
      if (mine(ownerOf(readText(file) ?? ''))) unlinkSync(file);
    },
  };
}

/** Whether a live hub holds `dataDir` (for tools that must not work under one). */
export function folderLocked(dataDir: string): Owner | undefined {
  const owner = ownerOf(readText(path.join(dataDir, LOCK_FILE)) ?? '');
  return owner && running(owner) ? owner : undefined;
}
