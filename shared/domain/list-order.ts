// The order of the list of speakers. The list always reads: the speakers who have spoken, in
// the order they spoke, then the one who has the floor, then everyone still to speak. Commands
// keep that shape, so a speaker's place in the list is their place in the meeting.
import type { DurationMs } from '../time.ts';
import type { Meeting, MeetingCore, Speaker } from './types.ts';

/** Most speakers one list holds: every delegation several times over. */
export const MAX_SPEAKERS = 600;

/** The speaker with this id, or undefined. */
export function findSpeaker(core: MeetingCore, speakerId: string): Speaker | undefined {
  return core.speakers.find((s) => s.id === speakerId);
}

/** How many entries lead the list as history: spoken ones, and the one on the floor. */
export function historyLength(speakers: readonly Speaker[]): number {
  let n = 0;
  while (n < speakers.length) {
    const status = speakers[n]?.status;
    if (status !== 'spoken' && status !== 'speaking') break;
    n += 1;
  }
  return n;
}

/** A speaker passed over this often is not called again by nextSpeaker: one second call only. */
export const MAX_PASSES = 2;

/** True for an absent speaker who still gets a second call. */
function awaitsSecondCall(speaker: Speaker): boolean {
  return speaker.status === 'absent' && (speaker.passedOver ?? 0) < MAX_PASSES;
}

/**
 * Speakers still to be called, in the order nextSpeaker calls them: everyone waiting in list
 * order, then (a second call) those passed over once.
 */
export function callOrder(speakers: readonly Speaker[]): Speaker[] {
  return [...speakers.filter((s) => s.status === 'waiting'), ...speakers.filter(awaitsSecondCall)];
}

/** Who would be called next, leaving out `excludeId`. */
export function nextCandidate(
  speakers: readonly Speaker[],
  excludeId?: string,
): Speaker | undefined {
  return callOrder(speakers).find((s) => s.id !== excludeId);
}

/** Marks a speaker passed over: absent, and counted. */
export function markPassedOver(speaker: Speaker): Speaker {
  return { ...speaker, status: 'absent', passedOver: (speaker.passedOver ?? 0) + 1 };
}

/** A speaker called but never started goes back to where they were: waiting, or absent. */
export function uncall(speaker: Speaker): Speaker {
  return { ...speaker, status: (speaker.passedOver ?? 0) > 0 ? 'absent' : 'waiting' };
}

/** The list with one speaker taken out and put back at `toIndex` (an index of the result). */
export function moveTo(
  speakers: readonly Speaker[],
  speakerId: string,
  toIndex: number,
): Speaker[] {
  const moving = speakers.find((s) => s.id === speakerId);
  if (!moving) return [...speakers];
  const rest = speakers.filter((s) => s.id !== speakerId);
  return [...rest.slice(0, toIndex), moving, ...rest.slice(toIndex)];
}

/** The list with one speaker changed by `change`. */
export function updateSpeakerIn(
  speakers: readonly Speaker[],
  speakerId: string,
  change: (speaker: Speaker) => Speaker,
): Speaker[] {
  return speakers.map((s) => (s.id === speakerId ? change(s) : s));
}

/** The limit that applies to a speaker: their own, else the meeting's default. */
export function effectiveLimitMs(speaker: Speaker, meeting: Meeting): DurationMs {
  return speaker.limitMs ?? meeting.defaultLimitMs;
}
