// The floor: giving it, timing the speech, ending it into the record. Every command goes
// through `apply`, as it does in the hub; refusals are checked to leave the state untouched.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/domain/commands.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import { MAX_ALLOWED_MS } from '../../shared/domain/floor-commands.ts';
import { readTimer } from '../../shared/domain/timer.ts';
import type { RoomState, SpeechRecord } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  hasListShape,
  listOf,
  makeRoom,
  meetingOf,
  minutes,
  refuse,
  run,
  seconds,
  speakerOf,
  T0,
  timeline,
} from './fixtures.ts';

const room = makeRoom();
/** s1 called, clock ready. */
const called = accept(room, { type: 'nextSpeaker' });
/** s1 speaking since T0. */
const speaking = accept(room, { type: 'nextSpeaker', start: true });
/** s1 spoke from T0 for 20 s, paused at +20 s. */
const paused = accept(speaking, { type: 'pauseSpeech' }, after(seconds(20)));
/** s1 spoke T0..+90 s and ended; nobody on the floor. */
const spokenOnce = accept(speaking, { type: 'endSpeech' }, after(seconds(90)));
const suspended = accept(called, { type: 'suspendMeeting' });

/** Every speaker spoken, the last one ending at +25 minutes. */
function allSpoken(): RoomState {
  let state = room;
  for (let i = 0; i < 5; i += 1) {
    state = accept(state, { type: 'nextSpeaker', start: true }, after(minutes(5 * i)));
  }
  return accept(state, { type: 'endSpeech' }, after(minutes(25)));
}

describe('refusals', () => {
  it.each<[string, RoomState, Command, DomainErrorCode]>([
    ['startSpeech, nobody on the floor', room, { type: 'startSpeech' }, 'nobodyOnFloor'],
    ['startSpeech, already running', speaking, { type: 'startSpeech' }, 'speechAlreadyStarted'],
    ['startSpeech, paused', paused, { type: 'startSpeech' }, 'speechAlreadyStarted'],
    ['startSpeech, suspended', suspended, { type: 'startSpeech' }, 'meetingSuspended'],
    ['pauseSpeech, nobody on the floor', room, { type: 'pauseSpeech' }, 'nobodyOnFloor'],
    ['pauseSpeech, not started', called, { type: 'pauseSpeech' }, 'speechNotRunning'],
    ['pauseSpeech, already paused', paused, { type: 'pauseSpeech' }, 'speechNotRunning'],
    ['resumeSpeech, nobody on the floor', room, { type: 'resumeSpeech' }, 'nobodyOnFloor'],
    ['resumeSpeech, not started', called, { type: 'resumeSpeech' }, 'speechNotStarted'],
    ['resumeSpeech, running', speaking, { type: 'resumeSpeech' }, 'speechNotPaused'],
    ['endSpeech, nobody on the floor', room, { type: 'endSpeech' }, 'nobodyOnFloor'],
    ['endSpeech, not started', called, { type: 'endSpeech' }, 'speechNotStarted'],
    [
      'nextSpeaker, empty list',
      makeRoom({ speakers: [] }),
      { type: 'nextSpeaker' },
      'noWaitingSpeaker',
    ],
    ['nextSpeaker, all spoken', allSpoken(), { type: 'nextSpeaker' }, 'noWaitingSpeaker'],
    [
      'nextSpeaker start, suspended',
      suspended,
      { type: 'nextSpeaker', start: true },
      'meetingSuspended',
    ],
    ['previousSpeaker, no speech yet', room, { type: 'previousSpeaker' }, 'noPreviousSpeech'],
    ['previousSpeaker, called only', called, { type: 'previousSpeaker' }, 'noPreviousSpeech'],
    ['previousSpeaker, running', speaking, { type: 'previousSpeaker' }, 'speechInProgress'],
    ['previousSpeaker, paused', paused, { type: 'previousSpeaker' }, 'speechInProgress'],
    ['skipSpeaker, unknown id', room, { type: 'skipSpeaker', speakerId: 's99' }, 'unknownSpeaker'],
    [
      'skipSpeaker, spoken',
      spokenOnce,
      { type: 'skipSpeaker', speakerId: 's1' },
      'speakerNotWaiting',
    ],
    ['skipSpeaker, speech running', speaking, { type: 'skipSpeaker' }, 'speechInProgress'],
    [
      'skipSpeaker by id, speech paused',
      paused,
      { type: 'skipSpeaker', speakerId: 's1' },
      'speechInProgress',
    ],
    ['skipSpeaker, nobody left', allSpoken(), { type: 'skipSpeaker' }, 'noWaitingSpeaker'],
    [
      'adjustTime, nobody on the floor',
      room,
      { type: 'adjustTime', deltaMs: seconds(30) },
      'nobodyOnFloor',
    ],
    [
      'adjustTime, below no time',
      speaking,
      { type: 'adjustTime', deltaMs: -minutes(3) - 1 },
      'limitOutOfRange',
    ],
    [
      'setTimeLimit, nobody on the floor',
      room,
      { type: 'setTimeLimit', limitMs: minutes(2) },
      'nobodyOnFloor',
    ],
    [
      'setTimeLimit, unknown id',
      room,
      { type: 'setTimeLimit', speakerId: 'x', limitMs: minutes(2) },
      'unknownSpeaker',
    ],
    [
      'setTimeLimit, spoken',
      spokenOnce,
      { type: 'setTimeLimit', speakerId: 's1', limitMs: minutes(2) },
      'speakerNotWaiting',
    ],
  ])('%s is refused', (_name, state, command, code) => {
    expectRefused(state, command, code);
  });
});

