// The room store on SQLite (better-sqlite3), in WAL mode with full sync: a command is
// acknowledged only after its transaction is on disk, so a crash or a power cut loses nothing
// that a chair was told had happened. A room's row holds the place and its version; each meeting
// has its own row (its setup, and once open its state with the record), and the undo history (up
// to ten earlier states of the current meeting) its own table, so a commit writes the room's
// version, the current meeting and at most one new history entry, not eleven copies of it. What is read back is checked against the domain's schemas; the file is
// checked and migrated at open (open-database.ts, migrations.ts).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { meetingSetupSchema } from '../../shared/domain/meeting-setup.ts';
import {
  meetingCoreSchema,
  storedRoomSchema,
  undoEntrySchema,
} from '../../shared/domain/state-schema.ts';
import type { MeetingCore, RoomState, UndoEntry } from '../../shared/domain/types.ts';
import { hashChairKey } from '../auth/chair-keys.ts';
import { LOST_SUFFIX, openDatabase } from './open-database.ts';
import {
  StoreUnavailableError,
  type CalendarChange,
  type CalendarMeeting,
  type JournalEntry,
  type RoomStore,
  type StoreHealth,
  type StoredMeeting,
} from './room-store.ts';

/** The database's name in the data folder. */
export const DATABASE_FILE = 'rostrum.db';

const roomRow = z.object({ id: z.string(), version: z.number(), state: z.string() });
const journalRow = z.object({
  room_id: z.string(),
  meeting_id: z.string().nullable(),
  version: z.number(),
  at: z.number(),
  type: z.string(),
  command: z.string(),
  origin: z.enum(['socket', 'rest', 'hub']),
});
const keyRow = z.object({ chair_key_hash: z.string() }).optional();
/** A room's booth key: null until the secretariat issues one. */
const boothKeyRow = z.object({ booth_key_hash: z.string().nullable() }).optional();
const historyRow = z.object({ from_version: z.number(), entry: z.string() });
const meetingRow = z.object({
  id: z.string(),
  lifecycle: z.enum(['scheduled', 'open', 'adjourned']),
  title: z.string(),
  sittings: z.string(),
  setup: z.string(),
});
const fullMeetingRow = meetingRow.extend({ state: z.string().nullable() });
const sittingsShape = z.array(
  z.strictObject({ date: z.string(), start: z.string(), end: z.string() }),
);
const settingRow = z.object({ value: z.string() }).optional();

/** The room as the rooms table keeps it: its meeting and history have their own tables. */
function roomRowOf(state: RoomState): string {
  return JSON.stringify({
    roomId: state.roomId,
    version: state.version,
    room: state.room,
    meetingId: state.current?.meetingId ?? null,
    upcoming: state.upcoming,
  });
}

/** Where a meeting is in its life, from its state. */
const lifecycleOf = (meeting: MeetingCore) =>
  meeting.status.kind === 'adjourned' ? 'adjourned' : 'open';

/** Parses stored JSON with `schema`; throws naming the room, the part and the field at fault. */
function parseStored<Schema extends z.ZodType>(
  schema: Schema,
  json: string,
  where: string,
): z.infer<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`${where} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || '(the whole value)';
  throw new Error(`${where} does not match the domain's schema at ${field}: ${issue?.message}`);
}

export interface StoreOptions {
  /** Refuse to create a database when there is none (tools that work on a hub's data). */
  mustExist?: boolean;
  /**
   * Whether this process still holds the data folder's lock (DataLock.held); checked with the
   * file before every commit, so a hub whose folder another hub took refuses commands.
   */
  stillOwner?: () => boolean;
}

