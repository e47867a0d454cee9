// The data folder knows its owner and refuses what is not its own, with real hub processes: a
// second hub on a folder stops at once (whatever its key) and the first keeps its key; a lock
// left by a killed hub is taken over; files that are not a whole Rostrum database stop the hub
// naming the file, and are left as they were; a database with no room gets no demo; the folder
// and its files are the hub's user's only.
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { createHarness, getJson, postCommand } from './harness.ts';
import { exitOf, runHub, startHubProcess } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';

/** A hub process on `dataDir` that must not start: resolves with its exit code and stderr. */
async function refusedStart(dataDir: string, env: Record<string, string> = {}) {
  const hub = runHub(harness, [], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env });
  const exit = await exitOf(hub);
  expect(hub.stdout()).not.toMatch(/listening/);
  return { code: exit.code, stderr: hub.stderr() };
}

/** A data folder with a database made by a hub (the demo room, a few commands), hub stopped. */
async function usedFolder(): Promise<string> {
  const dataDir = path.join(harness.tempDir(), 'data');
  const hub = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
  for (const command of [{ type: 'closeList' }, { type: 'reopenList' }, { type: 'closeList' }]) {
    expect((await postCommand(hub, 'cr4', command, { key: KEY })).status).toBe(200);
  }
  hub.child.kill('SIGTERM');
  expect((await exitOf(hub)).code).toBe(0);
  return dataDir;
}

describe('one hub per data folder', () => {
  it('a second hub exits at once, naming the folder and the first; the first keeps its key', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    const lock = JSON.parse(readFileSync(path.join(dataDir, 'rostrum.lock'), 'utf8')) as unknown;
    expect(lock).toMatchObject({ pid: first.child.pid });

    const started = Date.now();
    const second = await refusedStart(dataDir, { ROSTRUM_CHAIR_KEY: 'another-key-entirely' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `The data folder ${dataDir} is in use by another hub (pid ${first.child.pid}`,
    );

    expect((await postCommand(first, 'cr4', { type: 'closeList' }, { key: KEY })).status).toBe(200);
    const other = await postCommand(
      first,
      'cr4',
      { type: 'reopenList' },
      { key: 'another-key-entirely' },
    );
    expect(other.status).toBe(403);

    first.child.kill('SIGTERM');
    expect((await exitOf(first)).code).toBe(0);
    // Released on a clean stop.
    expect(existsSync(path.join(dataDir, 'rostrum.lock'))).toBe(false);
  });

  it('a lock file removed by hand: the running hub puts it back, and a second hub is still refused', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const lockFile = path.join(dataDir, 'rostrum.lock');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    // Removed while the hub runs: its next commit (or health check) puts it back.
    unlinkSync(lockFile);
    expect((await postCommand(first, 'cr4', { type: 'closeList' }, { key: KEY })).status).toBe(200);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: first.child.pid });
    // Removed, and a second hub starts before the first notices: the kernel's hold still keeps
    // it out, and the first goes on.
    unlinkSync(lockFile);
    const second = await refusedStart(dataDir, { ROSTRUM_CHAIR_KEY: KEY });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `The data folder ${dataDir} is in use by another hub (just starting, or its rostrum.lock was removed)`,
    );
    expect((await postCommand(first, 'cr4', { type: 'reopenList' }, { key: KEY })).status).toBe(
      200,
    );
    // A lock file naming another live process (a hub on another host sharing the folder): the
    // first can no longer say the folder is its alone, refuses every command, and says so.
    writeFileSync(
      lockFile,
      JSON.stringify({ pid: 1, host: 'another-host', startedAt: 'then', procStart: null }),
    );
    const refused = await postCommand(first, 'cr4', { type: 'closeList' }, { key: KEY });
    expect(refused).toMatchObject({ status: 503, body: { error: { code: 'storeUnavailable' } } });
    expect((await fetch(`${first.url}/healthz`)).status).toBe(503);
  });

  it('takes over the lock of a hub killed with SIGKILL', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    first.child.kill('SIGKILL');
    await exitOf(first);
    expect(existsSync(path.join(dataDir, 'rostrum.lock'))).toBe(true);
    const second = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    const lock = JSON.parse(readFileSync(path.join(dataDir, 'rostrum.lock'), 'utf8')) as unknown;
    expect(lock).toMatchObject({ pid: second.child.pid });
  });

  it('keeps the folder and its files to the hub user (0700, 0600)', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    await postCommand(hub, 'cr4', { type: 'closeList' }, { key: KEY });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const name of [
      'rostrum.db',
      'rostrum.db-wal',
      'rostrum.db-shm',
      'rostrum.lock',
      'rostrum.lock.db',
    ]) {
      expect(statSync(path.join(dataDir, name)).mode & 0o777, name).toBe(0o600);
    }
  });
});

