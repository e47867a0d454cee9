// Segments: the parts of a meeting, each with its own list and default limit. The one in play
// holds its list in `speakers` and its limit in `meeting.defaultLimitMs` (types.ts), so moving to
// another segment parks the one in play and brings the other out.
import { fail, ok } from '../result.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
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
  if (core.floor) {
    return fail(
      domainError(
        'speechInProgress',
        'Someone has the floor: end the speech (or skip the speaker) before the next segment.',
      ),
    );
  }
  const { [segmentId]: coming, ...others } = core.parked;
  if (!coming) {
    return fail(domainError('unknownSegment', `Segment ${segmentId} has no list.`, 'segmentId'));
  }
  return ok({
    ...core,
    segmentId,
    speakers: coming.speakers,
    meeting: { ...core.meeting, defaultLimitMs: coming.defaultLimitMs },
    parked: {
      ...others,
      [core.segmentId]: { speakers: core.speakers, defaultLimitMs: core.meeting.defaultLimitMs },
    },
  });
}
