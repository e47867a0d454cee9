// The stored data knows its version: a database made by the first hubs (tests/fixtures, made by
// tests/fixtures/make-store-fixture.ts on commit 10777ab) opens with every room, record, undo
// history and journal entry intact; its chair keys are hashed by the migration; a database newer
// than the code and a room that fails the domain's schema stop the store, naming what is wrong.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../server/store/migrations.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { createHarness, createTestClock, MEETING_START, postCommand } from './harness.ts';
import { exitOf, runHub } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A data folder holding a copy of the version-1 fixture. */
function fixtureFolder(): string {
  const dir = harness.tempDir();
  copyFileSync(path.join(FIXTURES, 'rostrum-v1.db'), path.join(dir, 'rostrum.db'));
  return dir;
}

/** Runs `sql` on the database of `dir` directly, as a damaged or foreign file would be. */
function tamper(dir: string, sql: string): void {
  const db = new Database(path.join(dir, 'rostrum.db'));
  db.exec(sql);
  db.close();
}

const expected: unknown = JSON.parse(
  readFileSync(path.join(FIXTURES, 'rostrum-v1.expected.json'), 'utf8'),
);

describe('a version-1 database (made before the store had a version)', () => {
  it('opens with every room, record, undo history and journal intact', () => {
    const dir = fixtureFolder();
    const store = openSqliteStore(dir);
    try {
      expect(store.createdNow).toBe(false);
      const rooms = store.loadRooms();
      expect({
        rooms,
        journals: { cr4: store.journal('cr4'), tc1: store.journal('tc1') },
      }).toEqual(expected);
      // What the fixture holds, so that the comparison above compares something.
      const cr4 = rooms.find((r) => r.roomId === 'cr4');
      expect(cr4?.version).toBe(14);
      expect(cr4?.record).toHaveLength(3);
      expect(cr4?.history).toHaveLength(10);
      expect(store.journal('cr4')).toHaveLength(14);
    } finally {
      store.close();
    }

    const db = new Database(path.join(dir, 'rostrum.db'), { readonly: true });
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.prepare('SELECT key, value FROM meta ORDER BY key').all()).toEqual([
        { key: 'application', value: 'rostrum' },
        { key: 'schema_version', value: String(SCHEMA_VERSION) },
      ]);
      // The plain keys are gone, their hashes in their place.
      const keys = db.prepare('SELECT id, chair_key_hash FROM rooms ORDER BY id').all();
      expect(keys).toEqual([
        { id: 'cr4', chair_key_hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { id: 'tc1', chair_key_hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
      expect(readFileSync(path.join(dir, 'rostrum.db')).includes('fixture-key-cr4')).toBe(false);
      // The old code left it 0644: the hub's user only, now.
      expect(statSync(path.join(dir, 'rostrum.db')).mode & 0o777).toBe(0o600);
    } finally {
      db.close();
    }
  });

  it('serves its rooms to a hub: the old keys work, undo takes back a pre-migration command', async () => {
    const dir = fixtureFolder();
    const hub = await harness.startHub({
      clock: createTestClock(MEETING_START + 3_600_000),
      dataDir: dir,
    });
    const refused = await postCommand(
      hub,
      'cr4',
      { type: 'resumeMeeting' },
      { key: 'wrong-key-1' },
    );
    expect(refused.status).toBe(403);
    const resumed = await postCommand(
      hub,
      'cr4',
      { type: 'resumeMeeting' },
      { key: 'fixture-key-cr4' },
    );
    expect(resumed).toMatchObject({ status: 200, body: { ok: true, version: 15 } });
    const undone = await postCommand(hub, 'cr4', { type: 'undo' }, { key: 'fixture-key-cr4' });
    expect(undone).toMatchObject({ status: 200, body: { ok: true } });
    // Undo again: the suspension, committed by the version-1 hub, is taken back too.
    await postCommand(hub, 'cr4', { type: 'undo' }, { key: 'fixture-key-cr4' });
    expect(hub.hub.engine.state('cr4')?.status).toEqual({ kind: 'inSession' });
    const other = await postCommand(hub, 'tc1', { type: 'reopenList' }, { key: 'fixture-key-tc1' });
    expect(other).toMatchObject({ status: 200, body: { ok: true, version: 4 } });
  });

  it('is migrated once: opening it again changes nothing', () => {
    const dir = fixtureFolder();
    openSqliteStore(dir).close();
    const before = readFileSync(path.join(dir, 'rostrum.db'));
    const store = openSqliteStore(dir);
    expect(store.loadRooms()).toEqual((expected as { rooms: unknown }).rooms);
    store.close();
    expect(readFileSync(path.join(dir, 'rostrum.db')).equals(before)).toBe(true);
  });
});

describe('a database the code cannot read as it is', () => {
  it('refuses a schema version newer than the code, naming it and leaving the file alone', () => {
    const dir = harness.tempDir();
    openSqliteStore(dir).close();
    tamper(dir, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    expect(() => openSqliteStore(dir)).toThrow(
      new RegExp(
        `rostrum\\.db: it follows schema version 99, newer than this Rostrum's \\(${SCHEMA_VERSION}\\)`,
      ),
    );
  });

  it('refuses a room whose state fails the schema, naming the room and the field', () => {
    const dir = fixtureFolder();
    tamper(
      dir,
      `UPDATE rooms SET state = json_set(state, '$.speakers[2].status', 'talking') WHERE id = 'tc1'`,
    );
    const store = openSqliteStore(dir);
    try {
      expect(() => store.loadRooms()).toThrow(
        /Room tc1 in .*rostrum\.db does not match the domain's schema at speakers\.2\.status/,
      );
    } finally {
      store.close();
    }
  });

  it('refuses an undo entry that fails the schema', () => {
    const dir = fixtureFolder();
    tamper(
      dir,
      `UPDATE undo_history SET entry = json_remove(entry, '$.state.meeting.timeZone')
       WHERE room_id = 'cr4' AND from_version = 10`,
    );
    const store = openSqliteStore(dir);
    try {
      expect(() => store.loadRooms()).toThrow(
        /Room cr4, undo entry 10, does not match the domain's schema at state\.meeting\.timeZone/,
      );
    } finally {
      store.close();
    }
  });

  it('stops a hub process on such a room, exit 1, with the room and field, the file untouched', async () => {
    const dir = fixtureFolder();
    tamper(dir, `UPDATE rooms SET state = json_set(state, '$.nextId', 'many') WHERE id = 'cr4'`);
    const before = readFileSync(path.join(dir, 'rostrum.db'));
    const hub = runHub(harness, [], { DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' });
    expect((await exitOf(hub)).code).toBe(1);
    expect(hub.stderr()).toMatch(
      /Room cr4 in .*rostrum\.db does not match the domain's schema at nextId/,
    );
    expect(hub.stdout()).not.toMatch(/listening/);
    // Migrated (the keys hashed), but no room dropped or replaced.
    expect(readFileSync(path.join(dir, 'rostrum.db')).length).toBeGreaterThanOrEqual(
      before.length - 4096,
    );
    const store = new Database(path.join(dir, 'rostrum.db'), { readonly: true });
    expect(store.prepare('SELECT id FROM rooms ORDER BY id').all()).toEqual([
      { id: 'cr4' },
      { id: 'tc1' },
    ]);
    store.close();
  });
});

it('a new database gets the current schema from migration 1 up', () => {
  const dir = harness.tempDir();
  const store = openSqliteStore(dir);
  expect(store.createdNow).toBe(true);
  store.close();
  const db = new Database(path.join(dir, 'rostrum.db'), { readonly: true });
  expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
  expect(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(
    String(SCHEMA_VERSION),
  );
  db.close();
});

it('a migration that fails leaves the database as it was (one transaction)', () => {
  const dir = fixtureFolder();
  // Version 2 renames chair_key to chair_key_hash: a column already so named makes it fail.
  tamper(dir, 'ALTER TABLE rooms ADD COLUMN chair_key_hash TEXT');
  expect(() => openSqliteStore(dir)).toThrow(
    /rostrum\.db: it could not be read \(.*duplicate column/,
  );
  const db = new Database(path.join(dir, 'rostrum.db'), { readonly: true });
  expect(db.prepare('SELECT chair_key FROM rooms ORDER BY id').pluck().all()).toEqual([
    'fixture-key-cr4',
    'fixture-key-tc1',
  ]);
  expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'meta'").all()).toEqual([]);
  expect(db.pragma('application_id', { simple: true })).toBe(0);
  db.close();
});
