// The data folder's lock on its own: the kernel's hold keeps a second hub out (in this process or
// another), a lock file left by a process that is gone is replaced (a dead pid, a pid now used by
// another process, a file cut short), one naming a live process still refuses, and a hub releases
// only its own. The hub processes' side is in data-folder.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderLocked, lockDataFolder } from '../../server/store/data-lock.ts';
import { createHarness } from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** The start tick of this process, as the lock records it (Linux). */
function myProcStart(): string | null {
  const stat = readFileSync(`/proc/${process.pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/** Writes a lock as another hub would have left it. */
function leaveLock(dir: string, owner: Record<string, unknown>): string {
  const file = path.join(dir, 'rostrum.lock');
  const lock = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: '2026-12-01T09:00:00.000Z',
    procStart: myProcStart(),
    ...owner,
  };
  writeFileSync(file, JSON.stringify(lock));
  return file;
}

/** A pid that no process has now: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the data folder lock', () => {
  it('is refused while a live process is named in it, naming the folder and the pid', () => {
    const dir = harness.tempDir();
    leaveLock(dir, {});
    expect(() => lockDataFolder(dir)).toThrow(
      `The data folder ${dir} is in use by another hub (pid ${process.pid} on ${os.hostname()}, started 2026-12-01T09:00:00.000Z)`,
    );
    expect(folderLocked(dir)?.pid).toBe(process.pid);
  });

  it('is taken over from a dead pid, and from a pid now used by another process', () => {
    for (const stale of [{ pid: deadPid() }, { procStart: '1' }]) {
      const dir = harness.tempDir();
      const file = leaveLock(dir, stale);
      expect(folderLocked(dir)).toBeUndefined();
      const lock = lockDataFolder(dir);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
      expect(readdirSync(dir).sort()).toEqual(['rostrum.lock', 'rostrum.lock.db']);
      lock.release();
      expect(existsSync(file)).toBe(false);
    }
  });

  it('replaces a lock file cut short when nobody holds the folder', () => {
    const dir = harness.tempDir();
    const file = path.join(dir, 'rostrum.lock');
    writeFileSync(file, '');
    const lock = lockDataFolder(dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('is a second time refused in the same folder, even with its file removed, and released only by its holder', () => {
    const dir = harness.tempDir();
    const lock = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(/is in use by another hub \(pid /);
    unlinkSync(path.join(dir, 'rostrum.lock'));
    expect(() => lockDataFolder(dir)).toThrow(
      /in use by another hub \(just starting, or its rostrum.lock was removed\)/,
    );
    expect(lock.held()).toBe(true);
    // Another hub's lock in its place (after a takeover) is not removed by this one's release.
    const file = leaveLock(dir, { startedAt: 'another start' });
    lock.release();
    expect(existsSync(file)).toBe(true);
    // Released, the folder is free again.
    unlinkSync(file);
    lockDataFolder(dir).release();
  });
});

it('lets exactly one of several processes starting at once take the folder of a dead hub', async () => {
  const dir = harness.tempDir();
  leaveLock(dir, { pid: deadPid() });
  const lockModule = path.resolve(import.meta.dirname, '../../server/store/data-lock.ts');
  // Each waits for the same instant, then tries; the one that gets it holds it a while. Both are
  // long enough for four tsx processes to start on a loaded two-core machine (at 1.5 s and 1 s, a
  // late starter could find the holder gone, its lock stale, and take it in turn).
  const at = Date.now() + 4_000;
  const script = `
    import { lockDataFolder } from ${JSON.stringify(lockModule)};
    setTimeout(() => {
      try { lockDataFolder(${JSON.stringify(dir)}); console.log('got'); setTimeout(() => {}, 6000); }
      catch { console.log('refused'); }
    }, ${at} - Date.now());`;
  const results = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const { spawn } = await import('node:child_process');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      await new Promise((resolve) => child.once('exit', resolve));
      return out.trim();
    }),
  );
  expect(results.sort()).toEqual(['got', 'refused', 'refused', 'refused']);
});
