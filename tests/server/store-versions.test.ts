// The stored data knows its version: a database made by the first hubs (tests/fixtures, made by
// tests/fixtures/make-store-fixture.ts on commit 10777ab) and one made by the hubs in which a room
// was its meeting (make-store-fixture-v2.ts on commit 4327220) open with every room, record, undo
// history and journal entry intact, each room's meeting now a meeting of its own; chair keys are
// hashed by the migration; a database newer than the code and a room that fails the domain's
// schema stop the store, naming what is wrong.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../server/store/migrations.ts';
import type { JournalEntry } from '../../server/store/room-store.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import type { MeetingCore, RoomState } from '../../shared/domain/types.ts';
import { api, createHarness, createTestClock, MEETING_START, postCommand } from './harness.ts';
import { exitOf, runHub } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** A data folder holding a copy of a fixture (version 1 unless said). */
function fixtureFolder(version: 1 | 2 = 1): string {
  const dir = harness.tempDir();
  copyFileSync(path.join(FIXTURES, `rostrum-v${version}.db`), path.join(dir, 'rostrum.db'));
  return dir;
}

/** What the old code read back from a fixture: rooms in the old shape, and the journals. */
interface OldFixture {
  rooms: OldRoom[];
  journals: Record<string, JournalEntry[]>;
}
type OldRoom = Omit<MeetingCore, 'meetingId' | 'segments' | 'segmentId' | 'parked'> & {
  roomId: string;
  version: number;
  history: { commandType: string; at: number; fromVersion: number; state: OldRoom }[];
};

function readFixture(version: 1 | 2): OldFixture {
  return JSON.parse(
    readFileSync(path.join(FIXTURES, `rostrum-v${version}.expected.json`), 'utf8'),
  ) as OldFixture;
}

/**
 * What migration 3 promises of a room the old code read back: the place from its meeting's room
 * and clock; its meeting, under the id of its first sitting's date, with one untitled segment
 * that every record entry names; its undo history's states moved the same way.
 */
function asMigrated(old: OldRoom): { state: RoomState } {
  const meetingId = `${old.meeting.sittings[0]?.date ?? ''}-1`;
  const meetingOf = (room: Omit<OldRoom, 'history'>): MeetingCore => {
    const { roomId: _roomId, version: _version, ...core } = room as OldRoom;
    const { history: _history, ...rest } = core as OldRoom;
    return {
      ...rest,
      meetingId,
      segments: [{ id: 'seg-1', title: '' }],
      segmentId: 'seg-1',
      parked: {},
      record: rest.record.map((entry) => ({ ...entry, segmentId: 'seg-1' })),
    };
  };
  return {
    state: {
      roomId: old.roomId,
      version: old.version,
      room: { name: old.meeting.room, timeZone: old.meeting.timeZone },
      current: meetingOf(old),
      upcoming: [],
      history: old.history.map((entry) => ({ ...entry, state: meetingOf(entry.state) })),
    },
  };
}

/** Runs `sql` on the database of `dir` directly, as a damaged or foreign file would be. */
function tamper(dir: string, sql: string): void {
  const db = new Database(path.join(dir, 'rostrum.db'));
  db.exec(sql);
  db.close();
}

const expected = readFixture(1);

