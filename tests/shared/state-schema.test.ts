// The state schema is what a store checks a room against when it reads it back: it must take
// every state the domain produces, once written as JSON and read again, and give it back as it
// was; and it must refuse what the domain never writes.
import { describe, expect, it } from 'vitest';
import { afterClockStep } from '../../shared/domain/clock-step.ts';
import {
  meetingCoreSchema,
  roomStateSchema,
  storedRoomSchema,
  undoEntrySchema,
} from '../../shared/domain/state-schema.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import { HOUR_MS } from '../../shared/time.ts';
import {
  accept,
  after,
  calendarOf,
  createdRoom,
  makeRoom,
  meetingOf,
  minutes,
  NEW_YORK,
  nyTime,
  seconds,
  SEED_MEETING,
  segmentedRoom,
  T0,
  timeline,
} from './fixtures.ts';

/** A room with no meeting open, two on its calendar. */
const empty = createdRoom({
  id: 'cr4',
  name: 'Conference Room 4',
  timeZone: NEW_YORK,
  meetings: [
    { title: 'Dialogue', sittings: SEED_MEETING.sittings, note: 'Webcast' },
    { title: 'Briefing', sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }] },
  ],
});

/** A meeting with a bit of everything: segments held and parked, pauses, notes, passes. */
const eventful = timeline(
  makeRoom({
    speakers: undefined,
    segments: [
      {
        title: 'Opening',
        speakers: [
          {
            delegation: 'NLD',
            speakerName: 'Karel van Oosterom',
            title: 'Permanent Representative',
            onBehalfOf: 'the Group of Friends',
            limitMs: minutes(4),
          },
          { delegation: 'FRA' },
        ],
      },
      { title: 'Dialogue', defaultLimitMs: minutes(2), speakers: [{ delegation: 'CHN' }] },
    ],
  }),
  [
    [T0, { type: 'skipSpeaker', speakerId: 's2' }],
    [T0, { type: 'nextSpeaker', start: true }],
    [after(seconds(30)), { type: 'pauseSpeech' }],
    [after(seconds(50)), { type: 'resumeSpeech' }],
    [after(minutes(3)), { type: 'endSpeech' }],
    [after(minutes(4)), { type: 'startSegment', segmentId: 'seg-2' }],
    [after(minutes(5)), { type: 'nextSpeaker', start: true }],
    [
      after(minutes(6)),
      {
        type: 'setInterpretation',
        status: 'partial',
        languages: ['en', 'fr'],
        note: 'No Arabic booth',
      },
    ],
    [after(minutes(6)), { type: 'announce', text: 'The dialogue resumes at 15:00.' }],
    [after(minutes(7)), { type: 'suspendMeeting', resumesAt: nyTime('15:00'), note: 'Lunch' }],
    [after(minutes(7)), { type: 'updateMeeting', note: 'Originally held on 6 September 2017' }],
  ],
);

const STATES: ReadonlyArray<readonly [string, RoomState]> = [
  ['a new room, its meeting open', makeRoom()],
  ['a room with no meeting, its calendar announced', empty.state],
  [
    'a meeting opened from the calendar',
    accept(
      empty.state,
      { type: 'openMeeting', meetingId: '2017-09-06-1' },
      T0,
      calendarOf(empty.meetings),
    ),
  ],
  ['a meeting in segments', segmentedRoom()],
  ['an eventful meeting, suspended with a speaker on the floor', eventful],
  ['an adjourned meeting', accept(eventful, { type: 'adjournMeeting' }, after(minutes(8)))],
  ['a meeting after a step of the clock', afterClockStep(eventful, -HOUR_MS)],
];

/** The state as a store would read it back: written as JSON, parsed again. */
const reread = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('roomStateSchema takes what the domain produces', () => {
  it.each(STATES)('%s, and gives it back as it was', (_name, state) => {
    const parsed = roomStateSchema.safeParse(reread(state));
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual(state);
  });

  it('the eventful meeting holds what it should (the cases above reach every part)', () => {
    const core = meetingOf(eventful);
    expect(Object.keys(core.parked)).toEqual(['seg-1']);
    expect(core.floor?.timer.pauses).toHaveLength(1);
    expect(core.record[0]?.pauses).toHaveLength(1);
    expect(core.parked['seg-1']?.speakers.find((s) => s.id === 's2')?.passedOver).toBe(1);
    expect(core.status).toMatchObject({ kind: 'suspended', note: 'Lunch' });
    expect(eventful.history.length).toBeGreaterThan(5);
  });

  it('each part parses on its own: the meeting and an undo entry', () => {
    expect(meetingCoreSchema.parse(reread(meetingOf(eventful)))).toEqual(meetingOf(eventful));
    const [entry] = eventful.history;
    expect(undoEntrySchema.parse(reread(entry))).toEqual(entry);
  });

  it('the rooms table keeps the room and the id of its current meeting', () => {
    const { current, history: _history, ...room } = eventful;
    const stored = { ...room, meetingId: current?.meetingId ?? null };
    expect(storedRoomSchema.parse(stored)).toEqual(stored);
    expect(storedRoomSchema.parse({ ...stored, meetingId: null }).meetingId).toBeNull();
  });
});

describe('roomStateSchema refuses what the domain never writes', () => {
  const state = reread(eventful) as Record<string, unknown> & { current: Record<string, unknown> };
  const withCurrent = (change: Record<string, unknown>) => ({
    ...state,
    current: { ...state.current, ...change },
  });

  it.each<[string, unknown]>([
    ['a field the state does not have', { ...state, meeting: meetingOf(eventful).meeting }],
    [
      "a room of the first hubs' form, its meeting at the top",
      {
        roomId: 'cr4',
        version: 0,
        ...(state.current as object),
        history: [],
      },
    ],
    ['no calendar', { ...state, upcoming: undefined }],
    ['a meeting without segments', withCurrent({ segments: [] })],
    ['a meeting without its segment in play', withCurrent({ segmentId: undefined })],
    [
      'a record entry without its segment',
      withCurrent({
        record: meetingOf(eventful).record.map(({ segmentId: _s, ...entry }) => entry),
      }),
    ],
    ['a parked list without its limit', withCurrent({ parked: { 'seg-1': { speakers: [] } } })],
    ['a status the domain has not', withCurrent({ status: { kind: 'noMeeting' } })],
    ['a negative version', { ...state, version: -1 }],
  ])('%s', (_name, input) => {
    expect(roomStateSchema.safeParse(input).success).toBe(false);
  });
});
