// A step of the hub's clock moves every instant of the room by the step, so that nothing read
// after it (the speech on the floor, a pause, the record, undo) measures a duration across it.
import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/domain/apply.ts';
import { afterClockStep } from '../../shared/domain/clock-step.ts';
import { elapsedMs } from '../../shared/domain/timer.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import { HOUR_MS } from '../../shared/time.ts';
import { after, deepFreeze, meetingOf, roomWithSpeakers, seconds, timeline } from './fixtures.ts';

/** A room mid-meeting: one speech held (with a pause), a second running, an announcement. */
function midMeeting(): RoomState {
  return timeline(roomWithSpeakers(4), [
    [after(0), { type: 'nextSpeaker', start: true }],
    [after(seconds(30)), { type: 'pauseSpeech' }],
    [after(seconds(40)), { type: 'resumeSpeech' }],
    [after(seconds(100)), { type: 'nextSpeaker', start: true }],
    [after(seconds(101)), { type: 'announce', text: 'Please keep to three minutes.' }],
  ]);
}

describe('afterClockStep', () => {
  it.each([
    ['back one hour', -HOUR_MS],
    ['forward two hours', 2 * HOUR_MS],
    ['forward 1.5 s', 1_500],
  ])('%s: every duration as it was, every instant moved', (_label, stepMs) => {
    const before = deepFreeze(midMeeting());
    const readAt = after(seconds(106));
    const moved = afterClockStep(before, stepMs);

    expect(moved.version).toBe(before.version + 1);
    const floorBefore = meetingOf(before).floor?.timer;
    const floorAfter = meetingOf(moved).floor?.timer;
    if (!floorBefore || !floorAfter) throw new Error('a speech should be on the floor');
    // Read on each side of the step at the same real moment: the same spoken time.
    expect(elapsedMs(floorAfter, readAt + stepMs)).toBe(elapsedMs(floorBefore, readAt));
    expect(elapsedMs(floorAfter, readAt + stepMs)).toBe(seconds(6));
    expect(meetingOf(moved).announcement?.at).toBe(
      (meetingOf(before).announcement?.at ?? 0) + stepMs,
    );

    const [held] = meetingOf(moved).record;
    const [heldBefore] = meetingOf(before).record;
    if (!held || !heldBefore) throw new Error('one speech should be in the record');
    expect(held.startedAt).toBe(heldBefore.startedAt + stepMs);
    expect(held.endedAt - held.startedAt).toBe(heldBefore.endedAt - heldBefore.startedAt);
    expect(held.spokenMs).toBe(heldBefore.spokenMs);
    expect(held.pauses).toEqual(
      heldBefore.pauses.map((p) => ({
        pausedAt: p.pausedAt + stepMs,
        resumedAt: p.resumedAt === null ? null : p.resumedAt + stepMs,
      })),
    );
    // The list and the meeting hold no instant: untouched, and the same objects.
    expect(meetingOf(moved).speakers).toBe(meetingOf(before).speakers);
    expect(meetingOf(moved).meeting).toBe(meetingOf(before).meeting);
    expect(moved.history).toHaveLength(before.history.length);
  });

  it('undo after a step brings back a state on the new clock', () => {
    const stepMs = -HOUR_MS;
    const moved = afterClockStep(midMeeting(), stepMs);
    // Undo the announcement, then the second nextSpeaker: the first speech back on the floor.
    const undone = [1, 2].reduce<RoomState>((state) => {
      const result = apply(state, { type: 'undo' }, after(seconds(110)) + stepMs);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    }, moved);
    const timer = meetingOf(undone).floor?.timer;
    if (!timer) throw new Error('the first speaker should be back on the floor');
    // It had spoken 90 s when the second speaker was called (30 + 60, the pause excluded).
    expect(timer.runningSince).not.toBeNull();
    expect(elapsedMs(timer, after(seconds(100)) + stepMs)).toBe(seconds(90));
  });

  it('a suspension keeps its resume time: a time people meant on the real clock', () => {
    const suspended = timeline(roomWithSpeakers(2), [
      [after(0), { type: 'suspendMeeting', resumesAt: after(HOUR_MS) }],
    ]);
    const moved = afterClockStep(suspended, -HOUR_MS);
    expect(meetingOf(moved).status).toBe(meetingOf(suspended).status);
  });
});