describe('a version-1 database (made before the store had a version)', () => {
  it('opens with every room, record, undo history and journal intact', () => {
    const dir = fixtureFolder();
    const store = openSqliteStore(dir);
    try {
      expect(store.createdNow).toBe(false);
      const rooms = store.loadRooms();
      expect(rooms).toMatchObject(expected.rooms.map(asMigrated));
      expect({ cr4: store.journal('cr4'), tc1: store.journal('tc1') }).toEqual(
        withMeetingIds(expected.journals, { cr4: '2017-09-06-1', tc1: '2017-09-06-1' }),
      );
      // What the fixture holds, so that the comparison above compares something.
      const cr4 = rooms.find((r) => r.state.roomId === 'cr4')?.state;
      expect(cr4?.version).toBe(14);
      expect(cr4?.current?.record).toHaveLength(3);
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
    expect(hub.hub.engine.state('cr4')?.current?.status).toEqual({ kind: 'inSession' });
    const other = await postCommand(hub, 'tc1', { type: 'reopenList' }, { key: 'fixture-key-tc1' });
    expect(other).toMatchObject({ status: 200, body: { ok: true, version: 4 } });
  });

  it('is migrated once: opening it again changes nothing', () => {
    const dir = fixtureFolder();
    openSqliteStore(dir).close();
    const before = readFileSync(path.join(dir, 'rostrum.db'));
    const store = openSqliteStore(dir);
    expect(store.loadRooms()).toMatchObject(expected.rooms.map(asMigrated));
    store.close();
    expect(readFileSync(path.join(dir, 'rostrum.db')).equals(before)).toBe(true);
  });
});

/** The old journals as they read now: each entry names the meeting it was for. */
function withMeetingIds(
  journals: Record<string, JournalEntry[]>,
  meetings: Record<string, string>,
): Record<string, JournalEntry[]> {
  return Object.fromEntries(
    Object.entries(meetings).map(([roomId, meetingId]) => [
      roomId,
      (journals[roomId] ?? []).map((entry) => ({ ...entry, meetingId })),
    ]),
  );
}

describe('a version-2 database (a room was its meeting)', () => {
  const v2 = readFixture(2);

  it('becomes one meeting per room: state, record, undo history and journal kept', () => {
    const dir = fixtureFolder(2);
    const store = openSqliteStore(dir);
    try {
      const rooms = store.loadRooms();
      expect(rooms).toMatchObject(v2.rooms.map(asMigrated));
      expect({
        cr4: store.journal('cr4'),
        tc1: store.journal('tc1'),
        cr1: store.journal('cr1'),
      }).toEqual(
        withMeetingIds(v2.journals, {
          cr4: '2017-09-06-1',
          tc1: '2017-09-06-1',
          cr1: '2017-09-06-1',
        }),
      );
      // Each room's calendar holds its one meeting, open or adjourned as it was.
      expect(
        rooms.map((r) => [r.state.roomId, r.calendar.map((m) => [m.meetingId, m.status])]),
      ).toEqual([
        ['cr4', [['2017-09-06-1', 'open']]],
        ['tc1', [['2017-09-06-1', 'open']]],
        ['cr1', [['2017-09-06-1', 'adjourned']]],
      ]);
      const cr1 = store.meeting('cr1', '2017-09-06-1');
      expect(cr1?.state?.record).toHaveLength(1);
      expect(cr1?.setup.speakers?.map((s) => s.delegation)).toEqual(['MEX', 'KEN']);
    } finally {
      store.close();
    }
  });

  it('serves the migrated meetings: the record by meeting, undo across the migration, a copy', async () => {
    const hub = await harness.startHub({
      clock: createTestClock(MEETING_START + 3_600_000),
      dataDir: fixtureFolder(2),
    });
    const admin = { key: hub.hub.adminKey.key };
    expect((await api(hub, 'GET', '/api/rooms/cr1/meetings')).body).toEqual([
      {
        meetingId: '2017-09-06-1',
        title: 'Consultations on the draft resolution',
        status: 'adjourned',
        sittings: [{ date: '2017-09-06', start: '10:00', end: '13:00' }],
      },
    ]);
    const speeches = await api(hub, 'GET', '/api/rooms/cr1/meetings/2017-09-06-1/speeches');
    expect(speeches.body).toMatchObject({
      meetingId: '2017-09-06-1',
      speeches: [{ delegation: 'MEX', spokenMs: 100_000, segmentId: 'seg-1' }],
    });
    // The adjourned meeting is closed; an undo, for a slip of the hand, still reopens it.
    const key = { key: 'fixture-key-cr1' };
    const refused = await postCommand(hub, 'cr1', { type: 'announce', text: 'Hello' }, key);
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'meetingAdjourned' } } });
    expect(await postCommand(hub, 'cr1', { type: 'undo' }, key)).toMatchObject({ status: 200 });
    expect(hub.hub.engine.state('cr1')?.current?.status).toEqual({ kind: 'inSession' });
    // Its setup (the list as it stood) is what a copy starts from.
    const copied = await api(hub, 'POST', '/api/rooms/cr1/meetings/2017-09-06-1/copy', {
      ...admin,
      body: { sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }] },
    });
    expect(copied).toMatchObject({ status: 201, body: { meetingId: '2017-09-07-1' } });
    const detail = await api(hub, 'GET', '/api/rooms/cr1/meetings/2017-09-07-1');
    expect(detail.body).toMatchObject({
      status: 'scheduled',
      setup: { speakers: [{ delegation: 'MEX' }, { delegation: 'KEN' }] },
    });
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
        /Meeting 2017-09-06-1 of room tc1, does not match the domain's schema at speakers\.2\.status/,
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
      /Meeting 2017-09-06-1 of room cr4, does not match the domain's schema at nextId/,
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
