// The secretariat's calls to the hub's REST API (docs/protocol.md, "Rooms and meetings"), each
// with `Authorization: Bearer <admin key>`, each answer checked (api-shapes.ts) and returned as a
// result: the value, or the hub's typed error with the path of the field at fault.
import type { RostrumError } from '../../../shared/domain/errors.ts';
import type { MeetingSetupInput, MeetingSetupPatch } from '../../../shared/domain/meeting-setup.ts';
import type { Sitting, SpeechRecord } from '../../../shared/domain/types.ts';
import type { MeetingDetail, MeetingListing, RoomSummary } from '../../../shared/protocol.ts';
import { speechesIn } from '../chair/use-speech-record.ts';
import {
  readAccepted,
  readError,
  readMeeting,
  readMeetings,
  readNewKey,
  readRoomCreated,
  readRooms,
  readScheduled,
  readVersion,
  type Reader,
} from './api-shapes.ts';

/** What a call gives: its value, or the refusal (`status` 0 when the hub could not be reached). */
export type ApiResult<Value> =
  { ok: true; value: Value } | { ok: false; error: RostrumError; status: number };

/** A room as the secretariat creates it. */
export interface NewRoom {
  id: string;
  name: string;
  timeZone: string;
}

export interface AdminApi {
  /** Whether the hub takes the key as the secretariat's (it changes nothing). */
  checkKey(): Promise<ApiResult<true>>;
  rooms(): Promise<ApiResult<RoomSummary[]>>;
  createRoom(room: NewRoom): Promise<ApiResult<{ roomId: string; chairKey: string }>>;
  updateRoom(
    roomId: string,
    patch: { name?: string; timeZone?: string },
  ): Promise<ApiResult<{ version: number }>>;
  meetings(roomId: string): Promise<ApiResult<MeetingListing[]>>;
  meeting(roomId: string, meetingId: string): Promise<ApiResult<MeetingDetail>>;
  createMeeting(
    roomId: string,
    setup: MeetingSetupInput,
  ): Promise<ApiResult<{ meetingId: string; version: number }>>;
  updateMeeting(
    roomId: string,
    meetingId: string,
    patch: MeetingSetupPatch,
  ): Promise<ApiResult<{ version: number }>>;
  deleteMeeting(roomId: string, meetingId: string): Promise<ApiResult<{ version: number }>>;
  copyMeeting(
    roomId: string,
    meetingId: string,
    sittings: Sitting[],
  ): Promise<ApiResult<{ meetingId: string; version: number }>>;
  rotateChairKey(roomId: string): Promise<ApiResult<{ key: string }>>;
  /** Issues or replaces the room's interpreters' booth key. */
  rotateBoothKey(roomId: string): Promise<ApiResult<{ key: string }>>;
  speeches(roomId: string, meetingId: string): Promise<ApiResult<SpeechRecord[]>>;
}

/** Where a meeting's record is, as JSON or as the hub's CSV (a plain link: it needs no key). */
export function recordUrl(roomId: string, meetingId: string, csv = false): string {
  const path = `/api/rooms/${encodeURIComponent(roomId)}/meetings/${encodeURIComponent(meetingId)}`;
  return `${path}/speeches${csv ? '?format=csv' : ''}`;
}

const roomPath = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}`;
const meetingPath = (roomId: string, meetingId: string) =>
  `${roomPath(roomId)}/meetings/${encodeURIComponent(meetingId)}`;

const unreachable = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'internal', message },
  status: 0,
});

export function createAdminApi(deps: {
  key: string;
  /** The page's fetch unless a test gives its own. */
  fetch?: typeof fetch;
  /** Told when the hub refuses the key itself (401, 403): the console asks for it again. */
  onKeyRefused?: (error: RostrumError) => void;
}): AdminApi {
  const send = deps.fetch ?? ((input, init) => fetch(input, init));

  async function call<Value>(
    method: string,
    path: string,
    read: Reader<Value>,
    body?: unknown,
  ): Promise<ApiResult<Value>> {
    let response: Response;
    let answer: unknown;
    try {
      response = await send(path, {
        method,
        headers: {
          authorization: `Bearer ${deps.key}`,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      answer = await response.json();
    } catch (error) {
      return unreachable(error instanceof Error ? error.message : String(error));
    }
    if (response.ok) {
      const value = read(answer);
      return value === undefined
        ? unreachable(`Unexpected answer from the hub to ${method} ${path}`)
        : { ok: true, value };
    }
    const error = readError(answer) ?? {
      code: 'internal',
      message: `HTTP ${response.status}`,
    };
    if (response.status === 401 || response.status === 403) deps.onKeyRefused?.(error);
    return { ok: false, error, status: response.status };
  }

  return {
    async checkKey() {
      const checked = await call('GET', '/api/admin', readAccepted);
      return checked.ok ? { ok: true, value: true } : checked;
    },
    rooms: () => call('GET', '/api/rooms', readRooms),
    createRoom: (room) => call('POST', '/api/rooms', readRoomCreated, room),
    updateRoom: (roomId, patch) => call('PATCH', roomPath(roomId), readVersion, patch),
    meetings: (roomId) => call('GET', `${roomPath(roomId)}/meetings`, readMeetings),
    meeting: (roomId, meetingId) => call('GET', meetingPath(roomId, meetingId), readMeeting),
    createMeeting: (roomId, setup) =>
      call('POST', `${roomPath(roomId)}/meetings`, readScheduled, setup),
    updateMeeting: (roomId, meetingId, patch) =>
      call('PATCH', meetingPath(roomId, meetingId), readVersion, patch),
    deleteMeeting: (roomId, meetingId) =>
      call('DELETE', meetingPath(roomId, meetingId), readVersion),
    copyMeeting: (roomId, meetingId, sittings) =>
      call('POST', `${meetingPath(roomId, meetingId)}/copy`, readScheduled, { sittings }),
    rotateChairKey: (roomId) => call('POST', `${roomPath(roomId)}/chair-key`, readNewKey),
    rotateBoothKey: (roomId) => call('POST', `${roomPath(roomId)}/booth-key`, readNewKey),
    speeches: (roomId, meetingId) => call('GET', recordUrl(roomId, meetingId), speechesIn),
  };
}
