// A new room from its description (the rooms file, the demo, or `POST /api/rooms`): validated,
// with its calendar. A description in the first hubs' form (one `meeting`, its list beside it)
// is a room whose one meeting opens at once, as such rooms always did; `meetings` are scheduled.
import { z } from 'zod';
import { fail, ok } from '../result.ts';
import { checkSchedule, newMeetingId, upcomingOf, type CalendarEntry } from './calendar.ts';
import { speakerEntrySchema } from './commands.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { MAX_SPEAKERS } from './list-order.ts';
import { meetingSchema, timeZoneSchema } from './meeting-schema.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import {
  createMeeting,
  interpretationSchema,
  MAX_SEGMENTS,
  meetingSetupSchema,
  parseWith,
  segmentSetupSchema,
  type MeetingSetup,
} from './meeting-setup.ts';
import { text } from './text-schema.ts';
import type { EpochMs } from '../time.ts';
import type { MeetingLifecycle, RoomInfo, RoomState } from './types.ts';

export const roomIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: 'A room id is lower-case letters, digits and dashes, e.g. cr4',
});

/** How many meetings a room may have scheduled at once. */
export const MAX_SCHEDULED = 200;

export const roomSeedSchema = z
  .strictObject({
    id: roomIdSchema,
    /** The room's name; by default the `room` of its meeting, else its id. */
    name: text(TEXT_LIMITS.shortName).optional(),
    /** The room's time zone; by default its meeting's. */
    timeZone: timeZoneSchema.optional(),
    /** A meeting that opens as soon as the room is created (the first hubs' form). */
    meeting: meetingSchema.optional(),
    interpretation: interpretationSchema.optional(),
    listOpen: z.boolean().optional(),
    speakers: z.array(speakerEntrySchema).max(MAX_SPEAKERS).optional(),
    segments: z.array(segmentSetupSchema).max(MAX_SEGMENTS).optional(),
    /** Meetings on the room's calendar, scheduled. */
    meetings: z.array(meetingSetupSchema).max(MAX_SCHEDULED).default([]),
  })
  .refine((seed) => seed.timeZone !== undefined || seed.meeting !== undefined, {
    error: 'A room without a meeting names its time zone',
    path: ['timeZone'],
  })
  .refine(
    (seed) =>
      seed.meeting !== undefined ||
      [seed.interpretation, seed.listOpen, seed.speakers, seed.segments].every(
        (field) => field === undefined,
      ),
    {
      error: 'interpretation, listOpen, speakers and segments go with a meeting',
      path: ['meeting'],
    },
  )
  // As in a meeting's setup: a list beside segments would be dropped without a word.
  .refine((seed) => !(seed.speakers && seed.segments?.length), {
    error: "Give the speakers in each segment's own list, not beside the segments",
    path: ['speakers'],
  });

/** A room as the rooms file describes it, before validation. */
export type RoomSeedInput = z.input<typeof roomSeedSchema>;
export type RoomSeed = z.output<typeof roomSeedSchema>;

/** Validates a room description; the error names the field at fault. */
export function parseRoomSeed(input: unknown): DomainResult<RoomSeed> {
  return parseWith(roomSeedSchema, input);
}

/** A meeting of a new room's calendar, with its setup (what a copy copies). */
export interface SeededMeeting {
  meetingId: string;
  status: MeetingLifecycle;
  setup: MeetingSetup;
}

/** A new room: its state (version 0) and its calendar. */
export interface CreatedRoom {
  state: RoomState;
  meetings: SeededMeeting[];
}

/** The setup of a seed's own meeting, in the form of any other. */
function openingSetup(seed: RoomSeed): MeetingSetup | undefined {
  if (!seed.meeting) return undefined;
  const { room: _room, timeZone: _timeZone, ...details } = seed.meeting;
  return {
    ...details,
    interpretation: seed.interpretation ?? { status: 'available', languages: [] },
    listOpen: seed.listOpen ?? true,
    ...(seed.segments ? { segments: seed.segments } : { speakers: seed.speakers ?? [] }),
  };
}

/**
 * Builds a room from its description at `now` (which scheduled meetings are still to come); the
 * error names the field at fault.
 */
export function createRoom(seed: RoomSeed, now: EpochMs): DomainResult<CreatedRoom> {
  const room: RoomInfo = {
    name: seed.name ?? (seed.meeting?.room || seed.id),
    timeZone: seed.timeZone ?? seed.meeting?.timeZone ?? 'UTC',
  };
  if (seed.meeting && seed.meeting.timeZone !== room.timeZone) {
    return fail(
      domainError('invalidTimeZone', "The meeting's time zone is the room's", 'meeting.timeZone'),
    );
  }
  const meetings: SeededMeeting[] = [];
  const calendar: CalendarEntry[] = [];
  const add = (setup: MeetingSetup, status: MeetingLifecycle, path: string) => {
    const clash = checkSchedule(setup.sittings, calendar);
    if (!clash.ok) return fail({ ...clash.error, path: `${path}.${clash.error.path ?? ''}` });
    const meetingId = newMeetingId(setup.sittings, new Set(calendar.map((m) => m.meetingId)));
    meetings.push({ meetingId, status, setup });
    const { title, titleTranslations, sittings } = setup;
    calendar.push({ meetingId, title, titleTranslations, status, sittings });
    return ok(meetingId);
  };

  let current: RoomState['current'] = null;
  const opening = openingSetup(seed);
  if (opening) {
    const added = add(opening, 'open', 'meeting');
    if (!added.ok) return added;
    const created = createMeeting(opening, room, added.value);
    if (!created.ok) return created;
    current = created.value;
  }
  for (const [index, setup] of seed.meetings.entries()) {
    // Each list is checked now, as openMeeting will build it, so a typo is found at the desk.
    const built = createMeeting(setup, room, 'check');
    if (!built.ok) {
      return fail({ ...built.error, path: `meetings.${index}.${built.error.path ?? ''}` });
    }
    const added = add(setup, 'scheduled', `meetings.${index}`);
    if (!added.ok) return added;
  }
  return ok({
    state: {
      roomId: seed.id,
      version: 0,
      room,
      current,
      upcoming: upcomingOf(calendar, now, room.timeZone),
      history: [],
    },
    meetings,
  });
}
