// When will each waiting speaker speak? The list is laid over the meeting's sittings: speeches
// take their limit (scaled by the pace observed so far), a changeover separates them, and a
// speech that would not end before its sitting closes moves to the start of the next sitting.
import type { DurationMs, EpochMs } from '../time.ts';
import { SECOND_MS } from '../time.ts';
import { zonedTimeToEpoch } from '../zoned-time.ts';
import { callOrder, effectiveLimitMs } from './list-order.ts';
import { allowedMs, elapsedMs, timerPhase } from './timer.ts';
import type {
  Meeting,
  PublicFloor,
  MeetingCore,
  Speaker,
  SpeechRecord,
  RoomStatus,
} from './types.ts';

/** Time between one speech and the next, before any has been observed. */
export const DEFAULT_CHANGEOVER_MS: DurationMs = 15 * SECOND_MS;
/** Gaps longer than this are breaks or suspensions, not changeovers. */
const MAX_CHANGEOVER_MS: DurationMs = 2 * 60 * SECOND_MS;
/** Speeches needed before the observed pace replaces the limits. */
export const MIN_SPEECHES_FOR_PACE = 3;
/** Bounds of the pace factor: a few very short (or test) speeches must not make nonsense of it. */
export const PACE_BOUNDS = { min: 0.25, max: 2 } as const;

/** A sitting as absolute instants. */
export interface SittingSpan {
  startAt: EpochMs;
  endAt: EpochMs;
}

export interface ProjectedSpeaker {
  speakerId: string;
  /** Estimated start; null when the speaker would not be reached before the last sitting ends. */
  estimatedStartAt: EpochMs | null;
  /** Index of the sitting the speech falls in; null when not reached. */
  sittingIndex: number | null;
}

export interface Projection {
  /** Every speaker still to be called (see callOrder), in that order. */
  speakers: ProjectedSpeaker[];
  /** When the last reachable speech would end; null when nobody is left to project. */
  projectedEndAt: EpochMs | null;
  /** How many still to speak would not be reached before the last sitting closes. */
  unreachedCount: number;
  /** Observed spoken time over allowed time (1 until enough speeches are held). */
  paceFactor: number;
  changeoverMs: DurationMs;
}

/** How the meeting is going: what the projection scales the limits by, and the changeover. */
export interface Pace {
  /** Spoken over allowed time, within PACE_BOUNDS (1 until enough speeches are held). */
  factor: number;
  changeoverMs: DurationMs;
}

/** What the projection needs of a room: clients have it from the public state. */
export type ProjectionInput = Pick<MeetingCore, 'meeting' | 'speakers'> & {
  status: RoomStatus;
  floor: PublicFloor | null;
};

/** The meeting's sittings as instants, in order. */
export function sittingSpans(meeting: Meeting): SittingSpan[] {
  return meeting.sittings.map((s) => ({
    startAt: zonedTimeToEpoch(s.date, s.start, meeting.timeZone),
    endAt: zonedTimeToEpoch(s.date, s.end, meeting.timeZone),
  }));
}

/** How fast speakers go against their allowance, from the record (1 before enough speeches). */
export function observedPace(record: readonly SpeechRecord[]): number {
  if (record.length < MIN_SPEECHES_FOR_PACE) return 1;
  const spoken = record.reduce((sum, r) => sum + r.spokenMs, 0);
  const allowed = record.reduce((sum, r) => sum + Math.max(1, r.limitMs + r.adjustmentMs), 0);
  return spoken / allowed;
}

/** The usual time between speeches, from the record (a default before any is seen). */
export function observedChangeover(record: readonly SpeechRecord[]): DurationMs {
  const gaps: number[] = [];
  for (let i = 1; i < record.length; i += 1) {
    const gap = (record[i]?.startedAt ?? 0) - (record[i - 1]?.endedAt ?? 0);
    if (gap >= 0 && gap <= MAX_CHANGEOVER_MS) gaps.push(gap);
  }
  if (gaps.length === 0) return DEFAULT_CHANGEOVER_MS;
  return gaps.reduce((a, b) => a + b, 0) / gaps.length;
}

/** The pace observed in the record, bounded, in whole milliseconds. */
export function paceOf(record: readonly SpeechRecord[]): Pace {
  const factor = Math.min(PACE_BOUNDS.max, Math.max(PACE_BOUNDS.min, observedPace(record)));
  return { factor, changeoverMs: Math.round(observedChangeover(record)) };
}

/** Estimates when each speaker still to speak will take the floor, at `now` (hub side). */
export function project(core: MeetingCore, now: EpochMs): Projection {
  return projectWith(core, paceOf(core.record), now);
}

/** The same estimate from the public state and its pace (client side). */
export function projectWith(core: ProjectionInput, pace: Pace, now: EpochMs): Projection {
  const paceFactor = pace.factor;
  const changeoverMs = pace.changeoverMs;
  const spans = sittingSpans(core.meeting);
  const order = callOrder(core.speakers);
  const notReached = (s: Speaker): ProjectedSpeaker => ({
    speakerId: s.id,
    estimatedStartAt: null,
    sittingIndex: null,
  });
  if (core.status.kind === 'adjourned' || core.status.kind === 'noMeeting') {
    return {
      speakers: order.map(notReached),
      projectedEndAt: null,
      unreachedCount: order.length,
      paceFactor,
      changeoverMs,
    };
  }

  let cursor = now;
  if (core.status.kind === 'suspended' && core.status.resumesAt !== undefined) {
    cursor = Math.max(cursor, core.status.resumesAt);
  }
  if (core.floor) {
    const timer = core.floor.timer;
    const expected = allowedMs(timer) * paceFactor;
    const left =
      timerPhase(timer) === 'ready' ? expected : Math.max(0, expected - elapsedMs(timer, now));
    cursor += left + changeoverMs;
  }

  let sitting = 0;
  let projectedEndAt: EpochMs | null = null;
  const projected: ProjectedSpeaker[] = [];
  for (const speaker of order) {
    const duration = effectiveLimitMs(speaker, core.meeting) * paceFactor;
    // Find the first sitting in which this speech can start at or after the cursor and end in time.
    while (sitting < spans.length) {
      const span = spans[sitting] as SittingSpan;
      const start = Math.max(cursor, span.startAt);
      if (start + duration <= span.endAt) break;
      sitting += 1;
      cursor = Math.max(cursor, spans[sitting]?.startAt ?? cursor);
    }
    if (sitting >= spans.length) {
      projected.push(notReached(speaker));
      continue;
    }
    const start = Math.round(Math.max(cursor, (spans[sitting] as SittingSpan).startAt));
    projected.push({ speakerId: speaker.id, estimatedStartAt: start, sittingIndex: sitting });
    projectedEndAt = Math.round(start + duration);
    cursor = projectedEndAt + changeoverMs;
  }
  return {
    speakers: projected,
    projectedEndAt,
    unreachedCount: projected.filter((p) => p.estimatedStartAt === null).length,
    paceFactor,
    changeoverMs,
  };
}
