// A new room from its description: validated, its list built by the addSpeaker handler.
import { describe, expect, it } from 'vitest';
import { createRoom, parseRoomSeed, type RoomSeedInput } from '../../shared/domain/create-room.ts';
import { MAX_SPEAKERS } from '../../shared/domain/list-order.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import example from '../../rooms.example.json' with { type: 'json' };
import {
  listOf,
  makeRoom,
  meetingOf,
  minutes,
  NEW_YORK,
  seconds,
  SEED_MEETING,
  seedInput,
  T0,
} from './fixtures.ts';

/** The room a seed builds; throws if either step refuses. */
function build(input: unknown): RoomState {
  const seed = parseRoomSeed(input);
  if (!seed.ok) throw new Error(JSON.stringify(seed.error));
  const room = createRoom(seed.value, T0);
  if (!room.ok) throw new Error(JSON.stringify(room.error));
  return room.value.state;
}

const meeting = SEED_MEETING;

describe('parseRoomSeed', () => {
  it("fills in the defaults: the meeting's in the seed, its notice and list as it opens", () => {
    const seed = parseRoomSeed({
      id: 'tc1',
      meeting: {
        title: 'Briefing',
        timeZone: 'America/New_York',
        sittings: [{ date: '2026-12-01', start: '15:00', end: '18:00' }],
      },
    });
    expect(seed).toEqual({
      ok: true,
      value: {
        id: 'tc1',
        meeting: {
          title: 'Briefing',
          theme: '',
          organ: '',
          format: '',
          room: '',
          timeZone: 'America/New_York',
          sittings: [{ date: '2026-12-01', start: '15:00', end: '18:00' }],
          defaultLimitMs: minutes(3),
          warningMs: seconds(30),
        },
        meetings: [],
      },
    });
    const created = seed.ok && createRoom(seed.value, T0);
    expect(created && created.ok && created.value.state.current).toMatchObject({
      interpretation: { status: 'available', languages: [] },
      listOpen: true,
      speakers: [],
    });
  });

  it.each<[string, unknown, string, string]>([
    ['not an object', 'cr4', 'invalidCommand', ''],
    ['an id in capitals', { ...seedInput(), id: 'CR4' }, 'invalidCommand', 'id'],
    ['an id with a slash', { ...seedInput(), id: 'cr4/../x' }, 'invalidCommand', 'id'],
    ['neither a meeting nor a time zone', { id: 'cr4' }, 'invalidTimeZone', 'timeZone'],
    [
      // The opening meeting takes its lists from its segments: speakers beside them would be lost.
      'speakers beside segments',
      { ...seedInput(), segments: [{ title: 'Opening', speakers: [{ delegation: 'CHN' }] }] },
      'invalidCommand',
      'speakers',
    ],
    [
      'a list without a meeting',
      { id: 'cr4', timeZone: NEW_YORK, speakers: [{ delegation: 'FRA' }] },
      'invalidCommand',
      'meeting',
    ],
    ['an unknown key', { ...seedInput(), chairKey: 'x' }, 'invalidCommand', ''],
    [
      'an unknown time zone',
      { ...seedInput(), meeting: { ...meeting, timeZone: 'New York' } },
      'invalidCommand',
      'meeting.timeZone',
    ],
    [
      'no sittings',
      { ...seedInput(), meeting: { ...meeting, sittings: [] } },
      'invalidCommand',
      'meeting.sittings',
    ],
    [
      'a sitting ending before it starts',
      {
        ...seedInput(),
        meeting: { ...meeting, sittings: [{ date: '2017-09-06', start: '13:00', end: '10:00' }] },
      },
      'invalidCommand',
      'meeting.sittings.0.end',
    ],
    [
      'sittings out of order',
      {
        ...seedInput(),
        meeting: {
          ...meeting,
          sittings: [
            { date: '2017-09-06', start: '15:00', end: '18:00' },
            { date: '2017-09-06', start: '10:00', end: '13:00' },
          ],
        },
      },
      'invalidCommand',
      'meeting.sittings',
    ],
    [
      'a title too long',
      { ...seedInput(), meeting: { ...meeting, title: 'x'.repeat(301) } },
      'textTooLong',
      'meeting.title',
    ],
    [
      'a limit too short',
      { ...seedInput(), meeting: { ...meeting, defaultLimitMs: 5000 } },
      'outOfRange',
      'meeting.defaultLimitMs',
    ],
    [
      'a speaker without a delegation',
      { ...seedInput(), speakers: [{ speakerName: 'X' }] },
      'invalidCommand',
      'speakers.0.delegation',
    ],
    [
      'a speaker with a position',
      { ...seedInput(), speakers: [{ delegation: 'FRA', position: 0 }] },
      'invalidCommand',
      'speakers.0',
    ],
    [
      'a speaker name too long',
      { ...seedInput(), speakers: [{ delegation: 'FRA', speakerName: 'x'.repeat(121) }] },
      'textTooLong',
      'speakers.0.speakerName',
    ],
    [
      'more speakers than a list holds',
      {
        ...seedInput(),
        speakers: Array.from({ length: MAX_SPEAKERS + 1 }, () => ({ delegation: 'FRA' })),
      },
      'invalidCommand',
      'speakers',
    ],
    [
      'partial interpretation without languages',
      { ...seedInput(), interpretation: { status: 'partial' } },
      'invalidCommand',
      'interpretation.languages',
    ],
    [
      'languages with full interpretation',
      { ...seedInput(), interpretation: { status: 'available', languages: ['en'] } },
      'invalidCommand',
      'interpretation.languages',
    ],
    [
      'a language that is not a UN language',
      { ...seedInput(), interpretation: { status: 'partial', languages: ['de'] } },
      'invalidCommand',
      'interpretation.languages.0',
    ],
  ])('refuses %s', (_name, input, code, path) => {
    const result = parseRoomSeed(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, path });
  });
});

