// The room store on SQLite (better-sqlite3), in WAL mode with full sync: a command is
// acknowledged only after its transaction is on disk, so a crash or a power cut loses nothing
// that a chair was told had happened.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RoomState } from '../../shared/domain/types.ts';
import type { JournalEntry, RoomStore } from './room-store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  chair_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
  room_id TEXT NOT NULL REFERENCES rooms(id),
  version INTEGER NOT NULL,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  command TEXT NOT NULL,
  origin TEXT NOT NULL,
  PRIMARY KEY (room_id, version)
);
`;

const roomRow = z.object({ id: z.string(), version: z.number(), state: z.string() });
const journalRow = z.object({
  room_id: z.string(),
  version: z.number(),
  at: z.number(),
  type: z.string(),
  command: z.string(),
  origin: z.enum(['socket', 'rest']),
});
const keyRow = z.object({ chair_key: z.string() }).optional();

/** Opens (or creates) the store in `dataDir`/rostrum.db. */
export function openSqliteStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(dataDir, 'rostrum.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);

  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, version, state, chair_key) VALUES (?, ?, ?, ?)',
  );
  const updateRoom = db.prepare('UPDATE rooms SET version = ?, state = ? WHERE id = ?');
  const insertEntry = db.prepare(
    'INSERT INTO journal (room_id, version, at, type, command, origin) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectKey = db.prepare('SELECT chair_key FROM rooms WHERE id = ?');
  const updateKey = db.prepare('UPDATE rooms SET chair_key = ? WHERE id = ?');

  const commit = db.transaction((state: RoomState, entry: JournalEntry) => {
    const changed = updateRoom.run(state.version, JSON.stringify(state), state.roomId).changes;
    if (changed !== 1) throw new Error(`Room ${state.roomId} is not in the store`);
    insertEntry.run(
      entry.roomId,
      entry.version,
      entry.at,
      entry.type,
      JSON.stringify(entry.command),
      entry.origin,
    );
  });

  return {
    loadRooms() {
      const rows = z.array(roomRow).parse(db.prepare('SELECT id, version, state FROM rooms').all());
      // The state was written by this program from a validated state; parsing it back is trusted.
      return rows.map((row) => JSON.parse(row.state) as RoomState);
    },
    createRoom(state, chairKey) {
      insertRoom.run(state.roomId, state.version, JSON.stringify(state), chairKey);
    },
    commit(state, entry) {
      commit(state, entry);
    },
    chairKey(roomId) {
      return keyRow.parse(selectKey.get(roomId))?.chair_key;
    },
    setChairKey(roomId, key) {
      updateKey.run(key, roomId);
    },
    journal(roomId) {
      const rows = z
        .array(journalRow)
        .parse(db.prepare('SELECT * FROM journal WHERE room_id = ? ORDER BY version').all(roomId));
      return rows.map((row) => ({
        roomId: row.room_id,
        version: row.version,
        at: row.at,
        type: row.type,
        command: JSON.parse(row.command) as unknown,
        origin: row.origin,
      }));
    },
    close() {
      db.close();
    },
  };
}
