// Commands that run the floor: giving it, timing the speech, ending it into the record.
import { fail, ok } from '../result.ts';
import { HOUR_MS, type DurationMs, type EpochMs } from '../time.ts';
import type { CommandOf } from './commands.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import {
  effectiveLimitMs,
  findSpeaker,
  historyLength,
  markPassedOver,
  moveTo,
  nextCandidate,
  uncall,
  updateSpeakerIn,
} from './list-order.ts';
import { pauseTimer, readyTimer, runTimer, stopTimer, timerPhase } from './timer.ts';
import type { Floor, MeetingCore, SpeechRecord } from './types.ts';

const nobodyOnFloor = () =>
  fail(domainError('nobodyOnFloor', 'Nobody has the floor: call the next speaker first.'));

/** The floor, or the reason a floor command cannot run. */
function requireFloor(core: MeetingCore): DomainResult<Floor> {
  return core.floor ? ok(core.floor) : nobodyOnFloor();
}

/** Refuses to set a clock running while the meeting is suspended or adjourned. */
function checkMayRun(core: MeetingCore): DomainResult<MeetingCore> {
  if (core.status.kind === 'suspended') {
    return fail(
      domainError('meetingSuspended', 'The meeting is suspended: resume it before the clock runs.'),
    );
  }
  return ok(core);
}

/** Starting a speech opens the meeting if it had not started yet. */
function inSession(core: MeetingCore): MeetingCore {
  return core.status.kind === 'notStarted' ? { ...core, status: { kind: 'inSession' } } : core;
}

export function startSpeech(core: MeetingCore, _cmd: CommandOf<'startSpeech'>, now: EpochMs) {
  const floor = requireFloor(core);
  if (!floor.ok) return floor;
  if (timerPhase(floor.value.timer) !== 'ready') {
    return fail(
      domainError('speechAlreadyStarted', 'This speech has already started: resume it instead.'),
    );
  }
  const mayRun = checkMayRun(core);
  if (!mayRun.ok) return mayRun;
  return ok(
    inSession({ ...core, floor: { ...floor.value, timer: runTimer(floor.value.timer, now) } }),
  );
}

export function pauseSpeech(core: MeetingCore, _cmd: CommandOf<'pauseSpeech'>, now: EpochMs) {
  const floor = requireFloor(core);
  if (!floor.ok) return floor;
  if (timerPhase(floor.value.timer) !== 'running') {
    return fail(domainError('speechNotRunning', 'The clock is not running.'));
  }
  return ok({ ...core, floor: { ...floor.value, timer: pauseTimer(floor.value.timer, now) } });
}

export function resumeSpeech(core: MeetingCore, _cmd: CommandOf<'resumeSpeech'>, now: EpochMs) {
  const floor = requireFloor(core);
  if (!floor.ok) return floor;
  const phase = timerPhase(floor.value.timer);
  if (phase === 'ready') {
    return fail(domainError('speechNotStarted', 'This speech has not started: start it instead.'));
  }
  if (phase === 'running') return fail(domainError('speechNotPaused', 'The clock is running.'));
  const mayRun = checkMayRun(core);
  if (!mayRun.ok) return mayRun;
  return ok({ ...core, floor: { ...floor.value, timer: runTimer(floor.value.timer, now) } });
}

/** Ends the speech on the floor into the record; the speaker has spoken and the floor is free. */
function closeSpeech(core: MeetingCore, floor: Floor, now: EpochMs): MeetingCore {
  const speaker = findSpeaker(core, floor.speakerId);
  const timer = stopTimer(floor.timer, now);
  const allowed = Math.max(0, timer.limitMs + timer.adjustmentMs);
  const entry: SpeechRecord = {
    id: `r${core.nextId}`,
    speakerId: floor.speakerId,
    segmentId: core.segmentId,
    delegation: speaker?.delegation ?? '',
    ...(speaker?.speakerName !== undefined && { speakerName: speaker.speakerName }),
    ...(speaker?.onBehalfOf !== undefined && { onBehalfOf: speaker.onBehalfOf }),
    category: speaker?.category ?? 'memberState',
    startedAt: timer.startedAt ?? now,
    endedAt: now,
    spokenMs: timer.accumulatedMs,
    limitMs: timer.limitMs,
    adjustmentMs: timer.adjustmentMs,
    overrunMs: Math.max(0, timer.accumulatedMs - allowed),
    pauses: timer.pauses,
    ...(floor.slowerRequests !== undefined && { slowerRequests: floor.slowerRequests }),
  };
  return {
    ...core,
    nextId: core.nextId + 1,
    record: [...core.record, entry],
    speakers: updateSpeakerIn(core.speakers, floor.speakerId, (s) => ({ ...s, status: 'spoken' })),
    floor: null,
  };
}

