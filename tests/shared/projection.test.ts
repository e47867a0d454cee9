// When will each speaker speak? The list laid over two sittings on 2017-09-06 in New York,
// 10:00-13:00 and 15:00-18:00, with 3-minute speeches and a 15-second changeover by default.
import { describe, expect, it } from 'vitest';
import { callOrder } from '../../shared/domain/list-order.ts';
import {
  DEFAULT_CHANGEOVER_MS,
  MIN_SPEECHES_FOR_PACE,
  observedChangeover,
  observedPace,
  PACE_BOUNDS,
  paceOf,
  project,
  projectWith,
  sittingSpans,
  type ProjectedSpeaker,
} from '../../shared/domain/projection.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import type { EpochMs } from '../../shared/time.ts';
import {
  accept,
  after,
  makeRoom,
  meetingOf,
  minutes,
  nyTime,
  roomWithSpeakers,
  run,
  seconds,
  SEED_MEETING,
  T0,
  timeline,
} from './fixtures.ts';

const room = makeRoom();

/** [speakerId, 'HH:MM:SS' in New York or null, sitting index or null] for each speaker. */
function plan(
  speakers: readonly ProjectedSpeaker[],
): Array<[string, string | null, number | null]> {
  return speakers.map((p) => [
    p.speakerId,
    p.estimatedStartAt === null ? null : nyClock(p.estimatedStartAt),
    p.sittingIndex,
  ]);
}

/** 'HH:MM:SS' in New York on 2017-09-06 (EDT, UTC-4). */
function nyClock(at: EpochMs): string {
  return new Date(at - 4 * 3_600_000).toISOString().slice(11, 19);
}

/** A record entry: only the fields the pace and changeover read matter. */
function speech(
  startedAt: EpochMs,
  spokenMs: number,
  limitMs = minutes(3),
  adjustmentMs = 0,
): SpeechRecord {
  return {
    id: `r${startedAt}`,
    speakerId: 's',
    segmentId: 'seg-1',
    delegation: 'FRA',
    category: 'memberState',
    startedAt,
    endedAt: startedAt + spokenMs,
    spokenMs,
    limitMs,
    adjustmentMs,
    overrunMs: Math.max(0, spokenMs - limitMs - adjustmentMs),
    pauses: [],
  };
}

describe('sittingSpans', () => {
  it('turns the sittings into instants in the meeting time zone', () => {
    expect(sittingSpans(meetingOf(room).meeting)).toEqual([
      { startAt: Date.UTC(2017, 8, 6, 14), endAt: Date.UTC(2017, 8, 6, 17) },
      { startAt: Date.UTC(2017, 8, 6, 19), endAt: Date.UTC(2017, 8, 6, 22) },
    ]);
  });
});

