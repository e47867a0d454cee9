// Migration 3: a room stops being its meeting. Until then a room's row held one meeting's whole
// state; from now on the room row holds the place (its name and clock, its current meeting, its
// calendar's head), and each meeting has a row of its own in `meetings`, with the setup a copy
// is made from and its state (record included). Each existing room's meeting becomes its first
// meeting, open or adjourned as it was, with one segment; its undo history and journal stay with
// it. Frozen with the schema of version 3: the shapes it reads are the ones version 2 wrote, so
// it reads them here as they were, not through today's domain types, which will move on.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';

/** The one segment of a migrated meeting. */
const SEGMENT_ID = 'seg-1';

const roomRow = z.object({ id: z.string(), version: z.number(), state: z.string() });
const historyRow = z.object({ room_id: z.string(), from_version: z.number(), entry: z.string() });

/** A version-2 room state: its meeting's fields at the top (only what is moved is named). */
// The first hubs' state carried no version and room id (the row's columns do), so neither is read.
const version2Room = z.looseObject({
  meeting: z.looseObject({
    title: z.string(),
    theme: z.string(),
    organ: z.string(),
    format: z.string(),
    room: z.string(),
    timeZone: z.string(),
    sittings: z.array(z.object({ date: z.string(), start: z.string(), end: z.string() })),
    defaultLimitMs: z.number(),
    warningMs: z.number(),
    note: z.string().optional(),
  }),
  status: z.looseObject({ kind: z.string() }),
  listOpen: z.boolean(),
  interpretation: z.looseObject({}),
  announcement: z.unknown(),
  speakers: z.array(
    z.looseObject({
      delegation: z.string(),
      speakerName: z.string().optional(),
      title: z.string().optional(),
      onBehalfOf: z.string().optional(),
      category: z.string(),
      limitMs: z.number().nullable(),
    }),
  ),
  floor: z.unknown(),
  record: z.array(z.looseObject({})),
  // Moved as it is: what a value must be is the domain's schema to say when the store reads the
  // meeting back, naming the room and the field, not this migration's.
  nextId: z.unknown(),
});
type Version2Room = z.infer<typeof version2Room>;

/** What every version-2 state (a room's, or an undo entry's) is sure to hold. */
const version2Core = z.looseObject({ record: z.array(z.looseObject({})) });

/**
 * A version-2 state as a version-3 meeting: its fields kept as they were (the store checks them
 * against the domain's schema when it reads the meeting, naming the field at fault), the room's
 * id and version dropped, one segment added that every record entry names.
 */
function asMeeting(old: z.infer<typeof version2Core>, meetingId: string) {
  const { roomId: _roomId, version: _version, ...fields } = old;
  return {
    ...fields,
    meetingId,
    segments: [{ id: SEGMENT_ID, title: '' }],
    segmentId: SEGMENT_ID,
    parked: {},
    record: old.record.map((entry) => ({ ...entry, segmentId: SEGMENT_ID })),
  };
}

/** What a copy of the migrated meeting starts from: its details, notice and list as entries. */
function setupOf(old: Version2Room) {
  const { room: _room, timeZone: _timeZone, ...details } = old.meeting;
  return {
    ...details,
    interpretation: old.interpretation,
    listOpen: old.listOpen,
    speakers: old.speakers.map((s) => ({
      delegation: s.delegation,
      ...(s.speakerName !== undefined && { speakerName: s.speakerName }),
      ...(s.title !== undefined && { title: s.title }),
      ...(s.onBehalfOf !== undefined && { onBehalfOf: s.onBehalfOf }),
      category: s.category,
      ...(s.limitMs !== null && { limitMs: s.limitMs }),
    })),
  };
}

export function roomsHoldMeetings(db: Database): void {
  db.exec(`
    CREATE TABLE meetings (
      room_id TEXT NOT NULL REFERENCES rooms(id),
      id TEXT NOT NULL,
      lifecycle TEXT NOT NULL CHECK (lifecycle IN ('scheduled', 'open', 'adjourned')),
      title TEXT NOT NULL,
      sittings TEXT NOT NULL,
      setup TEXT NOT NULL,
      state TEXT,
      PRIMARY KEY (room_id, id)
    );
    ALTER TABLE journal ADD COLUMN meeting_id TEXT;
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
  const insertMeeting = db.prepare(
    'INSERT INTO meetings (room_id, id, lifecycle, title, sittings, setup, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updateRoom = db.prepare('UPDATE rooms SET state = ? WHERE id = ?');
  const tagJournal = db.prepare('UPDATE journal SET meeting_id = ? WHERE room_id = ?');
  const updateHistory = db.prepare(
    'UPDATE undo_history SET entry = ? WHERE room_id = ? AND from_version = ?',
  );
  const meetingIds = new Map<string, string>();
  for (const row of z
    .array(roomRow)
    .parse(db.prepare('SELECT id, version, state FROM rooms').all())) {
    const old = version2Room.parse(JSON.parse(row.state));
    const first = old.meeting.sittings[0];
    const meetingId = `${first?.date ?? 'meeting'}-1`;
    meetingIds.set(row.id, meetingId);
    insertMeeting.run(
      row.id,
      meetingId,
      old.status.kind === 'adjourned' ? 'adjourned' : 'open',
      old.meeting.title,
      JSON.stringify(old.meeting.sittings),
      JSON.stringify(setupOf(old)),
      JSON.stringify(asMeeting(old, meetingId)),
    );
    const room = {
      roomId: row.id,
      version: row.version,
      room: { name: old.meeting.room || row.id, timeZone: old.meeting.timeZone },
      meetingId,
      upcoming: [],
    };
    updateRoom.run(JSON.stringify(room), row.id);
    tagJournal.run(meetingId, row.id);
  }
  const history = z
    .array(historyRow)
    .parse(db.prepare('SELECT room_id, from_version, entry FROM undo_history').all());
  for (const row of history) {
    const entry = z.looseObject({ state: z.unknown() }).parse(JSON.parse(row.entry));
    const meetingId = meetingIds.get(row.room_id) ?? 'meeting-1';
    const state = asMeeting(version2Core.parse(entry.state), meetingId);
    updateHistory.run(JSON.stringify({ ...entry, state }), row.room_id, row.from_version);
  }
}
