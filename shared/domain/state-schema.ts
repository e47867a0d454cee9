// The domain state as a zod schema, mirroring types.ts field for field: what a store checks a
// room against when it reads it back from disk. It checks shapes (every field there, of its
// type, nothing more), not the limits a command must respect: a room written by the domain is
// within them already, and what is checked here is that the disk gave back what was written.
// `z.infer` of each schema is checked assignable to its domain type below, so the two cannot
// drift apart without the typecheck failing.
import { z } from 'zod';
import {
  SPEAKER_CATEGORIES,
  UN_LANGUAGES,
  type MeetingCore,
  type RoomInfo,
  type RoomState,
  type UndoEntry,
} from './types.ts';

const epochMs = z.number().finite();
const durationMs = z.number().finite();

/** A text's versions in other languages (Translations). */
const translationsShape = z.partialRecord(z.enum(UN_LANGUAGES), z.string()).optional();

const sittingShape = z.strictObject({ date: z.string(), start: z.string(), end: z.string() });

const meetingShape = z.strictObject({
  title: z.string(),
  titleTranslations: translationsShape,
  theme: z.string(),
  themeTranslations: translationsShape,
  organ: z.string(),
  format: z.string(),
  room: z.string(),
  timeZone: z.string(),
  sittings: z.array(sittingShape),
  defaultLimitMs: durationMs,
  warningMs: durationMs,
  note: z.string().optional(),
});

const statusShape = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('notStarted') }),
  z.strictObject({ kind: z.literal('inSession') }),
  z.strictObject({
    kind: z.literal('suspended'),
    resumesAt: epochMs.optional(),
    note: z.string().optional(),
    noteTranslations: translationsShape,
  }),
  z.strictObject({ kind: z.literal('adjourned') }),
]);

const speakerShape = z.strictObject({
  id: z.string(),
  delegation: z.string(),
  speakerName: z.string().optional(),
  title: z.string().optional(),
  onBehalfOf: z.string().optional(),
  category: z.enum(SPEAKER_CATEGORIES),
  limitMs: durationMs.nullable(),
  status: z.enum(['waiting', 'speaking', 'spoken', 'absent']),
  passedOver: z.int().min(0).optional(),
});

const pauseShape = z.strictObject({ pausedAt: epochMs, resumedAt: epochMs.nullable() });

const floorShape = z.strictObject({
  speakerId: z.string(),
  timer: z.strictObject({
    limitMs: durationMs,
    adjustmentMs: durationMs,
    startedAt: epochMs.nullable(),
    runningSince: epochMs.nullable(),
    accumulatedMs: durationMs,
    pauses: z.array(pauseShape),
  }),
  slowerAt: epochMs.optional(),
  slowerRequests: z.int().min(0).optional(),
});

const speechRecordShape = z.strictObject({
  id: z.string(),
  speakerId: z.string(),
  segmentId: z.string(),
  delegation: z.string(),
  speakerName: z.string().optional(),
  onBehalfOf: z.string().optional(),
  category: z.enum(SPEAKER_CATEGORIES),
  startedAt: epochMs,
  endedAt: epochMs,
  spokenMs: durationMs,
  limitMs: durationMs,
  adjustmentMs: durationMs,
  overrunMs: durationMs,
  pauses: z.array(pauseShape),
  slowerRequests: z.int().min(0).optional(),
});

const interpretationShape = z.strictObject({
  status: z.enum(['available', 'partial', 'unavailable']),
  languages: z.array(z.enum(UN_LANGUAGES)),
  note: z.string().optional(),
  noteTranslations: translationsShape,
});

/** Meetings stored before the booths reported (schema 3 without it) had none: the chair's notice. */
const boothsShape = z
  .strictObject({
    statuses: z.partialRecord(z.enum(UN_LANGUAGES), z.boolean()),
    source: z.enum(['chair', 'booths']),
  })
  .default({ statuses: {}, source: 'chair' });

const announcementShape = z.strictObject({
  text: z.string(),
  textTranslations: translationsShape,
  at: epochMs,
});

const segmentShape = z.strictObject({ id: z.string(), title: z.string() });
const parkedShape = z.strictObject({
  speakers: z.array(speakerShape),
  defaultLimitMs: durationMs,
});

/** A meeting, open or adjourned: what `undo` restores. */
export const meetingCoreSchema = z.strictObject({
  meetingId: z.string(),
  meeting: meetingShape,
  status: statusShape,
  listOpen: z.boolean(),
  interpretation: interpretationShape,
  booths: boothsShape,
  announcement: announcementShape.nullable(),
  segments: z.array(segmentShape).min(1),
  segmentId: z.string(),
  parked: z.record(z.string(), parkedShape),
  speakers: z.array(speakerShape),
  floor: floorShape.nullable(),
  record: z.array(speechRecordShape),
  nextId: z.int().min(0),
});

/** A state to go back to, kept for `undo`. */
export const undoEntrySchema = z.strictObject({
  commandType: z.string(),
  at: epochMs,
  fromVersion: z.int().min(0),
  state: meetingCoreSchema,
});

export const roomInfoShape = z.strictObject({ name: z.string(), timeZone: z.string() });

const upcomingShape = z.strictObject({
  meetingId: z.string(),
  title: z.string(),
  titleTranslations: translationsShape,
  sittings: z.array(sittingShape),
});

/** The full state of a room as the hub keeps it. */
export const roomStateSchema = z.strictObject({
  roomId: z.string(),
  version: z.int().min(0),
  room: roomInfoShape,
  current: meetingCoreSchema.nullable(),
  upcoming: z.array(upcomingShape),
  history: z.array(undoEntrySchema),
});

/** The room as the rooms table keeps it: its meeting and history have their own tables. */
export const storedRoomSchema = z.strictObject({
  roomId: z.string(),
  version: z.int().min(0),
  room: roomInfoShape,
  meetingId: z.string().nullable(),
  upcoming: z.array(upcomingShape),
});

// Compile-time checks, both ways: what each schema accepts is a value of the domain type, and
// every value of the domain type is one the schema describes.
type Same<A extends B, B extends C, C = A> = [A, B];
export type CheckedMeetingCore = Same<z.infer<typeof meetingCoreSchema>, MeetingCore>;
export type CheckedUndoEntry = Same<z.infer<typeof undoEntrySchema>, UndoEntry>;
export type CheckedRoomState = Same<z.infer<typeof roomStateSchema>, RoomState>;
export type CheckedRoomInfo = Same<z.infer<typeof roomInfoShape>, RoomInfo>;