describe('project', () => {
  it('lays the list out from now, a limit and a changeover apart', () => {
    const projection = project(meetingOf(room), T0);
    expect(plan(projection.speakers)).toEqual([
      ['s1', '10:00:00', 0],
      ['s2', '10:03:15', 0],
      ['s3', '10:06:30', 0],
      ['s4', '10:09:45', 0],
      ['s5', '10:13:00', 0],
    ]);
    expect(projection).toMatchObject({
      projectedEndAt: nyTime('10:16:00'),
      unreachedCount: 0,
      paceFactor: 1,
      changeoverMs: DEFAULT_CHANGEOVER_MS,
    });
  });

  it("uses each speaker's own limit", () => {
    const state = accept(room, { type: 'setTimeLimit', speakerId: 's2', limitMs: minutes(10) });
    expect(plan(project(meetingOf(state), T0).speakers).slice(0, 3)).toEqual([
      ['s1', '10:00:00', 0],
      ['s2', '10:03:15', 0],
      ['s3', '10:13:30', 0],
    ]);
  });

  it('a speech that would not end by 13:00 moves to 15:00', () => {
    const projection = project(meetingOf(room), nyTime('12:55'));
    expect(plan(projection.speakers)).toEqual([
      ['s1', '12:55:00', 0],
      ['s2', '15:00:00', 1],
      ['s3', '15:03:15', 1],
      ['s4', '15:06:30', 1],
      ['s5', '15:09:45', 1],
    ]);
    expect(projection.projectedEndAt).toBe(nyTime('15:12:45'));
  });

  it('a speech that ends exactly at 13:00 stays in the morning', () => {
    const projection = project(meetingOf(room), nyTime('12:57'));
    expect(plan(projection.speakers).slice(0, 2)).toEqual([
      ['s1', '12:57:00', 0],
      ['s2', '15:00:00', 1],
    ]);
    expect(plan(project(meetingOf(room), nyTime('12:53:45')).speakers).slice(0, 2)).toEqual([
      ['s1', '12:53:45', 0],
      ['s2', '12:57:00', 0],
    ]);
  });

  it('keeps the order: a short speech does not jump into the gap a long one left', () => {
    const state = makeRoom({
      speakers: [
        { delegation: 'FRA' },
        { delegation: 'DEU' },
        { delegation: 'GBR', limitMs: seconds(30) },
      ],
    });
    // s3's 30 seconds would fit at 12:58:15, but s2 is called first and moves to 15:00.
    expect(plan(project(meetingOf(state), nyTime('12:55')).speakers)).toEqual([
      ['s1', '12:55:00', 0],
      ['s2', '15:00:00', 1],
      ['s3', '15:03:15', 1],
    ]);
  });

  it.each([
    { now: '08:00', first: '10:00:00', sitting: 0 },
    { now: '13:30', first: '15:00:00', sitting: 1 },
    { now: '16:00', first: '16:00:00', sitting: 1 },
  ])('at $now the first speaker is due at $first', ({ now, first, sitting }) => {
    expect(plan(project(meetingOf(room), nyTime(now)).speakers)[0]).toEqual(['s1', first, sitting]);
  });

  it('after the last sitting nobody is reached', () => {
    const projection = project(meetingOf(room), nyTime('18:30'));
    expect(projection.unreachedCount).toBe(5);
    expect(projection.projectedEndAt).toBeNull();
    expect(
      projection.speakers.every((p) => p.estimatedStartAt === null && p.sittingIndex === null),
    ).toBe(true);
  });

  it('counts the speakers a long list would not reach by 18:00', () => {
    // 3:15 a speaker: 55 fit in each three-hour sitting, so 110 of 120 are reached.
    const projection = project(meetingOf(roomWithSpeakers(120)), T0);
    const reached = projection.speakers.filter((p) => p.estimatedStartAt !== null);
    expect(reached).toHaveLength(110);
    expect(projection.unreachedCount).toBe(10);
    expect(plan(projection.speakers.slice(54, 56))).toEqual([
      ['s55', '12:55:30', 0],
      ['s56', '15:00:00', 1],
    ]);
    expect(plan(projection.speakers.slice(109, 111))).toEqual([
      ['s110', '17:55:30', 1],
      ['s111', null, null],
    ]);
    expect(projection.projectedEndAt).toBe(nyTime('17:58:30'));
    expect(projection.speakers.slice(110).every((p) => p.estimatedStartAt === null)).toBe(true);
  });

  it('an empty list projects nothing', () => {
    expect(project(meetingOf(makeRoom({ speakers: [] })), T0)).toEqual({
      speakers: [],
      projectedEndAt: null,
      unreachedCount: 0,
      paceFactor: 1,
      changeoverMs: DEFAULT_CHANGEOVER_MS,
    });
  });

  it('puts the absent after the waiting', () => {
    const state = accept(room, { type: 'skipSpeaker', speakerId: 's1' });
    expect(project(meetingOf(state), T0).speakers.map((p) => p.speakerId)).toEqual([
      's2',
      's3',
      's4',
      's5',
      's1',
    ]);
  });

  describe('the speech on the floor', () => {
    it.each([
      {
        name: 'called, not started',
        steps: [[T0, { type: 'nextSpeaker' }]],
        now: T0,
        next: '10:03:15',
      },
      {
        name: 'running for a minute',
        steps: [[T0, { type: 'nextSpeaker', start: true }]],
        now: after(minutes(1)),
        next: '10:03:15',
      },
      {
        name: 'running with 30 s added',
        steps: [
          [T0, { type: 'nextSpeaker', start: true }],
          [T0, { type: 'adjustTime', deltaMs: seconds(30) }],
        ],
        now: after(minutes(1)),
        next: '10:03:45',
      },
      {
        name: 'paused after a minute, read later',
        steps: [
          [T0, { type: 'nextSpeaker', start: true }],
          [after(minutes(1)), { type: 'pauseSpeech' }],
        ],
        now: after(minutes(5)),
        next: '10:07:15',
      },
      {
        name: 'over time',
        steps: [[T0, { type: 'nextSpeaker', start: true }]],
        now: after(minutes(4)),
        next: '10:04:15',
      },
    ] as const)('$name: the next speaker is due at $next', ({ steps, now, next }) => {
      const state = timeline(room, steps);
      expect(plan(project(meetingOf(state), now).speakers)[0]).toEqual(['s2', next, 0]);
    });
  });

  describe('the observed pace', () => {
    // Three speeches of 1:30 out of 3:00, 20 s apart: 10:00:00, 10:01:50, 10:03:40.
    const steps = [
      [nyTime('10:00:00'), { type: 'nextSpeaker', start: true }],
      [nyTime('10:01:30'), { type: 'endSpeech' }],
      [nyTime('10:01:50'), { type: 'nextSpeaker', start: true }],
      [nyTime('10:03:20'), { type: 'endSpeech' }],
      [nyTime('10:03:40'), { type: 'nextSpeaker', start: true }],
      [nyTime('10:05:10'), { type: 'endSpeech' }],
    ] as const;

    it(`before ${MIN_SPEECHES_FOR_PACE} speeches, the limits count; the changeover is observed`, () => {
      const state = timeline(room, steps.slice(0, 4));
      const projection = project(meetingOf(state), nyTime('10:03:20'));
      expect(projection.paceFactor).toBe(1);
      expect(projection.changeoverMs).toBe(seconds(20));
      expect(plan(projection.speakers)).toEqual([
        ['s3', '10:03:20', 0],
        ['s4', '10:06:40', 0],
        ['s5', '10:10:00', 0],
      ]);
    });

    it(`from ${MIN_SPEECHES_FOR_PACE} speeches on, speeches take the time they have been taking`, () => {
      const state = timeline(room, steps);
      const projection = project(meetingOf(state), nyTime('10:05:10'));
      expect(projection.paceFactor).toBe(0.5);
      expect(plan(projection.speakers)).toEqual([
        ['s4', '10:05:10', 0],
        ['s5', '10:07:00', 0],
      ]);
      expect(projection.projectedEndAt).toBe(nyTime('10:08:30'));
    });

    it('scales the speech on the floor too', () => {
      const state = accept(
        timeline(room, steps),
        { type: 'nextSpeaker', start: true },
        nyTime('10:05:30'),
      );
      // s4 is expected to take 1:30 of their 3:00: done by 10:07:00, s5 due 20 s later.
      expect(plan(project(meetingOf(state), nyTime('10:06:00')).speakers)).toEqual([
        ['s5', '10:07:20', 0],
      ]);
    });
  });

  describe('suspension and adjournment', () => {
    it('a suspension with a time to resume moves everyone after it', () => {
      const state = accept(room, { type: 'suspendMeeting', resumesAt: '11:00' });
      expect(plan(project(meetingOf(state), T0).speakers).slice(0, 2)).toEqual([
        ['s1', '11:00:00', 0],
        ['s2', '11:03:15', 0],
      ]);
    });

    it('the interrupted speech resumes first', () => {
      const state = timeline(room, [
        [T0, { type: 'nextSpeaker', start: true }],
        [after(minutes(1)), { type: 'suspendMeeting', resumesAt: '11:00' }],
      ]);
      expect(plan(project(meetingOf(state), after(minutes(10))).speakers)[0]).toEqual([
        's2',
        '11:02:15',
        0,
      ]);
    });

    it('a suspension until further notice projects from now', () => {
      const state = accept(room, { type: 'suspendMeeting' });
      expect(plan(project(meetingOf(state), after(minutes(30))).speakers)[0]).toEqual([
        's1',
        '10:30:00',
        0,
      ]);
    });

    it('a suspension that overran its time projects from now', () => {
      const state = accept(room, { type: 'suspendMeeting', resumesAt: '11:00' });
      expect(plan(project(meetingOf(state), nyTime('11:20')).speakers)[0]).toEqual([
        's1',
        '11:20:00',
        0,
      ]);
    });

    it('an adjourned meeting projects nobody', () => {
      const state = run(room, [
        { type: 'skipSpeaker', speakerId: 's2' },
        { type: 'adjournMeeting' },
      ]);
      expect(project(meetingOf(state), T0)).toEqual({
        speakers: ['s1', 's3', 's4', 's5', 's2'].map((speakerId) => ({
          speakerId,
          estimatedStartAt: null,
          sittingIndex: null,
        })),
        projectedEndAt: null,
        unreachedCount: 5,
        paceFactor: 1,
        changeoverMs: DEFAULT_CHANGEOVER_MS,
      });
    });
  });

  it('a meeting in Geneva is laid over its own clock', () => {
    const geneva = makeRoom({ meeting: { ...SEED_MEETING, timeZone: 'Europe/Zurich' } });
    // 10:00 in Geneva is 08:00 UTC in September.
    expect(project(meetingOf(geneva), Date.UTC(2017, 8, 6, 6)).speakers[0]?.estimatedStartAt).toBe(
      Date.UTC(2017, 8, 6, 8),
    );
  });
});