/** Passes over the speaker on the floor who never started: absent, moved to the end of the list. */
function passOver(core: MeetingCore, floor: Floor): MeetingCore {
  const marked = updateSpeakerIn(core.speakers, floor.speakerId, markPassedOver);
  return {
    ...core,
    speakers: moveTo(marked, floor.speakerId, marked.length - 1),
    floor: null,
  };
}

/** Takes the speaker on the floor off it: into the record if they spoke, passed over if not. */
export function clearFloor(core: MeetingCore, now: EpochMs): MeetingCore {
  if (!core.floor) return core;
  return timerPhase(core.floor.timer) === 'ready'
    ? passOver(core, core.floor)
    : closeSpeech(core, core.floor, now);
}

/** Gives the floor to the next candidate (not `excludeId`), clock ready; or leaves it free. */
function giveFloorToNext(core: MeetingCore, excludeId?: string): MeetingCore {
  const candidate = nextCandidate(core.speakers, excludeId);
  if (!candidate) return core;
  const placed = moveTo(core.speakers, candidate.id, historyLength(core.speakers));
  return {
    ...core,
    speakers: updateSpeakerIn(placed, candidate.id, (s) => ({ ...s, status: 'speaking' })),
    floor: {
      speakerId: candidate.id,
      timer: readyTimer(effectiveLimitMs(candidate, core.meeting)),
    },
  };
}

export function endSpeech(core: MeetingCore, _cmd: CommandOf<'endSpeech'>, now: EpochMs) {
  const floor = requireFloor(core);
  if (!floor.ok) return floor;
  if (timerPhase(floor.value.timer) === 'ready') {
    return fail(
      domainError(
        'speechNotStarted',
        'This speech has not started: skip the speaker or call the next one instead.',
      ),
    );
  }
  return ok(closeSpeech(core, floor.value, now));
}

export function nextSpeaker(core: MeetingCore, cmd: CommandOf<'nextSpeaker'>, now: EpochMs) {
  const leaving = core.floor?.speakerId;
  if (!leaving && !nextCandidate(core.speakers)) {
    return fail(domainError('noWaitingSpeaker', 'Nobody is waiting to speak.'));
  }
  if (cmd.start) {
    const mayRun = checkMayRun(core);
    if (!mayRun.ok) return mayRun;
  }
  const handedOver = giveFloorToNext(clearFloor(core, now), leaving);
  if (!cmd.start || !handedOver.floor) return ok(handedOver);
  return ok(
    inSession({
      ...handedOver,
      floor: { ...handedOver.floor, timer: runTimer(handedOver.floor.timer, now) },
    }),
  );
}

export function previousSpeaker(core: MeetingCore, _cmd: CommandOf<'previousSpeaker'>) {
  if (core.floor && timerPhase(core.floor.timer) !== 'ready') {
    return fail(
      domainError('speechInProgress', 'A speech is in progress: end it before going back.'),
    );
  }
  const last = core.record[core.record.length - 1];
  const speaker = last ? findSpeaker(core, last.speakerId) : undefined;
  if (!last || speaker?.status !== 'spoken') {
    return fail(domainError('noPreviousSpeech', 'There is no previous speech to go back to.'));
  }
  // The speech continues where it ended: its record entry is taken back and will be written
  // again, whole, when the speech ends.
  let speakers = core.speakers;
  if (core.floor) {
    speakers = updateSpeakerIn(speakers, core.floor.speakerId, uncall);
  }
  speakers = updateSpeakerIn(speakers, last.speakerId, (s) => ({ ...s, status: 'speaking' }));
  return ok({
    ...core,
    speakers,
    record: core.record.slice(0, -1),
    floor: {
      speakerId: last.speakerId,
      timer: {
        limitMs: last.limitMs,
        adjustmentMs: last.adjustmentMs,
        startedAt: last.startedAt,
        runningSince: null,
        accumulatedMs: last.spokenMs,
        pauses: [...last.pauses, { pausedAt: last.endedAt, resumedAt: null }],
      },
    },
  });
}

