// apply: the version check, the version bump, and undo.
import { describe, expect, it } from 'vitest';
import { apply, applyInput } from '../../shared/domain/apply.ts';
import type { Command } from '../../shared/domain/commands.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import { readTimer } from '../../shared/domain/timer.ts';
import { UNDO_DEPTH, type RoomState } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  makeRoom,
  meetingOf,
  minutes,
  run,
  seconds,
  speakerOf,
  T0,
  timeline,
} from './fixtures.ts';

const room = makeRoom();

describe('versions', () => {
  it('a new room is at version 0 with nothing to undo', () => {
    expect(room.version).toBe(0);
    expect(room.history).toEqual([]);
  });

  it('every accepted command bumps the version by exactly one', () => {
    const commands: Command[] = [
      { type: 'nextSpeaker', start: true },
      { type: 'pauseSpeech' },
      { type: 'resumeSpeech' },
      { type: 'announce', text: 'Welcome' },
      { type: 'undo' },
      { type: 'closeList' },
    ];
    let state = room;
    commands.forEach((command, i) => {
      state = accept(state, command, after(seconds(i)));
      expect(state.version).toBe(i + 1);
    });
  });

  it('a refused command leaves the version as it was', () => {
    const state = accept(room, { type: 'closeList' });
    expectRefused(state, { type: 'closeList' }, 'listAlreadyClosed');
    expect(accept(state, { type: 'reopenList' }).version).toBe(2);
  });
});

describe('expectedVersion', () => {
  const state = run(room, [{ type: 'addSpeaker', delegation: 'CHN' }, { type: 'closeList' }]);

  it.each([0, 1, 3, 100])(
    'a command made on version %i when the room is at 2 is a conflict',
    (v) => {
      const error = expectRefused(state, { type: 'reopenList', expectedVersion: v }, 'conflict');
      expect(error.message).toContain('version 2');
    },
  );

  it('a command made on the current version is taken', () => {
    expect(accept(state, { type: 'reopenList', expectedVersion: 2 }).version).toBe(3);
  });

  it('the version is checked before anything else', () => {
    const adjourned = accept(room, { type: 'adjournMeeting' });
    expectRefused(adjourned, { type: 'nextSpeaker', expectedVersion: 0 }, 'conflict');
    expectRefused(room, { type: 'undo', expectedVersion: 1 }, 'conflict');
    expectRefused(room, { type: 'undo', expectedVersion: 0 }, 'nothingToUndo');
  });
});

