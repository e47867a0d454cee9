// The meeting as a whole: interpretation notice, announcements, suspension, adjournment, details.
import { describe, expect, it } from 'vitest';
import type { Command, CommandOf } from '../../shared/domain/commands.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import type { Interpretation, RoomState } from '../../shared/domain/types.ts';
import { DAY_MS, type EpochMs } from '../../shared/time.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  listOf,
  makeRoom,
  meetingOf,
  minutes,
  NEW_YORK,
  nyTime,
  run,
  seconds,
  SEED_MEETING,
  T0,
  timeline,
} from './fixtures.ts';

const room = makeRoom();
const speaking = accept(room, { type: 'nextSpeaker', start: true });
const announced = accept(room, { type: 'announce', text: 'The meeting resumes at 15:00.' });
const adjourned = accept(room, { type: 'adjournMeeting' });
const inSession = accept(room, { type: 'resumeMeeting' });
/** The room with a third sitting the next morning, 2017-09-07 10:00-13:00. */
const twoDays = makeRoom({
  meeting: {
    ...SEED_MEETING,
    sittings: [
      { date: '2017-09-06', start: '10:00', end: '13:00' },
      { date: '2017-09-06', start: '15:00', end: '18:00' },
      { date: '2017-09-07', start: '10:00', end: '13:00' },
    ],
  },
});

describe('refusals', () => {
  it.each<[string, RoomState, Command, DomainErrorCode, string | undefined]>([
    [
      'partial interpretation without languages',
      room,
      { type: 'setInterpretation', status: 'partial' },
      'invalidCommand',
      'languages',
    ],
    [
      'partial interpretation with an empty list',
      room,
      { type: 'setInterpretation', status: 'partial', languages: [] },
      'invalidCommand',
      'languages',
    ],
    [
      'languages with full interpretation',
      room,
      { type: 'setInterpretation', status: 'available', languages: ['en'] },
      'invalidCommand',
      'languages',
    ],
    [
      'languages with no interpretation',
      room,
      { type: 'setInterpretation', status: 'unavailable', languages: ['fr'] },
      'invalidCommand',
      'languages',
    ],
    ['clearing no announcement', room, { type: 'clearAnnouncement' }, 'nothingToClear', undefined],
    [
      'resuming more than a minute ago',
      room,
      { type: 'suspendMeeting', resumesAt: T0 - minutes(1) - 1 },
      'outOfRange',
      'resumesAt',
    ],
    [
      'resuming more than 7 days ahead',
      room,
      { type: 'suspendMeeting', resumesAt: T0 + 7 * DAY_MS + 1 },
      'outOfRange',
      'resumesAt',
    ],
    [
      'resuming at the last instant a date holds',
      room,
      { type: 'suspendMeeting', resumesAt: 8.64e15 },
      'outOfRange',
      'resumesAt',
    ],
    [
      'resuming at a time of day gone, with no sitting the next day',
      room,
      { type: 'suspendMeeting', resumesAt: '09:00' },
      'outOfRange',
      'resumesAt',
    ],
    [
      'resuming a meeting in session',
      inSession,
      { type: 'resumeMeeting' },
      'meetingNotSuspended',
      undefined,
    ],
    ['updating nothing', room, { type: 'updateMeeting' }, 'invalidCommand', undefined],
    [
      'updating nothing but the version',
      room,
      { type: 'updateMeeting', expectedVersion: 0 },
      'invalidCommand',
      undefined,
    ],
  ])('%s is refused', (_name, state, command, code, path) => {
    expect(expectRefused(state, command, code).path).toBe(path);
  });
});

describe('setInterpretation', () => {
  it.each<{ command: CommandOf<'setInterpretation'>; expected: Interpretation }>([
    {
      command: { type: 'setInterpretation', status: 'available' },
      expected: { status: 'available', languages: [] },
    },
    {
      command: {
        type: 'setInterpretation',
        status: 'unavailable',
        note: 'The meeting may not have simultaneous interpretation available.',
      },
      expected: {
        status: 'unavailable',
        languages: [],
        note: 'The meeting may not have simultaneous interpretation available.',
      },
    },
    {
      command: {
        type: 'setInterpretation',
        status: 'partial',
        languages: ['en', 'fr', 'en', 'es', 'fr'],
      },
      expected: { status: 'partial', languages: ['en', 'fr', 'es'] },
    },
  ])('$command.status', ({ command, expected }) => {
    const state = accept(room, command);
    expect(meetingOf(state).interpretation).toEqual(expected);
  });

  it('a new notice replaces the note of the old one', () => {
    const state = run(room, [
      { type: 'setInterpretation', status: 'unavailable', note: 'No booths today.' },
      { type: 'setInterpretation', status: 'available' },
    ]);
    expect(meetingOf(state).interpretation).toEqual({ status: 'available', languages: [] });
  });
});

