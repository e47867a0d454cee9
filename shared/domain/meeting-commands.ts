// Commands about the meeting as a whole: status, interpretation notice, announcements, details.
import { fail, ok } from '../result.ts';
import { instantsOf, resolveTimeOfDay } from '../time-of-day.ts';
import { DAY_MS, MINUTE_MS, type DurationMs, type EpochMs } from '../time.ts';
import { localDateAt, localTimeAt } from '../zoned-time.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
import { clearFloor } from './floor-commands.ts';
import type { DomainResult } from './handler.ts';
import { uncall, updateSpeakerIn } from './list-order.ts';
import { hasTranslations, untranslatable, withoutEmptyVersions } from './versions.ts';
import { pauseTimer, timerPhase } from './timer.ts';
import type { MeetingCore } from './types.ts';

export function setInterpretation(core: MeetingCore, cmd: CommandOf<'setInterpretation'>) {
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
  const refused = untranslatable(cmd.note, cmd.noteTranslations, 'noteTranslations');
  if (refused) return refused;
  return ok({
    ...core,
    // The chair's own notice: the booths' reports no longer set it (followBooths gives it back).
    booths:
      core.booths.source === 'chair' ? core.booths : { ...core.booths, source: 'chair' as const },
    interpretation: {
      status: cmd.status,
      languages,
      ...(cmd.note !== undefined && { note: cmd.note }),
      ...(hasTranslations(cmd.noteTranslations) && { noteTranslations: cmd.noteTranslations }),
    },
  });
}

export function announce(core: MeetingCore, cmd: CommandOf<'announce'>, now: EpochMs) {
  return ok({
    ...core,
    announcement: {
      text: cmd.text,
      ...(hasTranslations(cmd.textTranslations) && { textTranslations: cmd.textTranslations }),
      at: now,
    },
  });
}

export function clearAnnouncement(core: MeetingCore) {
  if (!core.announcement) {
    return fail(domainError('nothingToClear', 'There is no announcement on the wall.'));
  }
  return ok({ ...core, announcement: null });
}

/** How far ahead of `now` a suspension may say the meeting resumes: a week. */
export const RESUME_HORIZON_MS: DurationMs = 7 * DAY_MS;

/** How far behind `now` a resume instant may be (the console's clock may trail the hub's). */
export const RESUME_PAST_MS: DurationMs = MINUTE_MS;

const outOfRange = (message: string) => fail(domainError('outOfRange', message, 'resumesAt'));

/**
 * The instant a suspension ends: an instant as given, within RESUME_PAST_MS behind and
 * RESUME_HORIZON_MS ahead of `now`; or a time of day, resolved on the room's clock by
 * resolveTimeOfDay (today, or the next day when that makes sense for the sittings).
 */
function resumeInstant(
  core: MeetingCore,
  resumesAt: number | string,
  now: EpochMs,
): DomainResult<EpochMs> {
  if (typeof resumesAt === 'string') {
    const at = resolveTimeOfDay(resumesAt, now, core.meeting);
    if (at !== undefined) return ok(at);
    const { timeZone } = core.meeting;
    if (instantsOf(localDateAt(now, timeZone), resumesAt, timeZone).length === 0) {
      return outOfRange(
        `resumesAt: ${resumesAt} does not exist today on the room's clock (the hour daylight saving skips); give another time.`,
      );
    }
    return outOfRange(
      `resumesAt: ${resumesAt} has passed today (room time ${localTimeAt(now, core.meeting.timeZone)}) and no sitting tomorrow goes on past it; give a time still ahead.`,
    );
  }
  if (resumesAt < now - RESUME_PAST_MS) {
    return outOfRange('resumesAt: the time to resume is in the past.');
  }
  if (resumesAt > now + RESUME_HORIZON_MS) {
    return outOfRange('resumesAt: the time to resume is more than 7 days ahead.');
  }
  return ok(resumesAt);
}

export function suspendMeeting(core: MeetingCore, cmd: CommandOf<'suspendMeeting'>, now: EpochMs) {
  const refused = untranslatable(cmd.note, cmd.noteTranslations, 'noteTranslations');
  if (refused) return refused;
  let resumesAt: EpochMs | undefined;
  if (cmd.resumesAt !== undefined) {
    const resolved = resumeInstant(core, cmd.resumesAt, now);
    if (!resolved.ok) return resolved;
    resumesAt = resolved.value;
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
      ...(hasTranslations(cmd.noteTranslations) && { noteTranslations: cmd.noteTranslations }),
    },
  });
}

export function resumeMeeting(core: MeetingCore) {
  if (core.status.kind === 'inSession') {
    return fail(domainError('meetingNotSuspended', 'The meeting is already in session.'));
  }
  return ok({ ...core, status: { kind: 'inSession' as const } });
}

export function adjournMeeting(core: MeetingCore, _cmd: CommandOf<'adjournMeeting'>, now: EpochMs) {
  const calledNotStarted = core.floor && timerPhase(core.floor.timer) === 'ready';
  // A speaker called but never started goes back to where they were, in the same place;
  // a speech under way ends into the record.
  const next: MeetingCore =
    calledNotStarted && core.floor
      ? {
          ...core,
          floor: null,
          speakers: updateSpeakerIn(core.speakers, core.floor.speakerId, uncall),
        }
      : clearFloor(core, now);
  return ok({ ...next, status: { kind: 'adjourned' as const } });
}

export function updateMeeting(core: MeetingCore, cmd: CommandOf<'updateMeeting'>) {
  const { type: _type, expectedVersion: _expected, ...changes } = cmd;
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  if (defined.length === 0) {
    return fail(domainError('invalidCommand', 'Nothing to update: name at least one field.'));
  }
  // A new title or theme given without versions leaves none: the versions were of the old text,
  // and a French wall would go on showing the old title under the new one's meeting.
  const stale = {
    ...(cmd.title !== undefined &&
      cmd.title !== core.meeting.title &&
      cmd.titleTranslations === undefined && { titleTranslations: {} }),
    ...(cmd.theme !== undefined &&
      cmd.theme !== core.meeting.theme &&
      cmd.themeTranslations === undefined && { themeTranslations: {} }),
  };
  const meeting = withoutEmptyVersions({
    ...core.meeting,
    ...stale,
    ...Object.fromEntries(defined),
  });
  const refused = untranslatable(meeting.theme, meeting.themeTranslations, 'themeTranslations');
  if (refused) return refused;
  return ok({ ...core, meeting });
}
