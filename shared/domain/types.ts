// The state of a meeting room and of the meeting held in it, as the hub keeps them and every
// client sees them. The room is the place (its name, its clock, its screens' links, for years);
// a meeting is what happens in it, from its opening to its adjournment, then kept read-only.
// Plain data, updated immutably: a slice that a command did not touch keeps its identity,
// which is how the hub tells which parts changed.
import type { DurationMs, EpochMs, LocalDate, LocalTime } from '../time.ts';

/** The six official languages of the United Nations. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/**
 * A text given in other languages besides its original: the version for each language that has
 * one. A screen in that language shows it; a screen in any other shows the original (localized.ts).
 */
export type Translations = Partial<Record<UnLanguage, string>>;

/** One sitting of a meeting, in the meeting's time zone: e.g. 2017-09-06 10:00-13:00. */
export interface Sitting {
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
}

/** What a meeting is: fixed before it starts, changed only by `updateMeeting`. */
export interface Meeting {
  title: string;
  /** The title in other languages; absent when none is given. */
  titleTranslations?: Translations;
  theme: string;
  /** The theme in other languages; absent when none is given. */
  themeTranslations?: Translations;
  /** The organ that meets, e.g. 'General Assembly'. */
  organ: string;
  /** The kind of meeting, e.g. 'informal interactive dialogue'. */
  format: string;
  /** Where it meets, e.g. 'Conference Room 4': the room's name when the meeting opened. */
  room: string;
  /** IANA time zone of the room, e.g. 'America/New_York': the room's, in which the sittings are. */
  timeZone: string;
  sittings: Sitting[];
  /**
   * Speaking time each speaker gets unless their entry says otherwise: the default of the segment
   * in play (each segment has its own; see `MeetingCore.parked`).
   */
  defaultLimitMs: DurationMs;
  /** How long before the end of a speaker's time the countdown turns to its warning look. */
  warningMs: DurationMs;
  /** A free note about the meeting, e.g. the date it was originally held. */
  note?: string;
}

export type MeetingStatus =
  | { kind: 'notStarted' }
  | { kind: 'inSession' }
  | { kind: 'suspended'; resumesAt?: EpochMs; note?: string; noteTranslations?: Translations }
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
  /** When the interpreters last asked this speaker to slow down (askSlower); absent: never. */
  slowerAt?: EpochMs;
  /** How often they asked during this speech; absent means 0. Goes into the record. */
  slowerRequests?: number;
}

/**
 * Who has the floor, as clients see it: the clock without its pauses, which only the record
 * needs. A pause then costs the wire a few fields, however often the chair paused before.
 */
export interface PublicFloor {
  speakerId: string;
  timer: TimerClock;
  /** When the interpreters last asked this speaker to slow down; screens show it for a while. */
  slowerAt?: EpochMs;
}

/** One speech held: the meeting's record, what holds it accountable. */
export interface SpeechRecord {
  id: string;
  speakerId: string;
  /** The segment of the meeting it was held in. */
  segmentId: string;
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
  /** How often the interpreters asked the speaker to slow down; absent means never. */
  slowerRequests?: number;
}

export type InterpretationStatus = 'available' | 'partial' | 'unavailable';

/** Whether simultaneous interpretation is provided, and in which languages when partial. */
export interface Interpretation {
  status: InterpretationStatus;
  languages: UnLanguage[];
  note?: string;
  /** The note in other languages; given only with a note. */
  noteTranslations?: Translations;
}

/**
 * What the interpreters' booths say of their own language: true when interpretation into it is
 * provided now, false when not; a language whose booth said nothing is absent.
 */
export type BoothStatuses = Partial<Record<UnLanguage, boolean>>;

/**
 * The booths' reports, and who sets the room's interpretation notice: the chair (its own
 * setInterpretation, the default) or the booths (followBooths: the notice is composed from their
 * reports, see booths.ts).
 */
export interface Booths {
  statuses: BoothStatuses;
  source: 'chair' | 'booths';
}

/** A message from the chair shown on the wall. */
export interface Announcement {
  text: string;
  /** The text in other languages; absent when none is given. */
  textTranslations?: Translations;
  at: EpochMs;
}

/** What the last accepted commands were, for `undo`. */
export interface UndoInfo {
  /** How many commands can be undone in a row. */
  available: number;
  /** The type of the command that `undo` would take back, or null. */
  next: string | null;
}