describe('announce and clearAnnouncement', () => {
  it('puts the text on the wall with the time it was made', () => {
    expect(meetingOf(announced).announcement).toEqual({
      text: 'The meeting resumes at 15:00.',
      at: T0,
    });
  });

  it('a new announcement replaces the old one', () => {
    const state = accept(
      announced,
      { type: 'announce', text: 'Room change: CR 2.' },
      after(minutes(5)),
    );
    expect(meetingOf(state).announcement).toEqual({
      text: 'Room change: CR 2.',
      at: after(minutes(5)),
    });
  });

  it('clearing takes it off the wall', () => {
    expect(meetingOf(accept(announced, { type: 'clearAnnouncement' })).announcement).toBeNull();
  });
});

describe('suspendMeeting', () => {
  it('without a time: suspended until further notice', () => {
    expect(meetingOf(accept(room, { type: 'suspendMeeting' })).status).toEqual({
      kind: 'suspended',
    });
  });

  it('with an instant and a note', () => {
    const state = accept(room, {
      type: 'suspendMeeting',
      resumesAt: nyTime('15:00'),
      note: 'Lunch break',
    });
    expect(meetingOf(state).status).toEqual({
      kind: 'suspended',
      resumesAt: nyTime('15:00'),
      note: 'Lunch break',
    });
  });

  it.each<[string, number]>([
    ['now', T0],
    ['a minute ago (the console’s clock may trail)', T0 - minutes(1)],
    ['7 days ahead', T0 + 7 * DAY_MS],
  ])('an instant %s is taken', (_name, resumesAt) => {
    const state = accept(room, { type: 'suspendMeeting', resumesAt });
    expect(meetingOf(state).status).toEqual({ kind: 'suspended', resumesAt });
  });

  // The rule itself is tested in time-of-day.test.ts; here, that apply follows it.
  it.each<[string, RoomState, string, EpochMs, EpochMs]>([
    ['later today', room, '11:30', T0, nyTime('11:30')],
    ['a minute from now', room, '10:01', T0, nyTime('10:01')],
    ['now', room, '10:00', T0, T0],
    ['three minutes ago: just now', room, '09:57', T0, nyTime('09:57')],
    ['earlier today, a sitting tomorrow', twoDays, '09:00', T0, Date.UTC(2017, 8, 7, 13, 0)],
    [
      'just after midnight',
      room,
      '09:30',
      Date.UTC(2017, 8, 7, 4, 5),
      Date.UTC(2017, 8, 7, 13, 30),
    ],
  ])('a local time, %s (%s)', (_name, state, hhmm, now, expected) => {
    const next = accept(state, { type: 'suspendMeeting', resumesAt: hhmm }, now);
    expect(meetingOf(next).status).toEqual({ kind: 'suspended', resumesAt: expected });
  });

  it('a time of day gone is refused with the room time in the message, and nothing changes', () => {
    const error = expectRefused(room, { type: 'suspendMeeting', resumesAt: '09:00' }, 'outOfRange');
    expect(error.message).toBe(
      'resumesAt: 09:00 has passed today (room time 10:00) and no sitting tomorrow goes on past it; give a time still ahead.',
    );
  });

  it('a time of day the spring night skips is refused as such', () => {
    // 2026-03-08, 01:50 in New York: the clocks go from 02:00 to 03:00 in ten minutes.
    const now = Date.UTC(2026, 2, 8, 6, 50);
    const error = expectRefused(
      room,
      { type: 'suspendMeeting', resumesAt: '02:30' },
      'outOfRange',
      now,
    );
    expect(error.message).toBe(
      "resumesAt: 02:30 does not exist today on the room's clock (the hour daylight saving skips); give another time.",
    );
  });

  it("reads a local time on the room's own clock", () => {
    // T0 is 23:00 in Tokyo: 09:00 there is the next morning, 2017-09-07 00:00 UTC, when the
    // meeting sits again.
    const tokyo = makeRoom({
      meeting: {
        ...SEED_MEETING,
        timeZone: 'Asia/Tokyo',
        sittings: [{ date: '2017-09-07', start: '09:00', end: '12:00' }],
      },
    });
    const state = accept(tokyo, { type: 'suspendMeeting', resumesAt: '09:00' });
    expect(meetingOf(state).status).toEqual({
      kind: 'suspended',
      resumesAt: Date.UTC(2017, 8, 7, 0, 0),
    });
  });

  it('stops a running clock; the speaker keeps the floor', () => {
    const state = accept(speaking, { type: 'suspendMeeting' }, after(seconds(45)));
    expect(meetingOf(state).floor).toEqual({
      speakerId: 's1',
      timer: {
        limitMs: minutes(3),
        adjustmentMs: 0,
        startedAt: T0,
        runningSince: null,
        accumulatedMs: seconds(45),
        pauses: [{ pausedAt: after(seconds(45)), resumedAt: null }],
      },
    });
    expect(listOf(state)[0]).toBe('s1:speaking');
  });

  it('leaves a paused clock or a ready one as it is', () => {
    const paused = accept(speaking, { type: 'pauseSpeech' }, after(seconds(10)));
    expect(meetingOf(accept(paused, { type: 'suspendMeeting' }, after(seconds(20)))).floor).toBe(
      meetingOf(paused).floor,
    );
    const called = accept(room, { type: 'nextSpeaker' });
    expect(meetingOf(accept(called, { type: 'suspendMeeting' })).floor).toBe(
      meetingOf(called).floor,
    );
  });

  it('suspending again replaces the time and note', () => {
    const state = run(room, [
      { type: 'suspendMeeting', resumesAt: '15:00', note: 'Lunch' },
      { type: 'suspendMeeting' },
    ]);
    expect(meetingOf(state).status).toEqual({ kind: 'suspended' });
  });
});

