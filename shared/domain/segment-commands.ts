// Segments: the parts of a meeting, each with its own list and default limit. The one in play
// holds its list in `speakers` and its limit in `meeting.defaultLimitMs` (types.ts), so moving to
// another segment parks the one in play and brings the other out.
import { fail, ok } from '../result.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
import { uncall, updateSpeakerIn } from './list-order.ts';
import { timerPhase } from './timer.ts';
import type { MeetingCore } from './types.ts';

export function startSegment(core: MeetingCore, cmd: CommandOf<'startSegment'>) {
  const { segmentId } = cmd;
  if (!core.segments.some((s) => s.id === segmentId)) {
    const ids = core.segments.map((s) => s.id).join(', ');
    return fail(
      domainError(
        'unknownSegment',
        `This meeting has no segment ${segmentId} (its segments: ${ids}).`,
        'segmentId',
      ),
    );
  }
  if (segmentId === core.segmentId) {
    return fail(domainError('segmentInPlay', 'This segment is already in play.', 'segmentId'));
  }
  if (core.floor && timerPhase(core.floor.timer) !== 'ready') {
    return fail(
      domainError('speechInProgress', 'A speech is under way: end it before the next segment.'),
    );
  }
  // A speaker called but not started goes back to their place in this segment's list, as at
  // an adjournment: the next segment begins with the floor free.
  const speakers =
    core.floor === null
      ? core.speakers
      : updateSpeakerIn(core.speakers, core.floor.speakerId, uncall);
  const { [segmentId]: coming, ...others } = core.parked;
  if (!coming) {
    return fail(domainError('unknownSegment', `Segment ${segmentId} has no list.`, 'segmentId'));
  }
  return ok({
    ...core,
    segmentId,
    floor: null,
    speakers: coming.speakers,
    meeting: { ...core.meeting, defaultLimitMs: coming.defaultLimitMs },
    parked: {
      ...others,
      [core.segmentId]: { speakers, defaultLimitMs: core.meeting.defaultLimitMs },
    },
  });
}
