// Commands about the meeting as a whole: status, interpretation notice, announcements, details.
import { fail, ok } from '../result.ts';
import type { EpochMs } from '../time.ts';
import { addDays, localDateAt, zonedTimeToEpoch } from '../zoned-time.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
import { clearFloor } from './floor-commands.ts';
import { uncall, updateSpeakerIn } from './list-order.ts';
import { pauseTimer, timerPhase } from './timer.ts';
import type { Meeting, RoomCore } from './types.ts';

export function setInterpretation(core: RoomCore, cmd: CommandOf<'setInterpretation'>) {
  const languages = [...new Set(cmd.languages ?? [])];
  if (cmd.status === 'partial' && languages.length === 0) {
    return fail(
      domainError('invalidCommand', 'Partial interpretation names its languages.', 'languages'),
    );
  }
  if (cmd.status !== 'partial' && languages.length > 0) {
    return fail(
      domainError(
        'invalidCommand',
        'Languages are given only when interpretation is partial.',
        'languages',
      ),
    );
  }
  return ok({
    ...core,
    interpretation: {
      status: cmd.status,
      languages,
      ...(cmd.note !== undefined && { note: cmd.note }),
    },
  });
}

export function announce(core: RoomCore, cmd: CommandOf<'announce'>, now: EpochMs) {
  return ok({ ...core, announcement: { text: cmd.text, at: now } });
}

export function clearAnnouncement(core: RoomCore) {
  if (!core.announcement) {
    return fail(domainError('nothingToClear', 'There is no announcement on the wall.'));
  }
  return ok({ ...core, announcement: null });
}

/** The instant a suspension ends: as given, or the next time the room's clock shows 'HH:MM'. */
function resumeInstant(core: RoomCore, resumesAt: number | string, now: EpochMs): EpochMs {
  if (typeof resumesAt === 'number') return resumesAt;
  const { timeZone } = core.meeting;
  const date = localDateAt(now, timeZone);
  const today = zonedTimeToEpoch(date, resumesAt, timeZone);
  // Tomorrow by the calendar, not now + 24 h: the days a clock changes last 23 or 25 hours.
  return today > now ? today : zonedTimeToEpoch(addDays(date, 1), resumesAt, timeZone);
}

export function suspendMeeting(core: RoomCore, cmd: CommandOf<'suspendMeeting'>, now: EpochMs) {
  const resumesAt =
    cmd.resumesAt === undefined ? undefined : resumeInstant(core, cmd.resumesAt, now);
  if (resumesAt !== undefined && resumesAt <= now) {
    return fail(
      domainError('invalidCommand', 'The time to resume must be in the future.', 'resumesAt'),
    );
  }
  // A speaker interrupted by a suspension keeps the floor, with the clock stopped.
  const floor =
    core.floor && timerPhase(core.floor.timer) === 'running'
      ? { ...core.floor, timer: pauseTimer(core.floor.timer, now) }
      : core.floor;
  return ok({
    ...core,
    floor,
    status: {
      kind: 'suspended' as const,
      ...(resumesAt !== undefined && { resumesAt }),
      ...(cmd.note !== undefined && { note: cmd.note }),
    },
  });
}

export function resumeMeeting(core: RoomCore) {
  if (core.status.kind === 'inSession') {
    return fail(domainError('meetingNotSuspended', 'The meeting is already in session.'));
  }
  return ok({ ...core, status: { kind: 'inSession' as const } });
}

export function adjournMeeting(core: RoomCore, _cmd: CommandOf<'adjournMeeting'>, now: EpochMs) {
  const calledNotStarted = core.floor && timerPhase(core.floor.timer) === 'ready';
  // A speaker called but never started goes back to where they were, in the same place;
  // a speech under way ends into the record.
  const next: RoomCore =
    calledNotStarted && core.floor
      ? {
          ...core,
          floor: null,
          speakers: updateSpeakerIn(core.speakers, core.floor.speakerId, uncall),
        }
      : clearFloor(core, now);
  return ok({ ...next, status: { kind: 'adjourned' as const } });
}

export function updateMeeting(core: RoomCore, cmd: CommandOf<'updateMeeting'>) {
  const { type: _type, expectedVersion: _expected, ...changes } = cmd;
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (defined.length === 0) {
    return fail(domainError('invalidCommand', 'Nothing to update: name at least one field.'));
  }
  const meeting: Meeting = { ...core.meeting, ...Object.fromEntries(defined) };
  return ok({ ...core, meeting });
}
