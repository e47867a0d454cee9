// The secretariat's changes to rooms and their calendars: a room created or renamed, meetings
// scheduled, changed, copied and cancelled, a room's chair key replaced. The rules are the
// domain's (shared/domain/schedule.ts); this puts them together with what the engine holds and
// hands the result to the engine, which commits, journals and announces it like a command.
import { fail, ok, type Result } from '../shared/result.ts';
import { createRoom } from '../shared/domain/create-room.ts';
import type { RostrumError } from '../shared/domain/errors.ts';
import { parseWith, roomInfoSchema, type MeetingSetup } from '../shared/domain/meeting-setup.ts';
import {
  copyMeeting,
  openMeetingPatch,
  planMeeting,
  replanMeeting,
} from '../shared/domain/schedule.ts';
import { roomIdSchema } from '../shared/domain/create-room.ts';
import type { CommandAck } from '../shared/protocol.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import type { Clock } from './clock.ts';
import type { RoomEngine } from './room-engine.ts';
import type { CalendarMeeting } from './store/room-store.ts';
import { unknownRoomError } from './refusals.ts';
import { z } from 'zod';

export type ServiceResult<Value> = Result<Value, RostrumError>;

const newRoomSchema = z.strictObject({ id: roomIdSchema, ...roomInfoSchema.shape });
const roomPatchSchema = roomInfoSchema.partial();

function unknownMeeting(meetingId: string): RostrumError {
  return { code: 'unknownMeeting', message: `This room has no meeting "${meetingId}".` };
}

/** A scheduled meeting as the calendar keeps it. */
function scheduled(meetingId: string, setup: MeetingSetup): CalendarMeeting {
  return { meetingId, status: 'scheduled', title: setup.title, sittings: setup.sittings, setup };
}

/** An engine's acknowledgement as a result. */
function fromAck(ack: CommandAck): ServiceResult<{ version: number }> {
  return ack.ok ? ok({ version: ack.version }) : fail(ack.error);
}

export interface CalendarService {
  createRoom(input: unknown): ServiceResult<{ roomId: string; chairKey: string }>;
  updateRoom(roomId: string, input: unknown): ServiceResult<{ version: number }>;
  schedule(roomId: string, input: unknown): ServiceResult<{ meetingId: string; version: number }>;
  reschedule(roomId: string, meetingId: string, input: unknown): ServiceResult<{ version: number }>;
  cancel(roomId: string, meetingId: string): ServiceResult<{ version: number }>;
  copy(
    roomId: string,
    meetingId: string,
    input: unknown,
  ): ServiceResult<{ meetingId: string; version: number }>;
}