describe('resumeMeeting', () => {
  it('puts a suspended meeting back in session; the clock waits for the chair', () => {
    const state = timeline(speaking, [
      [after(seconds(45)), { type: 'suspendMeeting', resumesAt: '11:00' }],
      [after(minutes(60)), { type: 'resumeMeeting' }],
    ]);
    expect(meetingOf(state).status).toEqual({ kind: 'inSession' });
    expect(floorOf(state).timer).toMatchObject({ runningSince: null, accumulatedMs: seconds(45) });
    const resumed = accept(state, { type: 'resumeSpeech' }, after(minutes(61)));
    expect(floorOf(resumed).timer.pauses).toEqual([
      { pausedAt: after(seconds(45)), resumedAt: after(minutes(61)) },
    ]);
  });

  it('opens a meeting not yet started (as written: only "in session" is refused)', () => {
    expect(meetingOf(inSession).status).toEqual({ kind: 'inSession' });
  });
});

describe('adjournMeeting', () => {
  it('with nobody on the floor, only the status changes', () => {
    expect(meetingOf(adjourned).status).toEqual({ kind: 'adjourned' });
    expect(meetingOf(adjourned).speakers).toBe(meetingOf(room).speakers);
    expect(meetingOf(adjourned).floor).toBeNull();
  });

  it('ends a speech under way into the record', () => {
    const state = accept(speaking, { type: 'adjournMeeting' }, after(seconds(100)));
    expect(meetingOf(state).floor).toBeNull();
    expect(listOf(state)[0]).toBe('s1:spoken');
    expect(meetingOf(state).record).toEqual([
      expect.objectContaining({ speakerId: 's1', spokenMs: seconds(100) }),
    ]);
  });

  it('a speech stopped by a suspension is recorded without the suspension', () => {
    const state = timeline(speaking, [
      [after(seconds(100)), { type: 'suspendMeeting' }],
      [after(minutes(30)), { type: 'adjournMeeting' }],
    ]);
    expect(meetingOf(state).record[0]).toMatchObject({
      spokenMs: seconds(100),
      endedAt: after(minutes(30)),
      pauses: [{ pausedAt: after(seconds(100)), resumedAt: after(minutes(30)) }],
    });
  });

  it('a speaker called but not started goes back among the waiting, in place', () => {
    const state = run(room, [
      { type: 'nextSpeaker', start: true },
      { type: 'nextSpeaker' },
      { type: 'adjournMeeting' },
    ]);
    expect(meetingOf(state).floor).toBeNull();
    expect(listOf(state)).toEqual([
      's1:spoken',
      's2:waiting',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
    expect(meetingOf(state).record).toHaveLength(1);
  });

  it.each<Command>([
    { type: 'nextSpeaker' },
    { type: 'startSpeech' },
    { type: 'pauseSpeech' },
    { type: 'resumeSpeech' },
    { type: 'endSpeech' },
    { type: 'previousSpeaker' },
    { type: 'skipSpeaker' },
    { type: 'adjustTime', deltaMs: seconds(30) },
    { type: 'setTimeLimit', speakerId: 's1', limitMs: minutes(1) },
    { type: 'addSpeaker', delegation: 'CHN' },
    { type: 'removeSpeaker', speakerId: 's1' },
    { type: 'moveSpeaker', speakerId: 's1', toIndex: 2 },
    { type: 'closeList' },
    { type: 'reopenList' },
    { type: 'suspendMeeting' },
    { type: 'resumeMeeting' },
    { type: 'adjournMeeting' },
  ])('after adjournment, $type is refused', (command) => {
    expectRefused(adjourned, command, 'meetingAdjourned');
  });

  // Adjournment closes the meeting: its state and record are kept as they were, read-only.
  it.each<Command>([
    { type: 'updateSpeaker', speakerId: 's1', speakerName: 'Jean Dupont' },
    { type: 'updateMeeting', note: 'Originally held on 6 September 2017' },
    { type: 'setInterpretation', status: 'unavailable' },
    { type: 'announce', text: 'The summary will be issued as a document.' },
    { type: 'addSpeakers', speakers: [{ delegation: 'CHN' }] },
    { type: 'replaceList', speakers: [] },
    { type: 'startSegment', segmentId: 'seg-1' },
  ])('after adjournment, $type is refused too: the meeting is closed', (command) => {
    expectRefused(adjourned, command, 'meetingAdjourned');
  });

  it('after adjournment, undo is still taken (a slip of the hand)', () => {
    const undone = accept(adjourned, { type: 'undo' });
    expect(meetingOf(undone).status).toEqual({ kind: 'notStarted' });
  });

  it('clearAnnouncement is refused after adjournment; the announcement stays', () => {
    const state = run(announced, [{ type: 'adjournMeeting' }]);
    expectRefused(state, { type: 'clearAnnouncement' }, 'meetingAdjourned');
    expect(meetingOf(state).announcement).toEqual(meetingOf(announced).announcement);
  });
});

describe('updateMeeting', () => {
  it('changes the fields given and only those', () => {
    const state = accept(room, {
      type: 'updateMeeting',
      title: 'High-level dialogue',
      organ: 'General Assembly',
      defaultLimitMs: minutes(5),
    });
    expect(meetingOf(state).meeting).toEqual({
      ...meetingOf(room).meeting,
      title: 'High-level dialogue',
      organ: 'General Assembly',
      defaultLimitMs: minutes(5),
    });
  });

  it("changes the sittings, on the room's clock", () => {
    const sittings = [{ date: '2017-09-07', start: '10:00', end: '13:00' }];
    const state = accept(room, { type: 'updateMeeting', sittings });
    expect(meetingOf(state).meeting.sittings).toEqual(sittings);
    expect(meetingOf(state).meeting.timeZone).toBe(NEW_YORK);
  });

  it('a new default limit applies to speakers called later, not to the clock on the floor', () => {
    const state = run(speaking, [
      { type: 'updateMeeting', defaultLimitMs: minutes(2) },
      { type: 'nextSpeaker', start: true },
    ]);
    expect(floorOf(state).timer.limitMs).toBe(minutes(2));
    expect(meetingOf(state).record[0]?.limitMs).toBe(minutes(3));
  });
});
