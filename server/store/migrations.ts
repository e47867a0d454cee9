// The store's schema, version by version. A database says which version it follows (the meta
// table's schema_version); at open, the migrations it has not had run in order, all in one
// transaction with the new version, so a failed migration leaves the file as it was. Version 1
// is the schema of the first hubs, which wrote no version: a database with their three tables
// and no meta table is a version-1 database. Never edit a migration that has shipped: add one.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { hashChairKey } from '../auth/chair-keys.ts';
import { roomsHoldMeetings } from './migrate-to-meetings.ts';

/** PRAGMA application_id of a Rostrum database: 'Rost' in ASCII, so `file` can tell it too. */
export const APPLICATION_ID = 0x526f7374;
/** The meta table's `application` value. */
export const APPLICATION_NAME = 'rostrum';

export interface Migration {
  version: number;
  /** What it changes, in a few words. */
  what: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    what: 'rooms, undo history and journal',
    up(db) {
      db.exec(`
        CREATE TABLE rooms (
          id TEXT PRIMARY KEY,
          version INTEGER NOT NULL,
          state TEXT NOT NULL,
          chair_key TEXT NOT NULL
        );
        CREATE TABLE undo_history (
          room_id TEXT NOT NULL REFERENCES rooms(id),
          from_version INTEGER NOT NULL,
          entry TEXT NOT NULL,
          PRIMARY KEY (room_id, from_version)
        );
        CREATE TABLE journal (
          room_id TEXT NOT NULL REFERENCES rooms(id),
          version INTEGER NOT NULL,
          at INTEGER NOT NULL,
          type TEXT NOT NULL,
          command TEXT NOT NULL,
          origin TEXT NOT NULL,
          PRIMARY KEY (room_id, version)
        );
      `);
    },
  },
  {
    version: 2,
    what: 'chair keys stored hashed',
    up(db) {
      db.exec('ALTER TABLE rooms RENAME COLUMN chair_key TO chair_key_hash');
      const rows = z
        .array(z.object({ id: z.string(), chair_key_hash: z.string() }))
        .parse(db.prepare('SELECT id, chair_key_hash FROM rooms').all());
      const update = db.prepare('UPDATE rooms SET chair_key_hash = ? WHERE id = ?');
      for (const row of rows) update.run(hashChairKey(row.chair_key_hash), row.id);
    },
  },
  {
    version: 3,
    what: 'rooms hold meetings: each room becomes the place, its one meeting a row of its own',
    up: roomsHoldMeetings,
  },
  {
    version: 4,
    what: "interpreters' booths: a key per room, stored hashed (none until the secretariat issues one)",
    up(db) {
      db.exec('ALTER TABLE rooms ADD COLUMN booth_key_hash TEXT');
    },
  },
];

/** The version this code writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

const META = `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`;

/** The tables of the schema before it carried a version (version 1). */
const VERSION_1_TABLES = ['journal', 'rooms', 'undo_history'];

/** What a database file holds, as far as Rostrum is concerned. */
export type Identity =
  { kind: 'empty' } | { kind: 'rostrum'; version: number } | { kind: 'foreign'; why: string };

/** Tells a Rostrum database (and its version) from an empty or a foreign one. */
export function identify(db: Database): Identity {
  const tables = z
    .array(z.object({ name: z.string() }))
    .parse(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all())
    .map((t) => t.name);
  const applicationId = z.number().parse(db.pragma('application_id', { simple: true }));
  if (tables.length === 0 && applicationId === 0) return { kind: 'empty' };
  if (applicationId === 0 && !tables.includes('meta')) {
    if (VERSION_1_TABLES.every((t) => tables.includes(t))) return { kind: 'rostrum', version: 1 };
    return { kind: 'foreign', why: `tables: ${tables.join(', ') || 'none'}` };
  }
  if (applicationId !== APPLICATION_ID) {
    return { kind: 'foreign', why: `application_id ${applicationId}` };
  }
  const meta = new Map(
    z
      .array(z.object({ key: z.string(), value: z.string() }))
      .parse(tables.includes('meta') ? db.prepare('SELECT key, value FROM meta').all() : [])
      .map((row) => [row.key, row.value]),
  );
  const version = Number(meta.get('schema_version'));
  if (meta.get('application') !== APPLICATION_NAME || !Number.isInteger(version) || version < 1) {
    return { kind: 'foreign', why: 'no Rostrum schema version in its meta table' };
  }
  return { kind: 'rostrum', version };
}

/** A database written by a later version of Rostrum: this code must not touch it. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/** Runs the migrations after `from` (0 for a new database), in one transaction. */
export function migrate(db: Database, from: number): void {
  if (from > SCHEMA_VERSION) {
    throw new NewerSchemaError(
      `it follows schema version ${from}, newer than this Rostrum's (${SCHEMA_VERSION}): it was ` +
        'written by a later version. Run that version, or restore a backup made for this one.',
    );
  }
  if (from === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (const migration of MIGRATIONS) {
      if (migration.version > from) migration.up(db);
    }
    db.exec(META);
    const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    set.run('application', APPLICATION_NAME);
    set.run('schema_version', String(SCHEMA_VERSION));
    db.pragma(`application_id = ${APPLICATION_ID}`);
  })();
}