export function createCalendarService(engine: RoomEngine, clock: Clock): CalendarService {
  /** The room's state and calendar, or why not. */
  function roomOf(roomId: string) {
    const state = engine.state(roomId);
    const calendar = engine.calendar(roomId);
    return state && calendar ? ok({ state, calendar }) : fail(unknownRoomError(roomId));
  }

  return {
    createRoom(input) {
      const parsed = parseWith(newRoomSchema, input);
      if (!parsed.ok) return parsed;
      const created = createRoom({ ...parsed.value, meetings: [] }, clock());
      if (!created.ok) return created;
      const chairKey = generateChairKey();
      const refused = engine.addRoom(created.value, chairKey);
      return refused ? fail(refused) : ok({ roomId: parsed.value.id, chairKey });
    },

    updateRoom(roomId, input) {
      const room = roomOf(roomId);
      if (!room.ok) return room;
      const patch = parseWith(roomPatchSchema, input);
      if (!patch.ok) return patch;
      if (Object.keys(patch.value).length === 0) {
        return fail({
          code: 'invalidCommand',
          message: 'Nothing to change: name the room or its time zone.',
        });
      }
      const { state } = room.value;
      const current = state.current;
      if (
        patch.value.timeZone !== undefined &&
        patch.value.timeZone !== state.room.timeZone &&
        current &&
        current.status.kind !== 'adjourned'
      ) {
        return fail({
          code: 'meetingOpen',
          message: "A meeting is open: the room's time zone changes once it is adjourned.",
          path: 'timeZone',
        });
      }
      const next = { ...state, room: { ...state.room, ...patch.value } };
      return fromAck(
        engine.change(roomId, { type: 'updateRoom', command: patch.value, state: next }, 'rest'),
      );
    },

    schedule(roomId, input) {
      const room = roomOf(roomId);
      if (!room.ok) return room;
      const { state, calendar } = room.value;
      const planned = planMeeting(input, calendar, state.room);
      if (!planned.ok) return planned;
      const { meetingId, setup } = planned.value;
      const put = {
        meetingId,
        status: 'scheduled' as const,
        title: setup.title,
        sittings: setup.sittings,
        setup,
      };
      const ack = engine.change(
        roomId,
        { type: 'scheduleMeeting', command: setup, meetingId, state, calendar: { put } },
        'rest',
      );
      return ack.ok ? ok({ meetingId, version: ack.version }) : fail(ack.error);
    },

    reschedule(roomId, meetingId, input) {
      const room = roomOf(roomId);
      if (!room.ok) return room;
      const { state, calendar } = room.value;
      const stored = engine.meeting(roomId, meetingId);
      if (!stored) return fail(unknownMeeting(meetingId));
      if (stored.status === 'adjourned') {
        return fail({
          code: 'meetingAdjourned',
          message: 'The meeting is adjourned: its record is closed.',
        });
      }
      if (stored.status === 'open') {
        // The open meeting changes as the chair's updateMeeting would change it.
        const command = openMeetingPatch(input);
        if (!command.ok) return command;
        return fromAck(engine.execute(roomId, command.value, 'rest'));
      }
      const setup = replanMeeting(meetingId, stored.setup, input, calendar, state.room);
      if (!setup.ok) return setup;
      const put = scheduled(meetingId, setup.value);
      return fromAck(
        engine.change(
          roomId,
          { type: 'updateSchedule', command: input, meetingId, state, calendar: { put } },
          'rest',
        ),
      );
    },

    cancel(roomId, meetingId) {
      const room = roomOf(roomId);
      if (!room.ok) return room;
      const stored = engine.meeting(roomId, meetingId);
      if (!stored) return fail(unknownMeeting(meetingId));
      if (stored.status !== 'scheduled') {
        return fail({
          code: 'meetingNotScheduled',
          message: `Meeting ${meetingId} is ${stored.status}: only a scheduled meeting is deleted (a held meeting's record is kept).`,
        });
      }
      return fromAck(
        engine.change(
          roomId,
          {
            type: 'cancelMeeting',
            command: { meetingId },
            meetingId,
            state: room.value.state,
            calendar: { remove: meetingId },
          },
          'rest',
        ),
      );
    },

    copy(roomId, meetingId, input) {
      const room = roomOf(roomId);
      if (!room.ok) return room;
      const { state, calendar } = room.value;
      const stored = engine.meeting(roomId, meetingId);
      if (!stored) return fail(unknownMeeting(meetingId));
      const planned = copyMeeting(stored.setup, input, calendar, state.room);
      if (!planned.ok) return planned;
      const { meetingId: copyId, setup } = planned.value;
      const put = {
        meetingId: copyId,
        status: 'scheduled' as const,
        title: setup.title,
        sittings: setup.sittings,
        setup,
      };
      const ack = engine.change(
        roomId,
        {
          type: 'scheduleMeeting',
          command: { copyOf: meetingId, sittings: setup.sittings },
          meetingId: copyId,
          state,
          calendar: { put },
        },
        'rest',
      );
      return ack.ok ? ok({ meetingId: copyId, version: ack.version }) : fail(ack.error);
    },
  };
}
