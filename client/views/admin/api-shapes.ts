// What the hub's REST answers hold, checked before the console relies on them (no cast at the
// boundary): the domain's own schemas for a meeting's setup and state, small guards for the rest.
import { z } from 'zod';
import { meetingSetupSchema } from '../../../shared/domain/meeting-setup.ts';
import { meetingCoreSchema } from '../../../shared/domain/state-schema.ts';
import type { ErrorCode, RostrumError } from '../../../shared/domain/errors.ts';
import type { MeetingDetail, MeetingListing, RoomSummary } from '../../../shared/protocol.ts';

const sitting = z.object({ date: z.string(), start: z.string(), end: z.string() });

const roomSummary = z.object({
  roomId: z.string(),
  name: z.string(),
  timeZone: z.string(),
  meetingId: z.string().nullable(),
  title: z.string().nullable(),
  status: z.enum(['noMeeting', 'notStarted', 'inSession', 'suspended', 'adjourned']),
  version: z.number(),
});

const meetingListing = z.object({
  meetingId: z.string(),
  title: z.string(),
  status: z.enum(['scheduled', 'open', 'adjourned']),
  sittings: z.array(sitting),
});

const meetingDetail = meetingListing.extend({
  roomId: z.string(),
  setup: meetingSetupSchema,
  state: meetingCoreSchema.nullable(),
});

const errorBody = z.object({
  ok: z.literal(false),
  error: z.object({
    // Any code: one this console does not know yet is shown in the hub's words. (The lists of
    // codes are not imported: the bundler would put them in the chunk every phone loads.)
    code: z.custom<ErrorCode>((value) => typeof value === 'string' && value.length > 0),
    message: z.string(),
    path: z.string().optional(),
    retryAfterMs: z.number().optional(),
  }),
});

/** A reader of one kind of answer: the value, or undefined when the body is not one. */
export type Reader<Value> = (body: unknown) => Value | undefined;

function reader<Value>(schema: z.ZodType<Value>): Reader<Value> {
  return (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  };
}

export const readRooms: Reader<RoomSummary[]> = reader(z.array(roomSummary));
export const readMeetings: Reader<MeetingListing[]> = reader(z.array(meetingListing));
export const readMeeting: Reader<MeetingDetail> = reader(meetingDetail);
export const readRoomCreated = reader(z.object({ roomId: z.string(), chairKey: z.string() }));
export const readVersion = reader(z.object({ version: z.number() }));
export const readScheduled = reader(z.object({ meetingId: z.string(), version: z.number() }));
export const readNewKey = reader(z.object({ roomId: z.string(), key: z.string() }));
/** Any answer that says ok (an answer whose value the console does not need). */
export const readAccepted = reader(z.object({ ok: z.literal(true) }));

/** The typed error of a refusal, or undefined when the body is not one. */
export const readError: Reader<RostrumError> = (body) => errorBody.safeParse(body).data?.error;