export function skipSpeaker(core: MeetingCore, cmd: CommandOf<'skipSpeaker'>) {
  const targetId = cmd.speakerId ?? core.floor?.speakerId ?? nextCandidate(core.speakers)?.id;
  if (!targetId) return fail(domainError('noWaitingSpeaker', 'Nobody is waiting to speak.'));
  const target = findSpeaker(core, targetId);
  if (!target) return unknownSpeaker(targetId);
  if (target.status === 'spoken') {
    return fail(domainError('speakerNotWaiting', 'This speaker has already spoken.'));
  }
  if (core.floor?.speakerId === targetId) {
    if (timerPhase(core.floor.timer) !== 'ready') {
      return fail(
        domainError(
          'speechInProgress',
          'This speaker has started speaking: end the speech instead.',
        ),
      );
    }
    return ok(giveFloorToNext(passOver(core, core.floor), targetId));
  }
  const marked = updateSpeakerIn(core.speakers, targetId, markPassedOver);
  return ok({ ...core, speakers: moveTo(marked, targetId, marked.length - 1) });
}

/** The most time one speech may be given, its limit and every adjustment together: 4 hours. */
export const MAX_ALLOWED_MS: DurationMs = 4 * HOUR_MS;

const tooMuchTime = (path: string) =>
  fail(
    domainError(
      'limitOutOfRange',
      `${path}: a speaker can be given at most 4 hours, the limit and its adjustments together.`,
      path,
    ),
  );

export function adjustTime(core: MeetingCore, cmd: CommandOf<'adjustTime'>) {
  const floor = requireFloor(core);
  if (!floor.ok) return floor;
  const timer = floor.value.timer;
  const adjustmentMs = timer.adjustmentMs + cmd.deltaMs;
  if (timer.limitMs + adjustmentMs < 0) {
    return fail(domainError('limitOutOfRange', 'The speaker cannot be given less than no time.'));
  }
  if (timer.limitMs + adjustmentMs > MAX_ALLOWED_MS) return tooMuchTime('deltaMs');
  return ok({ ...core, floor: { ...floor.value, timer: { ...timer, adjustmentMs } } });
}

export function setTimeLimit(core: MeetingCore, cmd: CommandOf<'setTimeLimit'>) {
  const targetId = cmd.speakerId ?? core.floor?.speakerId;
  if (!targetId) return nobodyOnFloor();
  return withSpeakerLimit(core, targetId, cmd.limitMs);
}

/** Sets a speaker's own limit (null: the meeting's default); the clock on the floor follows. */
export function withSpeakerLimit(
  core: MeetingCore,
  speakerId: string,
  limitMs: number | null,
): DomainResult<MeetingCore> {
  const speaker = findSpeaker(core, speakerId);
  if (!speaker) return unknownSpeaker(speakerId);
  if (speaker.status === 'spoken') {
    return fail(
      domainError(
        'speakerNotWaiting',
        'This speaker has already spoken: the record keeps its limit.',
      ),
    );
  }
  const onFloor = core.floor?.speakerId === speakerId ? core.floor : null;
  if (
    onFloor &&
    (limitMs ?? core.meeting.defaultLimitMs) + onFloor.timer.adjustmentMs > MAX_ALLOWED_MS
  ) {
    return tooMuchTime('limitMs');
  }
  const speakers = updateSpeakerIn(core.speakers, speakerId, (s) => ({ ...s, limitMs }));
  const floor =
    core.floor?.speakerId === speakerId
      ? {
          ...core.floor,
          timer: { ...core.floor.timer, limitMs: limitMs ?? core.meeting.defaultLimitMs },
        }
      : core.floor;
  return ok({ ...core, speakers, floor });
}

/** The error for a speaker id that is not on the list. */
export function unknownSpeaker(speakerId: string) {
  return fail(domainError('unknownSpeaker', `No speaker with id "${speakerId}" is on the list.`));
}