describe('observedPace and observedChangeover', () => {
  it.each([
    { name: 'no speeches', record: [], pace: 1 },
    {
      name: 'two speeches',
      record: [speech(T0, minutes(1)), speech(T0 + minutes(2), minutes(1))],
      pace: 1,
    },
    {
      name: 'three half-length speeches',
      record: [
        speech(T0, seconds(90)),
        speech(T0 + minutes(2), seconds(90)),
        speech(T0 + minutes(4), seconds(90)),
      ],
      pace: 0.5,
    },
    {
      name: 'adjustments count as allowed time',
      record: [
        speech(T0, minutes(4), minutes(3), minutes(1)),
        speech(T0 + minutes(5), minutes(4), minutes(3), minutes(1)),
        speech(T0 + minutes(10), minutes(4), minutes(3), minutes(1)),
      ],
      pace: 1,
    },
    {
      name: 'overruns push the pace above 1',
      record: [
        speech(T0, minutes(6)),
        speech(T0 + minutes(7), minutes(6)),
        speech(T0 + minutes(14), minutes(3)),
      ],
      pace: 15 / 9,
    },
  ])('pace: $name', ({ record, pace }) => {
    expect(observedPace(record)).toBeCloseTo(pace, 12);
  });

  it.each([
    { name: 'no speeches', record: [], changeover: DEFAULT_CHANGEOVER_MS },
    { name: 'one speech', record: [speech(T0, minutes(1))], changeover: DEFAULT_CHANGEOVER_MS },
    {
      name: 'the mean gap',
      record: [
        speech(T0, minutes(1)),
        speech(T0 + minutes(1) + seconds(10), minutes(1)),
        speech(T0 + minutes(2) + seconds(30), minutes(1)),
      ],
      changeover: seconds(15),
    },
    {
      name: 'a break longer than 2 minutes is not a changeover',
      record: [
        speech(T0, minutes(1)),
        speech(T0 + minutes(1) + seconds(20), minutes(1)),
        speech(T0 + minutes(30), minutes(1)),
      ],
      changeover: seconds(20),
    },
    {
      name: 'only breaks: the default',
      record: [speech(T0, minutes(1)), speech(T0 + minutes(10), minutes(1))],
      changeover: DEFAULT_CHANGEOVER_MS,
    },
  ])('changeover: $name', ({ record, changeover }) => {
    expect(observedChangeover(record)).toBe(changeover);
  });
});