/** What the room's screens show of its meeting's status; `noMeeting` when none is current. */
export type RoomStatus = MeetingStatus | { kind: 'noMeeting' };

/**
 * The state of a room that every client sees: the room, and its current meeting flattened into
 * it. With no current meeting, `meetingId` and `meeting` are null, the status is `noMeeting`, and
 * the meeting's parts are empty; `upcoming` then says what comes next.
 */
export interface PublicRoomState {
  roomId: string;
  /** Bumped by every accepted command. */
  version: number;
  room: RoomInfo;
  meetingId: string | null;
  meeting: Meeting | null;
  status: RoomStatus;
  segments: Segment[];
  segmentId: string | null;
  listOpen: boolean;
  interpretation: Interpretation;
  booths: Booths;
  announcement: Announcement | null;
  /**
   * The list of speakers of the segment in play, in speaking order: spoken ones first, then the
   * one speaking, then the rest.
   */
  speakers: Speaker[];
  floor: PublicFloor | null;
  undo: UndoInfo;
  /** The pace observed so far, for estimating when each speaker will speak (see projection.ts). */
  pace: { factor: number; changeoverMs: DurationMs };
  upcoming: UpcomingMeeting[];
}

/** A room: the place. Its id is in its screens' links, which never change. */
export interface RoomInfo {
  /** e.g. 'Conference Room 4'. */
  name: string;
  /** IANA time zone of the room, e.g. 'America/New_York': the room clock's, and the sittings'. */
  timeZone: string;
}

/** One part of a meeting (an opening segment, a panel, the dialogue), in order. */
export interface Segment {
  id: string;
  title: string;
}

/** The list and the default limit of a segment that is not in play. */
export interface ParkedSegment {
  speakers: Speaker[];
  defaultLimitMs: DurationMs;
}

/**
 * A meeting, open or adjourned: what command handlers change and `undo` restores. The segment in
 * play has its list in `speakers` and its default limit in `meeting.defaultLimitMs`, so every
 * list and floor command acts on it; the other segments wait in `parked` (startSegment swaps).
 */
export interface MeetingCore {
  meetingId: string;
  meeting: Meeting;
  status: MeetingStatus;
  listOpen: boolean;
  interpretation: Interpretation;
  booths: Booths;
  announcement: Announcement | null;
  /** The segments in order; a meeting given none has one, titled ''. */
  segments: Segment[];
  /** The segment in play. */
  segmentId: string;
  /** The lists of the segments not in play, by segment id. */
  parked: Record<string, ParkedSegment>;
  speakers: Speaker[];
  floor: Floor | null;
  record: SpeechRecord[];
  /** Counter for speaker and record ids, so that ids are never reused (undo leaves it as is). */
  nextId: number;
}

/** A state to go back to, kept for `undo`: the meeting as it was before a command. */
export interface UndoEntry {
  commandType: string;
  at: EpochMs;
  /** The room's version before the command: unique within a room, since versions only go up. */
  fromVersion: number;
  state: MeetingCore;
}

/** Where a meeting is in its life: on the calendar, open in its room, or adjourned for good. */
export type MeetingLifecycle = 'scheduled' | 'open' | 'adjourned';

/** A scheduled meeting, as the wall and the phones announce it. */
export interface UpcomingMeeting {
  meetingId: string;
  title: string;
  /** The title in other languages, as the meeting was set up; absent when none is given. */
  titleTranslations?: Translations;
  sittings: Sitting[];
}

/**
 * The full state of a room as the hub keeps and persists it: the room, its current meeting (the
 * open one, or the one last adjourned until another opens), what is scheduled next, and the undo
 * history of the current meeting.
 */
export interface RoomState {
  roomId: string;
  /** Bumped by every accepted command and every change to the room's calendar. */
  version: number;
  room: RoomInfo;
  current: MeetingCore | null;
  /** The room's scheduled meetings, soonest first (at most UPCOMING_SHOWN). */
  upcoming: UpcomingMeeting[];
  history: UndoEntry[];
}

/** How many scheduled meetings the room's state carries for its screens. */
export const UPCOMING_SHOWN = 5;

/** How many commands `undo` can take back in a row. */
export const UNDO_DEPTH = 10;