/** Opens (or, in a folder that never held one, creates) the store in `dataDir`/rostrum.db. */
export function openSqliteStore(dataDir: string, options: StoreOptions = {}): RoomStore {
  if (!options.mustExist) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  const { db, createdNow, identity } = openDatabase(file, { create: !options.mustExist });

  const insertRoom = db.prepare(
    'INSERT INTO rooms (id, version, state, chair_key_hash) VALUES (?, ?, ?, ?)',
  );
  const updateRoom = db.prepare('UPDATE rooms SET version = ?, state = ? WHERE id = ?');
  const insertEntry = db.prepare(
    'INSERT INTO journal (room_id, meeting_id, version, at, type, command, origin) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const putMeeting = db.prepare(
    `INSERT INTO meetings (room_id, id, lifecycle, title, sittings, setup, state)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (room_id, id) DO UPDATE SET lifecycle = excluded.lifecycle,
       title = excluded.title, sittings = excluded.sittings, setup = excluded.setup,
       state = excluded.state`,
  );
  const updateMeetingState = db.prepare(
    'UPDATE meetings SET lifecycle = ?, title = ?, sittings = ?, state = ? WHERE room_id = ? AND id = ?',
  );
  const deleteScheduled = db.prepare(
    "DELETE FROM meetings WHERE room_id = ? AND id = ? AND lifecycle = 'scheduled'",
  );
  const selectCalendar = db.prepare(
    'SELECT id, lifecycle, title, sittings, setup FROM meetings WHERE room_id = ?',
  );
  const selectMeeting = db.prepare(
    'SELECT id, lifecycle, title, sittings, setup, state FROM meetings WHERE room_id = ? AND id = ?',
  );
  const selectSetting = db.prepare('SELECT value FROM settings WHERE key = ?');
  const putSetting = db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)');
  const selectKey = db.prepare('SELECT chair_key_hash FROM rooms WHERE id = ?');
  const updateKey = db.prepare('UPDATE rooms SET chair_key_hash = ? WHERE id = ?');
  const selectBoothKey = db.prepare('SELECT booth_key_hash FROM rooms WHERE id = ?');
  const updateBoothKey = db.prepare('UPDATE rooms SET booth_key_hash = ? WHERE id = ?');

  const selectHistory = db.prepare(
    'SELECT from_version, entry FROM undo_history WHERE room_id = ? ORDER BY from_version',
  );
  const insertHistory = db.prepare(
    'INSERT INTO undo_history (room_id, from_version, entry) VALUES (?, ?, ?)',
  );
  const deleteAllHistory = db.prepare('DELETE FROM undo_history WHERE room_id = ?');
  const deleteHistory = db.prepare(
    'DELETE FROM undo_history WHERE room_id = ? AND from_version = ?',
  );

  let problem: string | undefined;
  const unavailable = () =>
    `${file}: ${problem}. Commands are refused until the hub is restarted on a good data folder.`;
  let lastCommit: StoreHealth['lastCommit'] = null;

  /**
   * Whether the file at the path is still the one opened. A deleted data folder or file, or one
   * put in its place, leaves this process writing into a file nobody will read again: a commit
   * then must be refused, not acknowledged. Once found, the store stays unavailable.
   */
  function checkFile(): void {
    if (problem !== undefined) throw new StoreUnavailableError(unavailable());
    const now = statSync(file, { throwIfNoEntry: false });
    if (now?.dev === identity.dev && now.ino === identity.ino) {
      // The file is there; the folder may still have been taken by another hub.
      if (!options.stillOwner || options.stillOwner()) return;
      problem = 'another hub took this data folder (its lock names another process)';
      throw new StoreUnavailableError(unavailable());
    }
    // Without the path: /healthz shows it to anyone on the room's network.
    problem = now
      ? 'the database file was replaced by another while the hub ran'
      : 'the database file was deleted (or its folder moved) while the hub ran';
    if (!now) leaveLostNote();
    throw new StoreUnavailableError(unavailable());
  }

  /** Says, where the database was, that it was lost: the next start must not begin afresh. */
  function leaveLostNote(): void {
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      writeFileSync(
        `${file}${LOST_SUFFIX}`,
        `${new Date().toISOString()}: the hub (pid ${process.pid}) found ${file} deleted while it ` +
          `ran, and refused commands from then on. Restore a backup (npm run restore), or remove ` +
          `this file to start this folder afresh.\n`,
        { mode: 0o600 },
      );
    } catch {
      // The folder cannot be written either: the refusal and the log say it all the same.
    }
  }

  /**
   * Makes the history table hold exactly the state's entries, writing only the new ones; or,
   * with `rewrite` (a step of the clock moved every entry's instants), all of them again.
   */
  function syncHistory(state: RoomState, rewrite = false): void {
    if (rewrite) deleteAllHistory.run(state.roomId);
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

  /** Writes the current meeting's state into its row (it exists: it was scheduled first). */
  function writeCurrent(roomId: string, meeting: MeetingCore): void {
    const changed = updateMeetingState.run(
      lifecycleOf(meeting),
      meeting.meeting.title,
      JSON.stringify(meeting.meeting.sittings),
      JSON.stringify(meeting),
      roomId,
      meeting.meetingId,
    ).changes;
    if (changed !== 1)
      throw new Error(`Meeting ${meeting.meetingId} of ${roomId} is not in the store`);
  }

  function writeCalendar(roomId: string, change: CalendarChange): void {
    if (change.put) insertCalendar(roomId, change.put, null);
    if (change.remove !== undefined && deleteScheduled.run(roomId, change.remove).changes !== 1) {
      throw new Error(`No scheduled meeting ${change.remove} in ${roomId}`);
    }
  }

  function insertCalendar(roomId: string, meeting: CalendarMeeting, state: MeetingCore | null) {
    putMeeting.run(
      roomId,
      meeting.meetingId,
      meeting.status,
      meeting.title,
      JSON.stringify(meeting.sittings),
      JSON.stringify(meeting.setup),
      state && JSON.stringify(state),
    );
  }

  const commit = db.transaction(
    (state: RoomState, entry: JournalEntry, calendar: CalendarChange | undefined) => {
      const changed = updateRoom.run(state.version, roomRowOf(state), state.roomId).changes;
      if (changed !== 1) throw new Error(`Room ${state.roomId} is not in the store`);
      if (calendar) {
        writeCalendar(state.roomId, calendar);
      } else {
        if (state.current) writeCurrent(state.roomId, state.current);
        // A step of the clock changes entries already stored, not only which ones there are.
        syncHistory(state, entry.type === 'clockStepped');
      }
      insertEntry.run(
        entry.roomId,
        entry.meetingId ?? null,
        entry.version,
        entry.at,
        entry.type,
        JSON.stringify(entry.command),
        entry.origin,
      );
    },
  );

  /** A room's undo history, each entry checked. */
  function historyOf(roomId: string): UndoEntry[] {
    return z
      .array(historyRow)
      .parse(selectHistory.all(roomId))
      .map((h) =>
        parseStored(undoEntrySchema, h.entry, `Room ${roomId}, undo entry ${h.from_version},`),
      );
  }

  /** A meeting's row as the calendar keeps it, each stored part checked. */
  function calendarMeetingOf(row: z.infer<typeof meetingRow>, roomId: string): CalendarMeeting {
    const where = `Meeting ${row.id} of room ${roomId},`;
    return {
      meetingId: row.id,
      status: row.lifecycle,
      title: row.title,
      sittings: parseStored(sittingsShape, row.sittings, `${where} its sittings`),
      setup: parseStored(meetingSetupSchema, row.setup, `${where} its setup`),
    };
  }

  /** A room's calendar: every meeting, without the states (an adjourned one's is read on demand). */
  function calendarOf(roomId: string): CalendarMeeting[] {
    return z
      .array(meetingRow)
      .parse(selectCalendar.all(roomId))
      .map((row) => calendarMeetingOf(row, roomId));
  }

  function meetingOf(roomId: string, meetingId: string): StoredMeeting | undefined {
    const row = fullMeetingRow.optional().parse(selectMeeting.get(roomId, meetingId));
    if (!row) return undefined;
    const where = `Meeting ${row.id} of room ${roomId},`;
    return {
      ...calendarMeetingOf(row, roomId),
      state: row.state === null ? null : parseStored(meetingCoreSchema, row.state, where),
    };
  }

  return {
    createdNow,
    loadRooms() {
      const rows = z.array(roomRow).parse(db.prepare('SELECT id, version, state FROM rooms').all());
      return rows.map((row) => {
        const where = `Room ${row.id} in ${file}`;
        const stored = parseStored(storedRoomSchema, row.state, where);
        if (stored.roomId !== row.id || stored.version !== row.version) {
          throw new Error(
            `${where} does not match its row (id ${stored.roomId}, v${stored.version})`,
          );
        }
        const { meetingId, ...shell } = stored;
        const current = meetingId === null ? null : meetingOf(row.id, meetingId)?.state;
        if (current === undefined) {
          throw new Error(`${where} names meeting ${meetingId ?? ''}, which has no state`);
        }
        const state: RoomState = { ...shell, current, history: historyOf(row.id) };
        return { state, calendar: calendarOf(row.id) };
      });
    },
    createRoom(created, chairKey) {
      checkFile();
      const { state } = created;
      db.transaction(() => {
        insertRoom.run(state.roomId, state.version, roomRowOf(state), hashChairKey(chairKey));
        for (const meeting of created.meetings) {
          const current = state.current?.meetingId === meeting.meetingId ? state.current : null;
          insertCalendar(
            state.roomId,
            {
              ...meeting,
              title: meeting.setup.title,
              sittings: meeting.setup.sittings,
            },
            current,
          );
        }
        syncHistory(state);
      })();
    },
    meeting: meetingOf,
    setting(key) {
      return settingRow.parse(selectSetting.get(key))?.value;
    },
    setSetting(key, value) {
      checkFile();
      putSetting.run(key, value);
    },
    commit(state, entry, calendar) {
      checkFile();
      try {
        commit(state, entry, calendar);
        // Deleted while the transaction ran: it went into a file nobody will read again.
        checkFile();
        lastCommit = { ok: true, at: entry.at };
      } catch (error) {
        lastCommit = { ok: false, at: entry.at };
        throw error;
      }
    },
    chairKeyHash(roomId) {
      return keyRow.parse(selectKey.get(roomId))?.chair_key_hash;
    },
    setChairKey(roomId, key) {
      checkFile();
      return updateKey.run(hashChairKey(key), roomId).changes === 1;
    },
    boothKeyHash(roomId) {
      return boothKeyRow.parse(selectBoothKey.get(roomId))?.booth_key_hash ?? undefined;
    },
    setBoothKey(roomId, key) {
      checkFile();
      return updateBoothKey.run(hashChairKey(key), roomId).changes === 1;
    },
    journal(roomId, meetingId) {
      const rows = z
        .array(journalRow)
        .parse(
          meetingId === undefined
            ? db.prepare('SELECT * FROM journal WHERE room_id = ? ORDER BY version').all(roomId)
            : db
                .prepare(
                  'SELECT * FROM journal WHERE room_id = ? AND meeting_id = ? ORDER BY version',
                )
                .all(roomId, meetingId),
        );
      return rows.map((row) => ({
        roomId: row.room_id,
        meetingId: row.meeting_id,
        version: row.version,
        at: row.at,
        type: row.type,
        command: JSON.parse(row.command) as unknown,
        origin: row.origin,
      }));
    },
    health() {
      if (problem === undefined) {
        try {
          checkFile();
        } catch {
          // `problem` is set now.
        }
      }
      // A commit that failed for another reason (the disk full, say) is not a lost store, but
      // the hub cannot keep commands while it lasts: not ok either, until one succeeds again.
      const ok = problem === undefined && lastCommit?.ok !== false;
      return { ok, ...(problem !== undefined && { problem }), lastCommit };
    },
    close() {
      db.close();
    },
  };
}