describe('createRoom', () => {
  it('builds a room at version 0, its meeting open, not started, nobody on the floor', () => {
    const room = makeRoom();
    expect(room).toMatchObject({
      roomId: 'cr4',
      version: 0,
      history: [],
      room: { name: 'cr4', timeZone: NEW_YORK },
      upcoming: [],
    });
    expect(meetingOf(room)).toMatchObject({
      meetingId: '2017-09-06-1',
      status: { kind: 'notStarted' },
      listOpen: true,
      announcement: null,
      floor: null,
      record: [],
      nextId: 6,
      interpretation: { status: 'available', languages: [] },
      segments: [{ id: 'seg-1', title: '' }],
      segmentId: 'seg-1',
      parked: {},
    });
    expect(listOf(room)).toEqual([
      's1:waiting',
      's2:waiting',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
  });

  it('builds the list as addSpeaker would: delegations normalized, categories by default', () => {
    const room = makeRoom({
      speakers: [
        { delegation: 'European Union', category: 'intergovernmental' },
        {
          delegation: 'nld',
          title: 'Permanent Representative',
          onBehalfOf: 'the Group of Friends',
        },
        { delegation: 'VAT' },
        { delegation: 'BRA', limitMs: minutes(4) },
        { delegation: 'Global Centre for the Responsibility to Protect', category: 'civilSociety' },
      ],
    });
    expect(meetingOf(room).speakers).toEqual([
      {
        id: 's1',
        delegation: 'European Union',
        category: 'intergovernmental',
        limitMs: null,
        status: 'waiting',
      },
      {
        id: 's2',
        delegation: 'NLD',
        title: 'Permanent Representative',
        onBehalfOf: 'the Group of Friends',
        category: 'memberState',
        limitMs: null,
        status: 'waiting',
      },
      { id: 's3', delegation: 'VAT', category: 'observer', limitMs: null, status: 'waiting' },
      {
        id: 's4',
        delegation: 'BRA',
        category: 'memberState',
        limitMs: minutes(4),
        status: 'waiting',
      },
      {
        id: 's5',
        delegation: 'Global Centre for the Responsibility to Protect',
        category: 'civilSociety',
        limitMs: null,
        status: 'waiting',
      },
    ]);
  });

  it('a list closed in the seed is built first, then closed', () => {
    const room = makeRoom({ listOpen: false });
    expect(meetingOf(room).listOpen).toBe(false);
    expect(meetingOf(room).speakers).toHaveLength(5);
  });

  it('takes a full list', () => {
    const speakers = Array.from({ length: MAX_SPEAKERS }, () => ({ delegation: 'FRA' }));
    expect(meetingOf(makeRoom({ speakers })).speakers).toHaveLength(MAX_SPEAKERS);
  });

  it('keeps a partial interpretation with its languages', () => {
    const room = makeRoom({
      interpretation: { status: 'partial', languages: ['en', 'fr'], note: 'No Arabic booth' },
    });
    expect(meetingOf(room).interpretation).toEqual({
      status: 'partial',
      languages: ['en', 'fr'],
      note: 'No Arabic booth',
    });
  });

  it('builds every room of rooms.example.json', () => {
    const rooms = example.rooms.map(build);
    expect(rooms).toHaveLength(example.rooms.length);
    expect(new Set(rooms.map((r) => r.roomId)).size).toBe(rooms.length);
  });
});

describe("createRoom: the room's calendar", () => {
  const briefing = {
    title: 'Briefing',
    sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
  };

  /** What createRoom says of a seed, after parsing it (which must pass). */
  function create(input: RoomSeedInput) {
    const seed = parseRoomSeed(input);
    if (!seed.ok) throw new Error(JSON.stringify(seed.error));
    return createRoom(seed.value, T0);
  }

  it("lists the seed's own meeting as open and the others as scheduled, with their ids", () => {
    const afternoon = {
      title: 'Second',
      sittings: [{ date: '2017-09-07', start: '15:00', end: '18:00' }],
    };
    const created = create(seedInput({ meetings: [afternoon, briefing] }));
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.meetings.map((m) => [m.meetingId, m.status, m.setup.title])).toEqual([
      ['2017-09-06-1', 'open', SEED_MEETING.title],
      ['2017-09-07-1', 'scheduled', 'Second'],
      ['2017-09-07-2', 'scheduled', 'Briefing'],
    ]);
    expect(created.value.state.current?.meetingId).toBe('2017-09-06-1');
    // Announced soonest first, whatever the order of the file.
    expect(created.value.state.upcoming.map((m) => m.meetingId)).toEqual([
      '2017-09-07-2',
      '2017-09-07-1',
    ]);
  });

  it('a room given only its time zone has no meeting open, and its calendar', () => {
    const created = create({ id: 'cr4', timeZone: NEW_YORK, meetings: [briefing] });
    expect(created.ok && created.value.state).toMatchObject({
      room: { name: 'cr4', timeZone: NEW_YORK },
      current: null,
      upcoming: [{ meetingId: '2017-09-07-1', title: 'Briefing' }],
    });
  });

  it.each<[string, RoomSeedInput, string, string]>([
    [
      "a scheduled meeting overlapping the seed's own",
      seedInput({ meetings: [{ ...briefing, sittings: SEED_MEETING.sittings.slice(1) }] }),
      'scheduleOverlap',
      'meetings.0.sittings.0',
    ],
    [
      'two scheduled meetings overlapping',
      seedInput({
        meetings: [
          briefing,
          {
            title: 'Clash',
            sittings: [
              { date: '2017-09-07', start: '08:00', end: '09:00' },
              { date: '2017-09-07', start: '12:00', end: '14:00' },
            ],
          },
        ],
      }),
      'scheduleOverlap',
      'meetings.1.sittings.1',
    ],
    [
      "the seed's time zone not its meeting's",
      seedInput({ timeZone: 'Europe/Zurich' }),
      'invalidTimeZone',
      'meeting.timeZone',
    ],
  ])('refuses %s, naming the field', (_name, input, code, path) => {
    const created = create(input);
    expect(!created.ok && created.error).toMatchObject({ code, path });
  });

  it('refuses a bad speaker of a scheduled meeting at the desk, by its path', () => {
    const result = parseRoomSeed(
      seedInput({
        meetings: [
          {
            ...briefing,
            segments: [
              { title: 'A', speakers: [] },
              { title: 'B', speakers: [{ delegation: '' }] },
            ],
          },
        ],
      }),
    );
    expect(!result.ok && result.error).toMatchObject({
      code: 'invalidCommand',
      path: 'meetings.0.segments.1.speakers.0.delegation',
    });
  });
});
