// The wire protocol between the hub and its clients: Socket.IO event maps and REST shapes.
// Types, constants and tiny helpers only, no zod: clients import this, and the phone view must stay light.
// docs/protocol.md explains every event and error.
import type { Projection } from './domain/projection.ts';
import type { RoomChange } from './domain/public-view.ts';
import type { NextMeeting } from './domain/calendar.ts';
import type { MeetingSetup } from './domain/meeting-setup.ts';
import type {
  MeetingCore,
  MeetingLifecycle,
  PublicRoomState,
  RoomStatus,
  Sitting,
  SpeechRecord,
} from './domain/types.ts';
import type { RostrumError } from './domain/errors.ts';
import type { SpeakerListReading } from './import/reading.ts';
import type { EpochMs } from './time.ts';

/**
 * Bumped when a change would break older clients; the handshake refuses a mismatch. 2: rooms hold
 * meetings (a room may have none, `meeting: null`).
 */
export const PROTOCOL_VERSION = 2;

export const ROLES = ['display', 'follower', 'chair', 'booth'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that join with a room's key: the chair's console and the interpreters' booths. */
export type KeyedRole = 'chair' | 'booth';

/** Whether a role joins with a key (and so is checked by it, not by the per-address cap). */
export function isKeyedRole(role: Role): role is KeyedRole {
  return role === 'chair' || role === 'booth';
}

/** What a client sends in `io(url, { auth })` (validated by handshake-schema.ts on the hub). */
export interface Handshake {
  roomId: string;
  role: Role;
  /** The room's chair key for the chair, its booth key for a booth; required for those two only. */
  key?: string;
  /** The protocol version the client speaks; absent means the current one. */
  protocol?: number;
}

/** The whole public state of a room, stamped with the server's clock when it was sent. */
export type RoomSnapshot = PublicRoomState & { serverNow: EpochMs };

/** The parts of a room that one accepted command changed. Apply only on top of `fromVersion`. */
export interface RoomChanged {
  roomId: string;
  fromVersion: number;
  version: number;
  serverNow: EpochMs;
  parts: RoomChange;
}

/** The answer to a command: the new version, or why it was refused (with the current state on conflict). */
export type CommandAck =
  { ok: true; version: number } | { ok: false; error: RostrumError; state?: RoomSnapshot };

export interface ServerToClientEvents {
  /** The full state, sent on joining (and as the answer to `sync`). */
  snapshot: (snapshot: RoomSnapshot) => void;
  /** What an accepted command changed. */
  changed: (change: RoomChanged) => void;
  /** The hub is stopping: the connection will drop, and the client should reconnect. */
  closing: (notice: HubClosing) => void;
  /** Edge servers only: whether what the client holds may be behind the hub (Redis away). */
  stale: (notice: StaleNotice) => void;
  /**
   * To a chair's console: the key it joined with was replaced (the secretariat issued a new one);
   * the connection is closed next, and the console must not reconnect with the old key.
   */
  revoked: (notice: KeyRevoked) => void;
}

/** Sent to the consoles of a room whose chair key was replaced, just before they are cut. */
export interface KeyRevoked {
  serverNow: EpochMs;
  error: RostrumError;
}

/**
 * From an edge server: `stale: true` once it cannot hear the hub (its state may be behind; it
 * keeps serving it), `stale: false` once it has caught up (after any fresh `snapshot`). Also sent
 * on joining an edge that is stale. The hub itself never sends it.
 */
export interface StaleNotice {
  stale: boolean;
  serverNow: EpochMs;
}

/** Sent to every client just before a hub that is stopping closes their connections. */
export interface HubClosing {
  serverNow: EpochMs;
}

export interface ClientToServerEvents {
  /** Chair only: one command, answered with its acknowledgement. */
  command: (input: unknown, ack: (result: CommandAck) => void) => void;
  /**
   * The server's clock now (epoch ms), for estimating the offset of the client's clock; a
   * refusal when asked too often.
   */
  time: (ack: (answer: TimeAnswer) => void) => void;
  /**
   * The current snapshot, for a client that missed a change. A client that says which version it
   * holds is told `upToDate` when it has the current one, instead of being sent it all again.
   */
  sync: (request: SyncRequest, ack: (answer: SyncAnswer) => void) => void;
}

/** A request was refused (too many of them): try again after `retryAfterMs`. */
export interface RequestRefused {
  ok: false;
  error: RostrumError;
}

export type TimeAnswer = EpochMs | RequestRefused;

/** What a client says when it asks for `sync` (a client that sends only the callback gets a snapshot). */
export interface SyncRequest {
  /** The version the client holds, if any. */
  version?: number;
}

/** The client already holds the current version: nothing to send. */
export interface UpToDate {
  upToDate: true;
  version: number;
  serverNow: EpochMs;
}

export type SyncAnswer = RoomSnapshot | UpToDate | RequestRefused;

/** Whether an answer to `time` or `sync` is a refusal. */
export function isRefusal(answer: unknown): answer is RequestRefused {
  return typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false;
}

/** Whether an answer to `sync` says the client is up to date (no snapshot sent). */
export function isUpToDate(answer: SyncAnswer): answer is UpToDate {
  return 'upToDate' in answer;
}

/** Per-connection data the hub keeps on each socket. */
export interface SocketData {
  roomId: string;
  role: Role;
  /** For a chair or a booth: whether it joined with the room's key or the secretariat's. */
  holder?: 'chair' | 'booth' | 'admin';
}

/** GET /api/rooms: one line per room. */
export interface RoomSummary {
  roomId: string;
  /** The room's name, e.g. 'Conference Room 4'. */
  name: string;
  timeZone: string;
  /** The current meeting (open, or adjourned until another opens), if any. */
  meetingId: string | null;
  title: string | null;
  status: RoomStatus['kind'];
  version: number;
}

/**
 * GET /api/rooms/:roomId: the snapshot with, at `serverNow`, the projection of the current
 * meeting (null without one), the next scheduled meeting, and when the current one resumes.
 */
export type RoomDetail = RoomSnapshot & {
  projection: Projection | null;
  next: NextMeeting | null;
  resumesAt: EpochMs | null;
};

/** GET /api/rooms/:roomId/speeches and .../meetings/:meetingId/speeches */
export interface SpeechesResponse {
  roomId: string;
  meetingId: string | null;
  speeches: SpeechRecord[];
}

/** POST /api/rooms: the new room and its chair's key (shown this once: the hub keeps its hash). */
export interface RoomCreated {
  roomId: string;
  chairKey: string;
}

/** GET /api/rooms/:roomId/meetings: one line per meeting, past, open and upcoming, in order. */
export interface MeetingListing {
  meetingId: string;
  title: string;
  status: MeetingLifecycle;
  sittings: Sitting[];
}

/**
 * GET /api/rooms/:roomId/meetings/:meetingId: the meeting as set up (what a copy copies, what a
 * change edits), and once it opened, its state (the lists of every segment, the record).
 */
export interface MeetingDetail extends MeetingListing {
  roomId: string;
  setup: MeetingSetup;
  state: MeetingCore | null;
}

/** How POST /api/rooms/:roomId/speakers/import uses the list it reads. */
export type SpeakerImportMode = 'preview' | 'append' | 'replace';

/**
 * POST /api/rooms/:roomId/speakers/import: the list as read (every row, its speaker, issues and
 * flags) and the room's version: the one previewed, or the one the import made (append, replace).
 */
export interface SpeakerImportResponse {
  ok: true;
  mode: SpeakerImportMode;
  reading: SpeakerListReading;
  version: number;
  /** How many speakers the import added (0 for a preview). */
  sent: number;
  serverNow: EpochMs;
}

/** The body of every refused REST request. */
export interface ErrorBody {
  ok: false;
  error: RostrumError;
  state?: RoomSnapshot;
}
