// Changes to a room's calendar, as pure functions: a meeting scheduled, changed, copied to other
// dates. Each validates the whole meeting as openMeeting will build it (so a list's typo is found
// at the desk, not on the day) and keeps the schedule's rule: no two meetings of a room overlap.
// The hub (server/room-engine.ts) commits what these return.
import { z } from 'zod';
import { fail, ok } from '../result.ts';
import { checkSchedule, newMeetingId, type CalendarEntry } from './calendar.ts';
import type { CommandOf } from './commands.ts';
import { MAX_SCHEDULED } from './create-room.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { sittingsSchema } from './meeting-schema.ts';
import {
  createMeeting,
  meetingSetupPatchSchema,
  meetingSetupSchema,
  parseWith,
  type MeetingSetup,
} from './meeting-setup.ts';
import type { RoomInfo } from './types.ts';

/** A meeting ready to go on the calendar. */
export interface PlannedMeeting {
  meetingId: string;
  setup: MeetingSetup;
}

/** Checks that the meeting builds (its lists) and fits the calendar. */
function checkPlan(
  setup: MeetingSetup,
  calendar: readonly CalendarEntry[],
  room: RoomInfo,
  except?: string,
): DomainResult<true> {
  const built = createMeeting(setup, room, except ?? 'new');
  if (!built.ok) return built;
  return checkSchedule(setup.sittings, calendar, except);
}

/** A new scheduled meeting from what the secretariat sent. */
export function planMeeting(
  input: unknown,
  calendar: readonly CalendarEntry[],
  room: RoomInfo,
): DomainResult<PlannedMeeting> {
  if (calendar.filter((m) => m.status === 'scheduled').length >= MAX_SCHEDULED) {
    return fail(
      domainError('outOfRange', `A room has at most ${MAX_SCHEDULED} meetings scheduled at once.`),
    );
  }
  const parsed = parseWith(meetingSetupSchema, input);
  if (!parsed.ok) return parsed;
  const checked = checkPlan(parsed.value, calendar, room);
  if (!checked.ok) return checked;
  const taken = new Set(calendar.map((m) => m.meetingId));
  return ok({ meetingId: newMeetingId(parsed.value.sittings, taken), setup: parsed.value });
}

/**
 * A scheduled meeting changed by a patch: the fields named replace the old ones (segments and
 * speakers whole: a meeting's lists come as one), and the result is checked as a new meeting is.
 */
export function replanMeeting(
  meetingId: string,
  setup: MeetingSetup,
  input: unknown,
  calendar: readonly CalendarEntry[],
  room: RoomInfo,
): DomainResult<MeetingSetup> {
  const patch = parseWith(meetingSetupPatchSchema, input);
  if (!patch.ok) return patch;
  if (Object.keys(patch.value).length === 0) {
    return fail(domainError('invalidCommand', 'Nothing to change: name at least one field.'));
  }
  const { speakers: _s, segments: _g, ...rest } = setup;
  const lists =
    patch.value.segments !== undefined || patch.value.speakers !== undefined
      ? {}
      : {
          ...(setup.speakers && { speakers: setup.speakers }),
          ...(setup.segments && { segments: setup.segments }),
        };
  const merged = parseWith(meetingSetupSchema, { ...rest, ...lists, ...patch.value });
  if (!merged.ok) return merged;
  const checked = checkPlan(merged.value, calendar, room, meetingId);
  if (!checked.ok) return checked;
  return ok(merged.value);
}

const copySchema = z.strictObject({ sittings: sittingsSchema });

/** A new scheduled meeting with the same settings and lists as `setup`, on other sittings. */
export function copyMeeting(
  setup: MeetingSetup,
  input: unknown,
  calendar: readonly CalendarEntry[],
  room: RoomInfo,
): DomainResult<PlannedMeeting> {
  const parsed = parseWith(copySchema, input);
  if (!parsed.ok) return parsed;
  return planMeeting({ ...setup, sittings: parsed.value.sittings }, calendar, room);
}

/** The fields of an open meeting a patch may still change: its details, not its lists. */
export const OPEN_MEETING_FIELDS = [
  'title',
  'titleTranslations',
  'theme',
  'themeTranslations',
  'organ',
  'format',
  'sittings',
  'defaultLimitMs',
  'warningMs',
  'note',
] as const;

/**
 * A patch to the open meeting, as the `updateMeeting` command the console would send: its lists,
 * notice and list state are the chair's, changed by their own commands.
 */
export function openMeetingPatch(input: unknown): DomainResult<CommandOf<'updateMeeting'>> {
  const patch = parseWith(meetingSetupPatchSchema, input);
  if (!patch.ok) return patch;
  const other = Object.keys(patch.value).find(
    (key) => !(OPEN_MEETING_FIELDS as readonly string[]).includes(key),
  );
  if (other !== undefined) {
    return fail(
      domainError(
        'meetingOpen',
        `${other}: the meeting is open; its lists, notice and list state are changed from the chair's console.`,
        other,
      ),
    );
  }
  return ok({ type: 'updateMeeting', ...patch.value });
}