describe('callOrder', () => {
  it('the waiting in list order, then the absent in list order', () => {
    const state = run(room, [
      { type: 'nextSpeaker', start: true },
      { type: 'skipSpeaker', speakerId: 's3' },
      { type: 'skipSpeaker', speakerId: 's2' },
      { type: 'moveSpeaker', speakerId: 's2', toIndex: 1 },
    ]);
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's5', 's3']);
    expect(callOrder(meetingOf(state).speakers).map((s) => s.id)).toEqual(['s4', 's5', 's2', 's3']);
  });
});

describe('the pace clients project with', () => {
  it('is bounded, so that a few very short speeches do not make nonsense of the estimates', () => {
    let state = roomWithSpeakers(6);
    for (let i = 0; i < 4; i += 1) {
      state = accept(state, { type: 'nextSpeaker', start: true }, T0 + i * seconds(20));
    }
    state = accept(state, { type: 'endSpeech' }, T0 + 4 * seconds(20));
    expect(observedPace(meetingOf(state).record)).toBeLessThan(PACE_BOUNDS.min);
    expect(paceOf(meetingOf(state).record).factor).toBe(PACE_BOUNDS.min);
  });

  it('gives a client the same projection from the public state as the hub from its own', () => {
    let state = roomWithSpeakers(20);
    for (let i = 0; i < 5; i += 1) {
      state = accept(state, { type: 'nextSpeaker', start: true }, T0 + i * minutes(2));
    }
    const now = T0 + minutes(11);
    const view = publicView(state);
    // A client projects only when a meeting is current (the view's meeting is then set).
    const meeting = view.meeting;
    if (!meeting) throw new Error('the view should show the open meeting');
    expect(projectWith({ ...view, meeting }, view.pace, now)).toEqual(
      project(meetingOf(state), now),
    );
  });
});