describe('nextSpeaker', () => {
  it('gives the floor to the first waiting speaker with a ready clock', () => {
    expect(meetingOf(called).floor).toEqual({
      speakerId: 's1',
      timer: {
        limitMs: minutes(3),
        adjustmentMs: 0,
        startedAt: null,
        runningSince: null,
        accumulatedMs: 0,
        pauses: [],
      },
    });
    expect(listOf(called)).toEqual([
      's1:speaking',
      's2:waiting',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
    // Calling a speaker does not open the meeting; starting the clock does.
    expect(meetingOf(called).status).toEqual({ kind: 'notStarted' });
    expect(meetingOf(called).record).toEqual([]);
  });

  it('with start, starts the clock at once and opens the meeting', () => {
    expect(floorOf(speaking).timer).toMatchObject({ startedAt: T0, runningSince: T0 });
    expect(meetingOf(speaking).status).toEqual({ kind: 'inSession' });
  });

  it("uses the speaker's own limit over the meeting's default", () => {
    const state = accept(makeRoom({ speakers: [{ delegation: 'BRA', limitMs: minutes(4) }] }), {
      type: 'nextSpeaker',
    });
    expect(floorOf(state).timer.limitMs).toBe(minutes(4));
  });

  it('ends the speech under way into the record and calls the next', () => {
    const state = accept(speaking, { type: 'nextSpeaker' }, after(seconds(200)));
    expect(meetingOf(state).record).toEqual<SpeechRecord[]>([
      {
        id: 'r6',
        speakerId: 's1',
        segmentId: 'seg-1',
        delegation: 'FRA',
        category: 'memberState',
        startedAt: T0,
        endedAt: after(seconds(200)),
        spokenMs: seconds(200),
        limitMs: minutes(3),
        adjustmentMs: 0,
        overrunMs: seconds(20),
        pauses: [],
      },
    ]);
    expect(listOf(state)).toEqual([
      's1:spoken',
      's2:speaking',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
    expect(floorOf(state)).toMatchObject({ speakerId: 's2', timer: { startedAt: null } });
    expect(meetingOf(state).nextId).toBe(7);
  });

  it('passes over a speaker called but never started: absent, at the end', () => {
    const state = accept(called, { type: 'nextSpeaker' }, after(minutes(1)));
    expect(listOf(state)).toEqual([
      's2:speaking',
      's3:waiting',
      's4:waiting',
      's5:waiting',
      's1:absent',
    ]);
    expect(meetingOf(state).record).toEqual([]);
    expect(floorOf(state).speakerId).toBe('s2');
  });

  it('gives the absent a second call once nobody is waiting', () => {
    // s1 and s2 are passed over, s3..s5 speak, then s1 is called again, then s2.
    let state = run(room, [
      { type: 'skipSpeaker', speakerId: 's1' },
      { type: 'skipSpeaker', speakerId: 's2' },
    ]);
    expect(listOf(state)).toEqual([
      's3:waiting',
      's4:waiting',
      's5:waiting',
      's1:absent',
      's2:absent',
    ]);
    for (let i = 0; i < 3; i += 1) {
      state = accept(state, { type: 'nextSpeaker', start: true }, after(minutes(i)));
    }
    state = accept(state, { type: 'nextSpeaker' }, after(minutes(3)));
    expect(listOf(state)).toEqual([
      's3:spoken',
      's4:spoken',
      's5:spoken',
      's1:speaking',
      's2:absent',
    ]);
    // Passed over again: s2 is called, s1 goes back to the end.
    state = accept(state, { type: 'nextSpeaker' }, after(minutes(4)));
    expect(listOf(state)).toEqual([
      's3:spoken',
      's4:spoken',
      's5:spoken',
      's2:speaking',
      's1:absent',
    ]);

    // Passed over on the second call too: nobody calls them a third time.
    state = accept(state, { type: 'nextSpeaker' }, after(minutes(5)));
    expect(listOf(state)).toEqual([
      's3:spoken',
      's4:spoken',
      's5:spoken',
      's1:absent',
      's2:absent',
    ]);
    expect(meetingOf(state).floor).toBeNull();
    expect(refuse(state, { type: 'nextSpeaker' }, after(minutes(6))).code).toBe('noWaitingSpeaker');
  });

  it('puts a speaker on a second call who is sent back (previous, adjourn) back as absent', () => {
    let state = run(room, [{ type: 'skipSpeaker', speakerId: 's1' }]);
    for (let i = 0; i < 4; i += 1) {
      state = accept(state, { type: 'nextSpeaker', start: true }, after(minutes(i)));
    }
    state = accept(state, { type: 'nextSpeaker' }, after(minutes(4)));
    expect(meetingOf(state).floor?.speakerId).toBe('s1');
    const back = accept(state, { type: 'previousSpeaker' }, after(minutes(5)));
    expect(listOf(back).slice(-1)).toEqual(['s1:absent']);
    const adjourned = accept(state, { type: 'adjournMeeting' }, after(minutes(5)));
    expect(listOf(adjourned).slice(-1)).toEqual(['s1:absent']);
  });

  it('with nobody left to call, ends the speech and leaves the floor free', () => {
    const single = makeRoom({ speakers: [{ delegation: 'FRA' }] });
    const state = run(single, [{ type: 'nextSpeaker', start: true }]);
    const ended = accept(state, { type: 'nextSpeaker' }, after(seconds(30)));
    expect(meetingOf(ended).floor).toBeNull();
    expect(listOf(ended)).toEqual(['s1:spoken']);
    expect(meetingOf(ended).record).toHaveLength(1);
  });

  it('a lone speaker called but not started is passed over, not called again at once', () => {
    const single = makeRoom({ speakers: [{ delegation: 'FRA' }] });
    const state = run(single, [{ type: 'nextSpeaker' }, { type: 'nextSpeaker' }]);
    expect(meetingOf(state).floor).toBeNull();
    expect(listOf(state)).toEqual(['s1:absent']);
  });

  it('while suspended, without start, closes the speech and calls the next with a ready clock', () => {
    const state = timeline(speaking, [
      [after(seconds(60)), { type: 'suspendMeeting' }],
      [after(minutes(30)), { type: 'nextSpeaker' }],
    ]);
    expect(meetingOf(state).record[0]).toMatchObject({
      speakerId: 's1',
      spokenMs: seconds(60),
      endedAt: after(minutes(30)),
      pauses: [{ pausedAt: after(seconds(60)), resumedAt: after(minutes(30)) }],
    });
    expect(floorOf(state)).toMatchObject({ speakerId: 's2', timer: { startedAt: null } });
    expect(meetingOf(state).status.kind).toBe('suspended');
  });
});

describe('startSpeech', () => {
  it('starts the clock of the speaker called, and opens the meeting', () => {
    const state = accept(called, { type: 'startSpeech' }, after(seconds(5)));
    expect(floorOf(state).timer).toEqual({
      limitMs: minutes(3),
      adjustmentMs: 0,
      startedAt: after(seconds(5)),
      runningSince: after(seconds(5)),
      accumulatedMs: 0,
      pauses: [],
    });
    expect(meetingOf(state).status).toEqual({ kind: 'inSession' });
    expect(meetingOf(state).speakers).toBe(meetingOf(called).speakers);
  });
});

describe('pauseSpeech and resumeSpeech', () => {
  it('pause stops the clock, keeping the time spoken', () => {
    expect(floorOf(paused).timer).toEqual({
      limitMs: minutes(3),
      adjustmentMs: 0,
      startedAt: T0,
      runningSince: null,
      accumulatedMs: seconds(20),
      pauses: [{ pausedAt: after(seconds(20)), resumedAt: null }],
    });
  });

  it('resume runs the clock again and closes the pause', () => {
    const state = accept(paused, { type: 'resumeSpeech' }, after(seconds(50)));
    expect(floorOf(state).timer).toEqual({
      limitMs: minutes(3),
      adjustmentMs: 0,
      startedAt: T0,
      runningSince: after(seconds(50)),
      accumulatedMs: seconds(20),
      pauses: [{ pausedAt: after(seconds(20)), resumedAt: after(seconds(50)) }],
    });
    // 20 s before the pause and 40 s after it: 60 s spoken, 2 minutes left.
    expect(readTimer(floorOf(state).timer, after(seconds(90)), seconds(30)).remainingMs).toBe(
      minutes(2),
    );
  });

  it('resume refuses to run the clock while the meeting is suspended', () => {
    const state = accept(speaking, { type: 'suspendMeeting' }, after(seconds(20)));
    expectRefused(state, { type: 'resumeSpeech' }, 'meetingSuspended', after(seconds(40)));
  });
});

describe('endSpeech and the record', () => {
  it('writes the speech into the record and frees the floor', () => {
    expect(meetingOf(spokenOnce).floor).toBeNull();
    expect(listOf(spokenOnce)[0]).toBe('s1:spoken');
    expect(meetingOf(spokenOnce).record).toEqual<SpeechRecord[]>([
      {
        id: 'r6',
        speakerId: 's1',
        segmentId: 'seg-1',
        delegation: 'FRA',
        category: 'memberState',
        startedAt: T0,
        endedAt: after(seconds(90)),
        spokenMs: seconds(90),
        limitMs: minutes(3),
        adjustmentMs: 0,
        overrunMs: 0,
        pauses: [],
      },
    ]);
  });

  it('counts only the time spoken, lists the pauses, and measures the overrun', () => {
    // Speaks 10:00:00-10:02:00, paused a minute, speaks 10:03:00-10:04:30: 3:30 spoken of 3:10.
    const state = timeline(speaking, [
      [after(seconds(120)), { type: 'pauseSpeech' }],
      [after(seconds(180)), { type: 'resumeSpeech' }],
      [after(seconds(200)), { type: 'adjustTime', deltaMs: seconds(10) }],
      [after(seconds(270)), { type: 'endSpeech' }],
    ]);
    expect(meetingOf(state).record[0]).toEqual({
      id: 'r6',
      speakerId: 's1',
      segmentId: 'seg-1',
      delegation: 'FRA',
      category: 'memberState',
      startedAt: T0,
      endedAt: after(seconds(270)),
      spokenMs: seconds(210),
      limitMs: minutes(3),
      adjustmentMs: seconds(10),
      overrunMs: seconds(20),
      pauses: [{ pausedAt: after(seconds(120)), resumedAt: after(seconds(180)) }],
    });
  });

  it('ending while paused closes the pause at the end', () => {
    const state = accept(paused, { type: 'endSpeech' }, after(seconds(50)));
    expect(meetingOf(state).record[0]).toMatchObject({
      spokenMs: seconds(20),
      endedAt: after(seconds(50)),
      pauses: [{ pausedAt: after(seconds(20)), resumedAt: after(seconds(50)) }],
    });
  });

  it("copies the speaker's name and group into the record", () => {
    const state = run(
      makeRoom({
        speakers: [
          {
            delegation: 'NLD',
            speakerName: 'Karel van Oosterom',
            title: 'Permanent Representative',
            onBehalfOf: 'the Group of Friends of R2P',
          },
        ],
      }),
      [{ type: 'nextSpeaker', start: true }, { type: 'endSpeech' }],
    );
    expect(meetingOf(state).record[0]).toMatchObject({
      delegation: 'NLD',
      speakerName: 'Karel van Oosterom',
      onBehalfOf: 'the Group of Friends of R2P',
      category: 'memberState',
      spokenMs: 0,
    });
    // The title is for the wall, not the record.
    expect(meetingOf(state).record[0]).not.toHaveProperty('title');
  });

  it('gives record ids from the same counter as speaker ids, never twice', () => {
    const state = timeline(room, [
      [T0, { type: 'nextSpeaker', start: true }],
      [after(minutes(1)), { type: 'addSpeaker', delegation: 'CHN' }],
      [after(minutes(2)), { type: 'nextSpeaker', start: true }],
      [after(minutes(3)), { type: 'endSpeech' }],
    ]);
    expect(meetingOf(state).record.map((r) => r.id)).toEqual(['r7', 'r8']);
    expect(speakerOf(state, 's6').delegation).toBe('CHN');
  });
});

describe('previousSpeaker', () => {
  it('brings the last speech back to the floor, paused where it ended', () => {
    const state = accept(spokenOnce, { type: 'previousSpeaker' }, after(minutes(2)));
    expect(meetingOf(state).record).toEqual([]);
    expect(listOf(state)[0]).toBe('s1:speaking');
    expect(meetingOf(state).floor).toEqual({
      speakerId: 's1',
      timer: {
        limitMs: minutes(3),
        adjustmentMs: 0,
        startedAt: T0,
        runningSince: null,
        accumulatedMs: seconds(90),
        pauses: [{ pausedAt: after(seconds(90)), resumedAt: null }],
      },
    });
  });

  it('the speech then continues and is recorded whole when it ends', () => {
    const state = timeline(spokenOnce, [
      [after(minutes(2)), { type: 'previousSpeaker' }],
      [after(minutes(3)), { type: 'resumeSpeech' }],
      [after(minutes(4)), { type: 'endSpeech' }],
    ]);
    expect(meetingOf(state).record).toEqual([
      expect.objectContaining({
        id: 'r7',
        speakerId: 's1',
        startedAt: T0,
        endedAt: after(minutes(4)),
        spokenMs: seconds(150),
        pauses: [{ pausedAt: after(seconds(90)), resumedAt: after(minutes(3)) }],
      }),
    ]);
  });

  it('sends a speaker called but not started back among the waiting, in place', () => {
    const state = run(spokenOnce, [{ type: 'nextSpeaker' }, { type: 'previousSpeaker' }]);
    expect(listOf(state)).toEqual([
      's1:speaking',
      's2:waiting',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
    expect(floorOf(state).speakerId).toBe('s1');
  });
});

describe('skipSpeaker', () => {
  it('without an id, passes over the speaker called and calls the next', () => {
    const state = accept(called, { type: 'skipSpeaker' });
    expect(listOf(state)).toEqual([
      's2:speaking',
      's3:waiting',
      's4:waiting',
      's5:waiting',
      's1:absent',
    ]);
    expect(floorOf(state)).toMatchObject({ speakerId: 's2', timer: { startedAt: null } });
  });

  it('without an id and nobody on the floor, passes over the next to be called', () => {
    const state = accept(room, { type: 'skipSpeaker' });
    expect(listOf(state)).toEqual([
      's2:waiting',
      's3:waiting',
      's4:waiting',
      's5:waiting',
      's1:absent',
    ]);
    expect(meetingOf(state).floor).toBeNull();
  });

  it('with an id, moves a waiting speaker to the end as absent, the floor untouched', () => {
    const state = accept(speaking, { type: 'skipSpeaker', speakerId: 's3' });
    expect(listOf(state)).toEqual([
      's1:speaking',
      's2:waiting',
      's4:waiting',
      's5:waiting',
      's3:absent',
    ]);
    expect(meetingOf(state).floor).toBe(meetingOf(speaking).floor);
  });

  it('skipping an absent speaker again moves them to the very end', () => {
    const state = run(room, [
      { type: 'skipSpeaker', speakerId: 's1' },
      { type: 'skipSpeaker', speakerId: 's2' },
      { type: 'skipSpeaker', speakerId: 's1' },
    ]);
    expect(listOf(state).slice(-2)).toEqual(['s2:absent', 's1:absent']);
  });

  it('skipping the only speaker called leaves the floor free', () => {
    const single = makeRoom({ speakers: [{ delegation: 'FRA' }] });
    const state = run(single, [{ type: 'nextSpeaker' }, { type: 'skipSpeaker' }]);
    expect(meetingOf(state).floor).toBeNull();
    expect(listOf(state)).toEqual(['s1:absent']);
  });
});

describe('adjustTime', () => {
  it.each([
    { deltas: [seconds(30)], adjustment: seconds(30), remaining: seconds(150) },
    { deltas: [-seconds(30)], adjustment: -seconds(30), remaining: seconds(90) },
    {
      deltas: [seconds(30), seconds(30), -seconds(15)],
      adjustment: seconds(45),
      remaining: seconds(165),
    },
    // Down to no time at all is allowed: the speaker is over time at once.
    { deltas: [-minutes(3)], adjustment: -minutes(3), remaining: -minutes(1) },
  ])('$deltas give adjustment $adjustment', ({ deltas, adjustment, remaining }) => {
    const state = run(
      speaking,
      deltas.map((deltaMs) => ({ type: 'adjustTime', deltaMs })),
      after(minutes(1)),
    );
    const timer = floorOf(state).timer;
    expect(timer.adjustmentMs).toBe(adjustment);
    expect(timer.limitMs).toBe(minutes(3));
    expect(readTimer(timer, after(minutes(1)), seconds(30)).remainingMs).toBe(remaining);
  });

  it('works on a clock not yet started, and on a paused one', () => {
    expect(
      floorOf(accept(called, { type: 'adjustTime', deltaMs: seconds(30) })).timer.adjustmentMs,
    ).toBe(seconds(30));
    expect(
      floorOf(accept(paused, { type: 'adjustTime', deltaMs: -seconds(30) })).timer,
    ).toMatchObject({
      adjustmentMs: -seconds(30),
      runningSince: null,
    });
  });

  it('a refused adjustment does not count toward the next one', () => {
    const state = accept(speaking, { type: 'adjustTime', deltaMs: -minutes(2) });
    expectRefused(state, { type: 'adjustTime', deltaMs: -minutes(2) }, 'limitOutOfRange');
    expect(
      floorOf(accept(state, { type: 'adjustTime', deltaMs: -minutes(1) })).timer.adjustmentMs,
    ).toBe(-minutes(3));
  });
});

describe('the most time a speech may be given (MAX_ALLOWED_MS, 4 hours)', () => {
  // The limit is 3 minutes: three hours of adjustments and 57 minutes more reach 4 hours.
  const long = run(speaking, [
    { type: 'adjustTime', deltaMs: minutes(60) },
    { type: 'adjustTime', deltaMs: minutes(60) },
    { type: 'adjustTime', deltaMs: minutes(60) },
    { type: 'adjustTime', deltaMs: minutes(57) },
  ]);

  it('adjustments may bring the total to 4 hours exactly', () => {
    const { timer } = floorOf(long);
    expect(timer.limitMs + timer.adjustmentMs).toBe(MAX_ALLOWED_MS);
  });

  it('not a millisecond more, and the refusal changes nothing', () => {
    const error = expectRefused(long, { type: 'adjustTime', deltaMs: 1000 }, 'limitOutOfRange');
    expect(error.path).toBe('deltaMs');
    expect(error.message).toMatch(/^deltaMs: .*at most 4 hours/);
  });

  it('a longer limit for the speaker on the floor may not pass it either', () => {
    const error = expectRefused(
      long,
      { type: 'setTimeLimit', limitMs: minutes(4) },
      'limitOutOfRange',
    );
    expect(error.path).toBe('limitMs');
    expect(floorOf(accept(long, { type: 'setTimeLimit', limitMs: minutes(2) })).timer.limitMs).toBe(
      minutes(2),
    );
  });
});

describe('setTimeLimit', () => {
  it('without an id, sets the limit of the speaker on the floor and their clock', () => {
    const state = accept(
      speaking,
      { type: 'setTimeLimit', limitMs: minutes(5) },
      after(minutes(1)),
    );
    expect(speakerOf(state, 's1').limitMs).toBe(minutes(5));
    expect(floorOf(state).timer).toMatchObject({ limitMs: minutes(5), startedAt: T0 });
    expect(readTimer(floorOf(state).timer, after(minutes(1)), 0).remainingMs).toBe(minutes(4));
  });

  it("with an id, sets a waiting speaker's limit for when they are called", () => {
    const state = accept(speaking, { type: 'setTimeLimit', speakerId: 's3', limitMs: minutes(2) });
    expect(speakerOf(state, 's3').limitMs).toBe(minutes(2));
    expect(meetingOf(state).floor).toBe(meetingOf(speaking).floor);
    const later = run(state, [
      { type: 'skipSpeaker', speakerId: 's2' },
      { type: 'nextSpeaker', start: true },
    ]);
    expect(floorOf(later)).toMatchObject({ speakerId: 's3', timer: { limitMs: minutes(2) } });
  });

  it('works for an absent speaker', () => {
    const state = run(room, [
      { type: 'skipSpeaker', speakerId: 's1' },
      { type: 'setTimeLimit', speakerId: 's1', limitMs: seconds(10) },
    ]);
    expect(speakerOf(state, 's1').limitMs).toBe(seconds(10));
  });
});

describe('list shape', () => {
  it('holds through a sitting of calls, skips, speeches and second calls', () => {
    const steps: Command[] = [
      { type: 'nextSpeaker', start: true },
      { type: 'skipSpeaker', speakerId: 's3' },
      { type: 'nextSpeaker' },
      { type: 'skipSpeaker' },
      { type: 'startSpeech' },
      { type: 'endSpeech' },
      { type: 'nextSpeaker', start: true },
      { type: 'nextSpeaker', start: true },
      { type: 'nextSpeaker', start: true },
      { type: 'endSpeech' },
    ];
    let state = room;
    steps.forEach((command, i) => {
      state = accept(state, command, after(minutes(i)));
      expect(hasListShape(meetingOf(state).speakers)).toBe(true);
    });
    expect(listOf(state)).toEqual([
      's1:spoken',
      's4:spoken',
      's5:spoken',
      's3:spoken',
      's2:spoken',
    ]);
    expect(meetingOf(state).record.map((r) => r.speakerId)).toEqual(['s1', 's4', 's5', 's3', 's2']);
  });
});
