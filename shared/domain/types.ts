// The state of one meeting room, as the hub keeps it and every client sees it.
// Plain data, updated immutably: a slice that a command did not touch keeps its identity,
// which is how the hub tells which parts changed.
import type { DurationMs, EpochMs, LocalDate, LocalTime } from '../time.ts';

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** One sitting of a meeting, in the meeting's time zone: e.g. 2017-09-06 10:00-13:00. */
export interface Sitting {
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
}

/** What a meeting is: fixed before it starts, changed only by `updateMeeting`. */
export interface Meeting {
  title: string;
  theme: string;
  /** The organ that meets, e.g. 'General Assembly'. */
  organ: string;
  /** The kind of meeting, e.g. 'informal interactive dialogue'. */
  format: string;
  /** Where it meets, e.g. 'Conference Room 4'. */
  room: string;
  /** IANA time zone of the room, e.g. 'America/New_York'. */
  timeZone: string;
  sittings: Sitting[];
  /** Speaking time each speaker gets unless their entry says otherwise. */
  defaultLimitMs: DurationMs;
  /** How long before the end of a speaker's time the countdown turns to its warning look. */
  warningMs: DurationMs;
  /** A free note about the meeting, e.g. the date it was originally held. */
  note?: string;
}

export type MeetingStatus =
  | { kind: 'notStarted' }
  | { kind: 'inSession' }
  | { kind: 'suspended'; resumesAt?: EpochMs; note?: string }
  | { kind: 'adjourned' };

export const SPEAKER_CATEGORIES = [
  'memberState',
  'observer',
  'intergovernmental',
  'unSystem',
  'civilSociety',
  'chair',
] as const;
export type SpeakerCategory = (typeof SPEAKER_CATEGORIES)[number];

/** waiting: still to speak; speaking: has the floor; spoken: done; absent: passed over when called. */
export type SpeakerStatus = 'waiting' | 'speaking' | 'spoken' | 'absent';

/** One entry of the list of speakers. */
export interface Speaker {
  id: string;
  /** An ISO 3166-1 alpha-3 code for a State ('GBR'), or the name of an organization. */
  delegation: string;
  speakerName?: string;
  /** e.g. 'Permanent Representative', 'Minister for Foreign Affairs'. */
  title?: string;
  /** For group statements: the group spoken for, e.g. 'the Group of Friends of R2P'. */
  onBehalfOf?: string;
  category: SpeakerCategory;
  /** This speaker's own limit; null means the meeting's default. */
  limitMs: DurationMs | null;
  status: SpeakerStatus;
  /** How often the speaker was passed over (skipped, or called and not there); absent means 0. */
  passedOver?: number;
}

/** A pause in a speech; resumedAt is null while the pause lasts. */
export interface Pause {
  pausedAt: EpochMs;
  resumedAt: EpochMs | null;
}

/**
 * The clock of the speech on the floor: what a countdown needs. Remaining time is derived from
 * these instants (see timer.ts), never stored as a ticking value.
 */
export interface TimerClock {
  /** The speaker's limit: set when the floor is given, changed by setTimeLimit during the speech. */
  limitMs: DurationMs;
  /** Time added (positive) or taken away (negative) by the chair during the speech. */
  adjustmentMs: DurationMs;
  /** When the speech first started; null while the timer is ready but not started. */
  startedAt: EpochMs | null;
  /** When the current run started; null while paused or not started. */
  runningSince: EpochMs | null;
  /** Time spoken before `runningSince` (the sum of earlier runs). */
  accumulatedMs: DurationMs;
}

/** The clock of the speech on the floor, with its pauses (kept for the record). */
export interface SpeechTimer extends TimerClock {
  pauses: Pause[];
}

/** Who has the floor, and their clock. */
export interface Floor {
  speakerId: string;
  timer: SpeechTimer;
}

/**
 * Who has the floor, as clients see it: the clock without its pauses, which only the record
 * needs. A pause then costs the wire a few fields, however often the chair paused before.
 */
export interface PublicFloor {
  speakerId: string;
  timer: TimerClock;
}

/** One speech held: the meeting's record, what holds it accountable. */
export interface SpeechRecord {
  id: string;
  speakerId: string;
  delegation: string;
  speakerName?: string;
  onBehalfOf?: string;
  category: SpeakerCategory;
  startedAt: EpochMs;
  endedAt: EpochMs;
  /** Time actually spoken, pauses excluded. */
  spokenMs: DurationMs;
  limitMs: DurationMs;
  adjustmentMs: DurationMs;
  /** How far the speech ran past limit + adjustment; 0 when it kept to time. */
  overrunMs: DurationMs;
  pauses: Pause[];
}

export type InterpretationStatus = 'available' | 'partial' | 'unavailable';

/** Whether simultaneous interpretation is provided, and in which languages when partial. */
export interface Interpretation {
  status: InterpretationStatus;
  languages: UnLanguage[];
  note?: string;
}

/** A message from the chair shown on the wall. */
export interface Announcement {
  text: string;
  at: EpochMs;
}

/** What the last accepted commands were, for `undo`. */
export interface UndoInfo {
  /** How many commands can be undone in a row. */
  available: number;
  /** The type of the command that `undo` would take back, or null. */
  next: string | null;
}

/** The state of a room that every client sees. */
export interface PublicRoomState {
  roomId: string;
  /** Bumped by every accepted command. */
  version: number;
  meeting: Meeting;
  status: MeetingStatus;
  listOpen: boolean;
  interpretation: Interpretation;
  announcement: Announcement | null;
  /** The list of speakers in speaking order: spoken ones first, then the one speaking, then the rest. */
  speakers: Speaker[];
  floor: PublicFloor | null;
  undo: UndoInfo;
  /** The pace observed so far, for estimating when each speaker will speak (see projection.ts). */
  pace: { factor: number; changeoverMs: DurationMs };
}

/** A state to go back to, kept for `undo`. */
export interface UndoEntry {
  commandType: string;
  at: EpochMs;
  /** The version of `state`: unique within a room, since versions only ever go up. */
  fromVersion: number;
  state: RoomCore;
}

/** Everything that `undo` restores: the room without its own undo history. */
export interface RoomCore {
  roomId: string;
  meeting: Meeting;
  status: MeetingStatus;
  listOpen: boolean;
  interpretation: Interpretation;
  announcement: Announcement | null;
  speakers: Speaker[];
  floor: Floor | null;
  record: SpeechRecord[];
  /** Counter for speaker and record ids, so that ids are never reused (undo leaves it as is). */
  nextId: number;
}

/** The full state of a room as the hub keeps and persists it. */
export interface RoomState extends RoomCore {
  version: number;
  history: UndoEntry[];
}

/** How many commands `undo` can take back in a row. */
export const UNDO_DEPTH = 10;