describe('undo', () => {
  it('takes back the last command: its state before, under a new version', () => {
    const before = run(room, [{ type: 'nextSpeaker', start: true }], T0);
    const ended = accept(before, { type: 'endSpeech' }, after(minutes(2)));
    const undone = accept(ended, { type: 'undo' }, after(minutes(3)));
    expect(undone.version).toBe(3);
    // Everything comes back but the id counter, which r7 used up for good.
    expect(meetingOf(undone)).toEqual({ ...meetingOf(before), nextId: 7 });
    expect(undone.history).toEqual(before.history);
    expect(meetingOf(undone).record).toEqual([]);
    // The clock runs on as if the speech had never been ended.
    expect(floorOf(undone).timer).toEqual({
      limitMs: minutes(3),
      adjustmentMs: 0,
      startedAt: T0,
      runningSince: T0,
      accumulatedMs: 0,
      pauses: [],
    });
    expect(readTimer(floorOf(undone).timer, after(minutes(3)), 0).elapsedMs).toBe(minutes(3));
  });

  it('brings back the record taken back by previousSpeaker', () => {
    const ended = run(room, [{ type: 'nextSpeaker', start: true }, { type: 'endSpeech' }]);
    const back = accept(ended, { type: 'previousSpeaker' });
    expect(meetingOf(back).record).toEqual([]);
    const undone = accept(back, { type: 'undo' });
    expect(meetingOf(undone).record).toEqual(meetingOf(ended).record);
    expect(meetingOf(undone).floor).toBeNull();
  });

  it('the public view after undo is the public view before the command, but for the version', () => {
    const before = accept(room, { type: 'nextSpeaker' });
    const undone = run(before, [{ type: 'skipSpeaker' }, { type: 'undo' }]);
    expect({ ...publicView(undone), version: 0 }).toEqual({ ...publicView(before), version: 0 });
  });

  it(`can be repeated up to ${UNDO_DEPTH} times, then there is nothing to undo`, () => {
    const states: RoomState[] = [room];
    for (let i = 0; i < UNDO_DEPTH + 3; i += 1) {
      states.push(accept(states[i] as RoomState, { type: 'announce', text: `Notice ${i}` }));
    }
    let state = states[states.length - 1] as RoomState;
    expect(state.history).toHaveLength(UNDO_DEPTH);
    for (let i = 1; i <= UNDO_DEPTH; i += 1) {
      state = accept(state, { type: 'undo' });
      const restored = states[states.length - 1 - i] as RoomState;
      expect(meetingOf(state).announcement).toEqual(meetingOf(restored).announcement);
      expect(state.history).toHaveLength(UNDO_DEPTH - i);
    }
    // The three oldest commands fell out of the history.
    expect(meetingOf(state).announcement).toEqual({ text: 'Notice 2', at: T0 });
    expect(expectRefused(state, { type: 'undo' }, 'nothingToUndo').message).toMatch(/nothing/i);
    expect(state.version).toBe(2 * UNDO_DEPTH + 3);
  });

  it('keeps, for each entry, the command, its time and the version it was made on', () => {
    const state = timeline(room, [
      [T0, { type: 'closeList' }],
      [after(seconds(5)), { type: 'reopenList' }],
    ]);
    expect(
      state.history.map(({ commandType, at, fromVersion }) => [commandType, at, fromVersion]),
    ).toEqual([
      ['closeList', T0, 0],
      ['reopenList', after(seconds(5)), 1],
    ]);
    expect(state.history[1]?.state).toEqual(meetingOf(accept(room, { type: 'closeList' })));
  });

  it('is not itself undone: there is no redo', () => {
    const state = run(room, [
      { type: 'closeList' },
      { type: 'announce', text: 'x' },
      { type: 'undo' },
      { type: 'undo' },
    ]);
    expect(meetingOf(state).listOpen).toBe(true);
    expect(meetingOf(state).announcement).toBeNull();
    expectRefused(state, { type: 'undo' }, 'nothingToUndo');
  });

  it('never hands out an id again: the counter is not taken back', () => {
    const state = run(room, [
      { type: 'addSpeaker', delegation: 'CHN' },
      { type: 'undo' },
      { type: 'addSpeaker', delegation: 'IND' },
    ]);
    expect(speakerOf(state, 's7').delegation).toBe('IND');
    expect(meetingOf(state).speakers.some((s) => s.id === 's6')).toBe(false);

    const speech = run(room, [
      { type: 'nextSpeaker', start: true },
      { type: 'endSpeech' },
      { type: 'undo' },
      { type: 'endSpeech' },
    ]);
    expect(meetingOf(speech).record.map((r) => r.id)).toEqual(['r7']);
  });

  it('reopens an adjourned meeting taken by a slip of the hand', () => {
    const speaking = accept(room, { type: 'nextSpeaker', start: true });
    const undone = run(speaking, [{ type: 'adjournMeeting' }, { type: 'undo' }]);
    expect(meetingOf(undone).status).toEqual({ kind: 'inSession' });
    expect(meetingOf(undone).floor).toEqual(meetingOf(speaking).floor);
  });
});

describe('apply with untrusted input', () => {
  it('applyInput validates, then applies', () => {
    const result = applyInput(room, { type: 'addSpeaker', delegation: '  chn  ' }, T0);
    expect(result.ok && speakerOf(result.value, 's6').delegation).toBe('CHN');
  });

  it('applyInput refuses what does not parse, with the parse error', () => {
    expect(applyInput(room, { type: 'addSpeaker' }, T0)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalidCommand', path: 'delegation' }),
    });
    expect(applyInput(room, 'undo', T0)).toMatchObject({
      ok: false,
      error: { code: 'invalidCommand' },
    });
  });

  it('changes the current meeting, the version and the history, nothing else of the room', () => {
    const state = accept(room, { type: 'closeList' });
    expect(state.current).not.toBe(room.current);
    expect(state.room).toBe(room.room);
    expect(state.upcoming).toBe(room.upcoming);
    expect({ ...state, current: room.current, version: 0, history: [] }).toEqual(room);
  });

  it('does not care which instant the room was built at: time is only ever an argument', () => {
    const a = apply(room, { type: 'nextSpeaker', start: true }, T0);
    const b = apply(room, { type: 'nextSpeaker', start: true }, T0);
    expect(a).toEqual(b);
  });
});
