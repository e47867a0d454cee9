// A meeting's life in its room: scheduled on the calendar, opened (openMeeting takes its setup
// from the calendar view, apply's fourth argument), in session, adjourned (then read-only but
// for undo), until another meeting is opened, which clears the history for good.
import { describe, expect, it } from 'vitest';
import { apply, type CalendarView } from '../../shared/domain/apply.ts';
import type { Command, CommandType } from '../../shared/domain/commands.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import type { MeetingLifecycle, RoomState } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  calendarOf,
  createdRoom,
  expectRefused,
  floorOf,
  listOf,
  meetingOf,
  minutes,
  NEW_YORK,
  ONE_OF_EACH,
  type PlannedEntry,
  run,
  SEED_MEETING,
  SEGMENTS,
  T0,
  timeline,
} from './fixtures.ts';

const DIALOGUE = '2017-09-06-1';
const BRIEFING = '2017-09-07-1';

/** A room with no meeting open and two on its calendar: the dialogue today, a briefing tomorrow. */
const created = createdRoom({
  id: 'cr4',
  name: 'Conference Room 4',
  timeZone: NEW_YORK,
  meetings: [
    {
      title: 'Informal interactive dialogue on the responsibility to protect',
      theme: 'Accountability for prevention',
      sittings: SEED_MEETING.sittings,
      segments: SEGMENTS,
    },
    {
      title: 'Briefing',
      sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
      defaultLimitMs: minutes(5),
      listOpen: false,
      speakers: [{ delegation: 'CHN' }, { delegation: 'IND' }],
    },
  ],
});
const empty = created.state;

/** The calendar with one meeting's status changed, as the hub keeps it after a command. */
function withStatus(
  meetings: readonly PlannedEntry[],
  meetingId: string,
  status: MeetingLifecycle,
): PlannedEntry[] {
  return meetings.map((m) => (m.meetingId === meetingId ? { ...m, status } : m));
}

const calendar = calendarOf(created.meetings);
const open = accept(empty, { type: 'openMeeting', meetingId: DIALOGUE }, T0, calendar);
/** The calendar once the dialogue is open. */
const dialogueOpen = calendarOf(withStatus(created.meetings, DIALOGUE, 'open'));
/** The dialogue under way: s1 speaking since T0. */
const speaking = accept(open, { type: 'nextSpeaker', start: true }, T0, dialogueOpen);
/** The dialogue adjourned at +5 minutes, s1's speech ended into the record. */
const adjourned = accept(speaking, { type: 'adjournMeeting' }, after(minutes(5)), dialogueOpen);
/** The calendar once the dialogue is adjourned. */
const dialogueOver = calendarOf(withStatus(created.meetings, DIALOGUE, 'adjourned'));

describe('a room with no meeting open', () => {
  it('has its calendar, soonest first, and no current meeting', () => {
    expect(empty).toMatchObject({
      roomId: 'cr4',
      version: 0,
      room: { name: 'Conference Room 4', timeZone: NEW_YORK },
      current: null,
      history: [],
    });
    expect(empty.upcoming.map((m) => [m.meetingId, m.title])).toEqual([
      [DIALOGUE, 'Informal interactive dialogue on the responsibility to protect'],
      [BRIEFING, 'Briefing'],
    ]);
    expect(created.meetings.map((m) => [m.meetingId, m.status])).toEqual([
      [DIALOGUE, 'scheduled'],
      [BRIEFING, 'scheduled'],
    ]);
  });

  const meetingCommands = (Object.keys(ONE_OF_EACH) as CommandType[]).filter(
    (type) => type !== 'openMeeting',
  );
  it.each(meetingCommands)('refuses %s: no meeting is open', (type) => {
    const error = expectRefused(empty, ONE_OF_EACH[type], 'noOpenMeeting', T0, calendar);
    expect(error.message).toMatch(/open a scheduled one/);
  });

  it('checks the version before anything else', () => {
    expectRefused(empty, { type: 'nextSpeaker', expectedVersion: 3 }, 'conflict');
    expectRefused(
      empty,
      { type: 'openMeeting', meetingId: DIALOGUE, expectedVersion: 1 },
      'conflict',
      T0,
      calendar,
    );
  });
});

