// The room store on SQLite (better-sqlite3), in WAL mode with full sync: a command is
// acknowledged only after its transaction is on disk, so a crash or a power cut loses nothing
// that a chair was told had happened. The undo history (up to ten earlier states) lives in its
// own table, so a commit writes the new state and at most one new history entry, not eleven
// copies of the room.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RoomState, UndoEntry } from '../../shared/domain/types.ts';
import type { JournalEntry, RoomStore } from './room-store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  state TEXT NOT NULL,
  chair_key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS undo_history (
  room_id TEXT NOT NULL REFERENCES rooms(id),
  from_version INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (room_id, from_version)
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
  origin: z.enum(['socket', 'rest', 'hub']),
});
const keyRow = z.object({ chair_key: z.string() }).optional();
const historyRow = z.object({ from_version: z.number(), entry: z.string() });

/** The state as the rooms table keeps it: without the history, which has its own table. */
function withoutHistory(state: RoomState): string {
  const { history: _history, ...rest } = state;
  return JSON.stringify(rest);
}

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

  const selectHistory = db.prepare(
    'SELECT from_version, entry FROM undo_history WHERE room_id = ? ORDER BY from_version',
  );
  const insertHistory = db.prepare(
    'INSERT INTO undo_history (room_id, from_version, entry) VALUES (?, ?, ?)',
  );
  const deleteHistory = db.prepare(
    'DELETE FROM undo_history WHERE room_id = ? AND from_version = ?',
  );

  /** Makes the history table hold exactly the state's entries, writing only the new ones. */
  function syncHistory(state: RoomState): void {
    const stored = z
      .array(historyRow)
      .parse(selectHistory.all(state.roomId))
      .map((row) => row.from_version);
    const wanted = new Set(state.history.map((e) => e.fromVersion));
    for (const version of stored) {
      if (!wanted.has(version)) deleteHistory.run(state.roomId, version);
    }
    const have = new Set(stored);
    for (const entry of state.history) {
      if (!have.has(entry.fromVersion)) {
        insertHistory.run(state.roomId, entry.fromVersion, JSON.stringify(entry));
      }
    }
  }

  const commit = db.transaction((state: RoomState, entry: JournalEntry) => {
    const changed = updateRoom.run(state.version, withoutHistory(state), state.roomId).changes;
    if (changed !== 1) throw new Error(`Room ${state.roomId} is not in the store`);
    syncHistory(state);
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
      // Written by this program from states the domain produced; read back as they were written.
      return rows.map((row) => {
        const history = z
          .array(historyRow)
          .parse(selectHistory.all(row.id))
          .map((h) => JSON.parse(h.entry) as UndoEntry);
        return { ...(JSON.parse(row.state) as Omit<RoomState, 'history'>), history };
      });
    },
    createRoom(state, chairKey) {
      db.transaction(() => {
        insertRoom.run(state.roomId, state.version, withoutHistory(state), chairKey);
        syncHistory(state);
      })();
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