describe('files that are not a whole Rostrum database', () => {
  /** Expects a refused start naming the file and what to do, the file left byte for byte. */
  async function expectRefused(dataDir: string, why: RegExp) {
    const file = path.join(dataDir, 'rostrum.db');
    const before = readFileSync(file);
    const { code, stderr } = await refusedStart(dataDir);
    expect(code).toBe(1);
    expect(stderr).toContain(`Cannot open ${file}:`);
    expect(stderr).toMatch(why);
    expect(stderr).toMatch(/restore a backup .*npm run restore.*or move the file away/);
    expect(readFileSync(file).equals(before)).toBe(true);
  }

  it('a text file', async () => {
    const dataDir = harness.tempDir();
    writeFileSync(path.join(dataDir, 'rostrum.db'), 'Minutes of the meeting\n'.repeat(200));
    await expectRefused(dataDir, /it is not a SQLite database/);
  });

  it("another application's SQLite database", async () => {
    const dataDir = harness.tempDir();
    const db = new Database(path.join(dataDir, 'rostrum.db'));
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    db.close();
    await expectRefused(dataDir, /it is not a Rostrum database \(tables: contacts\)/);
  });

  it('a zero-length rostrum.db', async () => {
    const dataDir = harness.tempDir();
    writeFileSync(path.join(dataDir, 'rostrum.db'), '');
    await expectRefused(dataDir, /the file is empty \(0 bytes\)/);
  });

  it('a database with garbage written in the middle', async () => {
    const dataDir = await usedFolder();
    const file = path.join(dataDir, 'rostrum.db');
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    // Pages 3 to the last but one: B-tree pages of the tables, overwritten.
    writeSync(fd, Buffer.alloc(size - 3 * 4096, 0x5a), 0, size - 3 * 4096, 2 * 4096);
    closeSync(fd);
    await expectRefused(dataDir, /it is corrupt/);
  });

  it('a truncated database', async () => {
    const dataDir = await usedFolder();
    const file = path.join(dataDir, 'rostrum.db');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectRefused(dataDir, /it is corrupt/);
  });

  it('a database gone with its WAL left behind', async () => {
    const dataDir = harness.tempDir();
    writeFileSync(path.join(dataDir, 'rostrum.db-wal'), 'x');
    const { code, stderr } = await refusedStart(dataDir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/rostrum\.db: it is missing, yet .*rostrum\.db-wal is there/);
  });
});

describe('the demo room', () => {
  it('is created in a new folder, and not in a database that exists with no room', async () => {
    const fresh = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: fresh });
    expect(hub.stdout()).toMatch(/Room cr4\n/);
    // Its key is shown this once, with the console link.
    expect(hub.stdout()).toMatch(
      /chair console: {2}http:\/\/127\.0\.0\.1:\d+\/chair\/cr4#key=\S{22}\n/,
    );

    const empty = harness.tempDir();
    openSqliteStore(empty).close();
    const bare = await startHubProcess(harness, { DATA_DIR: empty });
    expect(bare.stdout()).not.toMatch(/Room/);
    expect((await getJson(bare, '/api/rooms')).body).toEqual([]);
  });

  it('a restarted hub does not show a key it no longer knows, and says how to get one', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir });
    first.child.kill('SIGTERM');
    await exitOf(first);
    const second = await startHubProcess(harness, { DATA_DIR: dataDir });
    expect(second.stdout()).toMatch(/chair console: {2}http:\/\/127\.0\.0\.1:\d+\/chair\/cr4\n/);
    expect(second.stdout()).toContain('a new one: npm run chair-key -- cr4');
  });
});