describe('openMeeting', () => {
  it("makes the scheduled meeting the room's current one, not started, its first segment in play", () => {
    const core = meetingOf(open);
    expect(open.version).toBe(1);
    expect(core).toMatchObject({
      meetingId: DIALOGUE,
      status: { kind: 'notStarted' },
      segmentId: 'seg-1',
      floor: null,
      record: [],
      announcement: null,
      listOpen: true,
    });
    // The meeting sits in its room: the room's name and clock.
    expect(core.meeting).toMatchObject({
      title: 'Informal interactive dialogue on the responsibility to protect',
      theme: 'Accountability for prevention',
      room: 'Conference Room 4',
      timeZone: NEW_YORK,
      sittings: SEED_MEETING.sittings,
      defaultLimitMs: minutes(10),
    });
    expect(listOf(open)).toEqual(['s1:waiting', 's2:waiting']);
  });

  it('takes the setup as it is: a list closed in advance opens closed', () => {
    const briefing = accept(empty, { type: 'openMeeting', meetingId: BRIEFING }, T0, calendar);
    expect(meetingOf(briefing)).toMatchObject({
      meetingId: BRIEFING,
      listOpen: false,
      meeting: { defaultLimitMs: minutes(5) },
    });
  });

  it('is no longer announced as upcoming once open', () => {
    expect(open.upcoming.map((m) => m.meetingId)).toEqual([BRIEFING]);
  });

  it('is not undoable: the history is the meeting’s, and it has none yet', () => {
    expect(open.history).toEqual([]);
    expectRefused(open, { type: 'undo' }, 'nothingToUndo');
  });

  it("shows on the room's screens", () => {
    expect(publicView(open)).toMatchObject({
      meetingId: DIALOGUE,
      status: { kind: 'notStarted' },
      segmentId: 'seg-1',
      undo: { available: 0, next: null },
    });
  });

  it('is refused while another meeting is open, naming it', () => {
    const error = expectRefused(
      open,
      { type: 'openMeeting', meetingId: BRIEFING },
      'meetingOpen',
      T0,
      dialogueOpen,
    );
    expect(error.path).toBe('meetingId');
    expect(error.message).toContain(DIALOGUE);
    // Suspended is still open.
    const suspended = accept(open, { type: 'suspendMeeting' });
    expectRefused(
      suspended,
      { type: 'openMeeting', meetingId: BRIEFING },
      'meetingOpen',
      T0,
      dialogueOpen,
    );
  });

  it.each<[string, string, CalendarView | undefined]>([
    ['a meeting not on the calendar', '2017-09-08-1', calendar],
    ['with no calendar given', DIALOGUE, undefined],
  ])('refuses %s: unknownMeeting', (_name, meetingId, view) => {
    const error = expectRefused(
      empty,
      { type: 'openMeeting', meetingId },
      'unknownMeeting',
      T0,
      view,
    );
    expect(error.path).toBe('meetingId');
  });

  it('the first speech puts the meeting in session', () => {
    expect(meetingOf(speaking).status).toEqual({ kind: 'inSession' });
    expect(floorOf(speaking).timer.limitMs).toBe(minutes(10));
  });
});

describe('adjournMeeting, then only undo', () => {
  it('closes the meeting, its record kept in the room until another opens', () => {
    const core = meetingOf(adjourned);
    expect(core.status).toEqual({ kind: 'adjourned' });
    expect(core.record).toEqual([
      expect.objectContaining({
        speakerId: 's1',
        segmentId: 'seg-1',
        startedAt: T0,
        endedAt: after(minutes(5)),
      }),
    ]);
    expect(publicView(adjourned).status).toEqual({ kind: 'adjourned' });
  });

  const closedTo = (Object.keys(ONE_OF_EACH) as CommandType[]).filter(
    (type) => type !== 'undo' && type !== 'openMeeting',
  );
  it.each(closedTo)('refuses %s after adjournment', (type) => {
    expectRefused(
      adjourned,
      ONE_OF_EACH[type],
      'meetingAdjourned',
      after(minutes(6)),
      dialogueOver,
    );
  });

  it('undo of the adjournment reopens the meeting as it was, the speech running on', () => {
    const undone = accept(adjourned, { type: 'undo' }, after(minutes(6)), dialogueOver);
    // All but the id counter, which the record entry of the adjournment used up for good.
    expect(meetingOf(undone)).toEqual({
      ...meetingOf(speaking),
      nextId: meetingOf(adjourned).nextId,
    });
    expect(meetingOf(undone).status).toEqual({ kind: 'inSession' });
    expect(meetingOf(undone).record).toEqual([]);
    // It takes commands again.
    const ended = accept(undone, { type: 'endSpeech' }, after(minutes(7)), dialogueOpen);
    expect(meetingOf(ended).record).toEqual([
      expect.objectContaining({ speakerId: 's1', endedAt: after(minutes(7)) }),
    ]);
  });
});

