// A room with no meeting open: what its screens see (the room, its clock and what comes next,
// the meeting's parts empty), what changes when a meeting opens, and a step of the hub's clock.
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../shared/domain/apply-change.ts';
import { afterClockStep } from '../../shared/domain/clock-step.ts';
import { changedParts, publicView, type RoomPart } from '../../shared/domain/public-view.ts';
import { HOUR_MS } from '../../shared/time.ts';
import {
  accept,
  after,
  calendarOf,
  createdRoom,
  deepFreeze,
  meetingOf,
  minutes,
  NEW_YORK,
  SEED_MEETING,
  SEGMENTS,
  T0,
  timeline,
} from './fixtures.ts';

const created = createdRoom({
  id: 'cr4',
  name: 'Conference Room 4',
  timeZone: NEW_YORK,
  meetings: [
    { title: 'Dialogue', sittings: SEED_MEETING.sittings, segments: SEGMENTS },
    { title: 'Briefing', sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }] },
  ],
});
const empty = created.state;
const calendar = calendarOf(created.meetings);
const opened = accept(empty, { type: 'openMeeting', meetingId: '2017-09-06-1' }, T0, calendar);

describe('publicView of a room with no meeting', () => {
  const view = publicView(empty);

  it('shows the room and what comes next, with the status noMeeting and empty parts', () => {
    expect(view).toEqual({
      roomId: 'cr4',
      version: 0,
      room: { name: 'Conference Room 4', timeZone: NEW_YORK },
      meetingId: null,
      meeting: null,
      status: { kind: 'noMeeting' },
      segments: [],
      segmentId: null,
      listOpen: false,
      interpretation: { status: 'available', languages: [] },
      booths: { statuses: {}, source: 'chair' },
      announcement: null,
      speakers: [],
      floor: null,
      undo: { available: 0, next: null },
      pace: { factor: 1, changeoverMs: 15_000 },
      upcoming: empty.upcoming,
    });
    expect(view.upcoming.map((m) => m.title)).toEqual(['Dialogue', 'Briefing']);
  });

  it('gives the same empty parts every time, so that they never count as a change', () => {
    const again = publicView({ ...empty, version: 7 });
    expect(again.speakers).toBe(view.speakers);
    expect(again.segments).toBe(view.segments);
    expect(again.interpretation).toBe(view.interpretation);
    expect(again.booths).toBe(view.booths);
    expect(again.status).toBe(view.status);
    expect(changedParts(view, again)).toEqual({});
  });
});

describe('changedParts when a meeting opens', () => {
  const before = publicView(empty);
  const after = publicView(opened);
  const change = changedParts(before, after);

  it('carries the meeting and its parts, and the calendar without it', () => {
    const parts = Object.keys(change).map((k) => (k === 'speakerPatch' ? 'speakers' : k));
    expect(parts).toEqual(
      expect.arrayContaining<RoomPart>([
        'meetingId',
        'meeting',
        'status',
        'segments',
        'segmentId',
        'listOpen',
        'speakers',
        'upcoming',
      ]),
    );
    // Nobody on the floor, nothing announced or to undo yet, the room itself unchanged.
    for (const part of ['room', 'floor', 'announcement', 'undo', 'pace'] as const) {
      expect(change).not.toHaveProperty(part);
    }
    expect(change).toMatchObject({
      meetingId: '2017-09-06-1',
      status: { kind: 'notStarted' },
      segmentId: 'seg-1',
      listOpen: true,
      speakers: meetingOf(opened).speakers,
    });
    expect(change.upcoming?.map((m) => m.meetingId)).toEqual(['2017-09-07-1']);
  });

  it('applied to the view before, gives the view after (but for the version)', () => {
    expect({ ...applyChange(before, change), version: after.version }).toEqual(after);
  });
});

describe('afterClockStep', () => {
  it('with no current meeting, only the version moves', () => {
    const moved = afterClockStep(deepFreeze(empty), -HOUR_MS);
    expect(moved).toEqual({ ...empty, version: 1 });
    expect(moved.current).toBeNull();
    expect(changedParts(publicView(empty), publicView(moved))).toEqual({});
  });

  it("with a current meeting, its instants move and its record's durations stay", () => {
    const held = timeline(opened, [
      [T0, { type: 'nextSpeaker', start: true }],
      [after(minutes(8)), { type: 'endSpeech' }],
      [after(minutes(9)), { type: 'announce', text: 'The panel follows.' }],
    ]);
    const moved = afterClockStep(held, 2 * HOUR_MS);
    const [speech] = meetingOf(moved).record;
    expect(speech).toMatchObject({
      startedAt: T0 + 2 * HOUR_MS,
      endedAt: after(minutes(8)) + 2 * HOUR_MS,
      spokenMs: minutes(8),
      segmentId: 'seg-1',
    });
    expect(meetingOf(moved).announcement?.at).toBe(after(minutes(9)) + 2 * HOUR_MS);
    // What holds no instant keeps its identity: the lists, parked ones too, and the calendar.
    expect(meetingOf(moved).parked).toBe(meetingOf(held).parked);
    expect(meetingOf(moved).speakers).toBe(meetingOf(held).speakers);
    expect(moved.upcoming).toBe(held.upcoming);
    expect(moved.history.map((e) => e.at)).toEqual(held.history.map((e) => e.at + 2 * HOUR_MS));
  });

  it('an adjourned meeting, still the current one, moves with the room', () => {
    const adjourned = timeline(opened, [
      [T0, { type: 'nextSpeaker', start: true }],
      [after(minutes(3)), { type: 'adjournMeeting' }],
    ]);
    const moved = afterClockStep(adjourned, -HOUR_MS);
    expect(meetingOf(moved).status).toEqual({ kind: 'adjourned' });
    expect(meetingOf(moved).record[0]?.endedAt).toBe(after(minutes(3)) - HOUR_MS);
  });
});