describe('opening another meeting after adjournment', () => {
  const briefing = accept(
    adjourned,
    { type: 'openMeeting', meetingId: BRIEFING },
    after(minutes(10)),
    dialogueOver,
  );
  const calendarThen = calendarOf(
    withStatus(withStatus(created.meetings, DIALOGUE, 'adjourned'), BRIEFING, 'open'),
  );

  it('replaces the adjourned meeting as the current one', () => {
    expect(meetingOf(briefing).meetingId).toBe(BRIEFING);
    expect(meetingOf(briefing).status).toEqual({ kind: 'notStarted' });
    expect(listOf(briefing)).toEqual(['s1:waiting', 's2:waiting']);
    expect(briefing.upcoming).toEqual([]);
  });

  it('clears the history: the adjourned meeting can no longer be taken back', () => {
    expect(adjourned.history.length).toBeGreaterThan(0);
    expect(briefing.history).toEqual([]);
    expectRefused(briefing, { type: 'undo' }, 'nothingToUndo', after(minutes(11)), calendarThen);
  });

  it('the adjourned meeting cannot be opened again', () => {
    const closedAgain = accept(
      briefing,
      { type: 'adjournMeeting' },
      after(minutes(12)),
      calendarThen,
    );
    const over = calendarOf(
      withStatus(withStatus(created.meetings, DIALOGUE, 'adjourned'), BRIEFING, 'adjourned'),
    );
    for (const meetingId of [DIALOGUE, BRIEFING]) {
      expectRefused(
        closedAgain,
        { type: 'openMeeting', meetingId },
        'unknownMeeting',
        after(minutes(13)),
        over,
      );
    }
  });

  it('a meeting opens with its own counters, whatever the one before handed out', () => {
    const steps: ReadonlyArray<readonly [number, Command]> = [
      [after(minutes(11)), { type: 'nextSpeaker', start: true }],
      [after(minutes(12)), { type: 'endSpeech' }],
    ];
    const held = timeline(briefing, steps);
    expect(meetingOf(held).record.map((r) => [r.id, r.speakerId, r.segmentId])).toEqual([
      ['r3', 's1', 'seg-1'],
    ]);
  });
});

describe('openMeeting through apply', () => {
  it('leaves the room as it was when refused', () => {
    const before = JSON.stringify(open);
    const result = apply(open, { type: 'openMeeting', meetingId: BRIEFING }, T0, dialogueOpen);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(open)).toBe(before);
  });

  it('the room version counts the opening like any command', () => {
    const versions = [empty, open, speaking, adjourned].map((s: RoomState) => s.version);
    expect(versions).toEqual([0, 1, 2, 3]);
    expect(run(open, [{ type: 'closeList' }]).version).toBe(2);
  });
});

describe('guards the calendar cannot give', () => {
  it('an adjourned meeting is not opened again, even on a calendar that still lists it', () => {
    // A stale calendar that still says "scheduled": the room's own state knows better.
    const error = expectRefused(
      adjourned,
      { type: 'openMeeting', meetingId: DIALOGUE },
      'unknownMeeting',
      after(minutes(6)),
      calendar,
    );
    expect(error.path).toBe('meetingId');
  });

  it('undo does not bring back sittings that now overlap a meeting scheduled meanwhile', () => {
    const moved = accept(
      open,
      { type: 'updateMeeting', sittings: [{ date: '2017-09-08', start: '10:00', end: '13:00' }] },
      T0,
      dialogueOpen,
    );
    // Meanwhile the secretariat puts another meeting where the dialogue was.
    const briefing = created.meetings[1];
    if (!briefing) throw new Error('the seed has its briefing');
    const taken = calendarOf([
      ...withStatus(created.meetings, DIALOGUE, 'open'),
      {
        meetingId: '2017-09-06-2',
        status: 'scheduled',
        setup: {
          ...briefing.setup,
          title: 'Consultations',
          sittings: SEED_MEETING.sittings,
        },
      },
    ]);
    const error = expectRefused(moved, { type: 'undo' }, 'scheduleOverlap', T0, taken);
    expect(error.message).toContain('Consultations');
    // With the calendar as it was, the same undo is taken.
    expect(meetingOf(accept(moved, { type: 'undo' }, T0, dialogueOpen)).meeting.sittings).toEqual(
      SEED_MEETING.sittings,
    );
  });
});

describe('undoing an adjournment', () => {
  const second = created.meetings[1];
  if (!second) throw new Error('the seed has its briefing');
  const sittingsTaken = calendarOf([
    ...withStatus(created.meetings, DIALOGUE, 'adjourned'),
    {
      meetingId: '2017-09-06-2',
      status: 'scheduled',
      setup: { ...second.setup, sittings: SEED_MEETING.sittings },
    },
  ]);

  it('is refused when a meeting was scheduled in its sittings meanwhile', () => {
    expectRefused(adjourned, { type: 'undo' }, 'scheduleOverlap', after(minutes(6)), sittingsTaken);
    expect(
      meetingOf(accept(adjourned, { type: 'undo' }, after(minutes(6)), dialogueOver)).status,
    ).toEqual({ kind: 'inSession' });
  });

  it("is refused when the room's time zone changed meanwhile", () => {
    const moved = { ...adjourned, room: { ...adjourned.room, timeZone: 'Asia/Tokyo' } };
    expectRefused(moved, { type: 'undo' }, 'invalidTimeZone', after(minutes(6)), dialogueOver);
  });
});
