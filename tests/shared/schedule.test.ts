// The rules of a room's calendar (calendar.ts, schedule.ts): no two meetings of a room sit at
// the same time; a meeting is planned, changed and copied whole, its lists checked at the desk;
// an open meeting's details may change, its lists only from the chair's console.
import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/domain/apply.ts';
import { checkSchedule, newMeetingId, type CalendarEntry } from '../../shared/domain/calendar.ts';
import { MAX_SCHEDULED } from '../../shared/domain/create-room.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import {
  meetingSetupSchema,
  type MeetingSetup,
  type MeetingSetupInput,
} from '../../shared/domain/meeting-setup.ts';
import {
  copyMeeting,
  openMeetingPatch,
  planMeeting,
  replanMeeting,
} from '../../shared/domain/schedule.ts';
import type { RoomInfo, Sitting } from '../../shared/domain/types.ts';
import {
  accept,
  calendarOf,
  makeRoom,
  meetingOf,
  minutes,
  NEW_YORK,
  SEED_MEETING,
  seconds,
} from './fixtures.ts';

const ROOM: RoomInfo = { name: 'Conference Room 4', timeZone: NEW_YORK };

const sitting = (date: string, start: string, end: string): Sitting => ({ date, start, end });

/** The room's calendar: today's dialogue (open, two sittings), tomorrow morning's briefing. */
const CALENDAR: CalendarEntry[] = [
  {
    meetingId: '2017-09-06-1',
    title: 'Informal interactive dialogue',
    status: 'open',
    sittings: SEED_MEETING.sittings,
  },
  {
    meetingId: '2017-09-07-1',
    title: 'Briefing',
    status: 'scheduled',
    sittings: [sitting('2017-09-07', '10:00', '13:00')],
  },
];

/** A meeting as the secretariat sends it; on 2017-09-08 unless told otherwise. */
const input = (overrides: Partial<MeetingSetupInput> = {}): MeetingSetupInput => ({
  title: 'Consultations',
  sittings: [sitting('2017-09-08', '10:00', '13:00')],
  ...overrides,
});

/** The setup of a scheduled meeting with every field set away from its default. */
const FULL: MeetingSetup = meetingSetupSchema.parse({
  title: 'Briefing',
  theme: 'The work of the Committee',
  organ: 'Economic and Social Council',
  format: 'briefing',
  sittings: [sitting('2017-09-07', '10:00', '13:00')],
  defaultLimitMs: minutes(5),
  warningMs: seconds(45),
  note: 'Webcast',
  interpretation: { status: 'partial', languages: ['en', 'fr'] },
  listOpen: false,
  segments: [
    { title: 'Opening', defaultLimitMs: minutes(10), speakers: [{ delegation: 'PGA' }] },
    { title: 'Dialogue', speakers: [{ delegation: 'FRA' }, { delegation: 'CHN' }] },
  ],
});

describe('checkSchedule: no two meetings of a room overlap', () => {
  it.each<[string, Sitting[], string | null]>([
    ['a sitting inside another meeting’s', [sitting('2017-09-06', '11:00', '12:00')], 'sittings.0'],
    ['a sitting around another’s', [sitting('2017-09-06', '09:00', '19:00')], 'sittings.0'],
    ['one minute over its start', [sitting('2017-09-06', '08:00', '10:01')], 'sittings.0'],
    ['one minute over its end', [sitting('2017-09-06', '17:59', '19:00')], 'sittings.0'],
    [
      'the second sitting clashing',
      [sitting('2017-09-05', '10:00', '13:00'), sitting('2017-09-07', '12:00', '14:00')],
      'sittings.1',
    ],
    ['ending as the other starts', [sitting('2017-09-06', '08:00', '10:00')], null],
    ['starting as the other ends', [sitting('2017-09-06', '18:00', '20:00')], null],
    ['exactly between two sittings', [sitting('2017-09-06', '13:00', '15:00')], null],
    ['the same hours on another day', [sitting('2017-09-08', '10:00', '13:00')], null],
  ])('%s', (_name, sittings, path) => {
    const result = checkSchedule(sittings, CALENDAR);
    if (path === null) {
      expect(result).toEqual({ ok: true, value: true });
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'scheduleOverlap', path });
  });

  it('names the sitting, and the meeting it collides with by title, id and hours', () => {
    const result = checkSchedule([sitting('2017-09-06', '17:00', '19:00')], CALENDAR);
    expect(!result.ok && result.error.message).toBe(
      'sittings.0: 2017-09-06 17:00-19:00 overlaps "Informal interactive dialogue" (2017-09-06-1, 2017-09-06 15:00-18:00) in this room.',
    );
  });

  it('leaves out the meeting being changed, and only that one', () => {
    const own = [sitting('2017-09-06', '10:00', '13:00')];
    expect(checkSchedule(own, CALENDAR, '2017-09-06-1').ok).toBe(true);
    expect(checkSchedule(own, CALENDAR, '2017-09-07-1').ok).toBe(false);
  });

  it('an adjourned meeting holds no time: what is left of its sitting may be given to another', () => {
    const open: CalendarEntry[] = [{ ...CALENDAR[0], status: 'open' } as CalendarEntry];
    const later = [sitting('2017-09-06', '12:00', '14:00')];
    expect(checkSchedule(later, open).ok).toBe(false);
    const adjourned: CalendarEntry[] = [{ ...CALENDAR[0], status: 'adjourned' } as CalendarEntry];
    expect(checkSchedule(later, adjourned).ok).toBe(true);
  });
});

describe('newMeetingId', () => {
  it.each<[string, Sitting[], string[], string]>([
    [
      'the date of the first sitting and 1',
      [sitting('2017-09-08', '10:00', '11:00')],
      [],
      '2017-09-08-1',
    ],
    [
      'the next number free that day',
      [sitting('2017-09-07', '15:00', '18:00')],
      ['2017-09-07-1', '2017-09-07-2'],
      '2017-09-07-3',
    ],
    [
      'a gap is filled',
      [sitting('2017-09-07', '15:00', '18:00')],
      ['2017-09-07-2'],
      '2017-09-07-1',
    ],
    [
      'by the first sitting, not a later one',
      SEED_MEETING.sittings,
      ['2017-09-07-1'],
      '2017-09-06-1',
    ],
    ['no sittings', [], [], 'meeting-1'],
  ])('%s', (_name, sittings, taken, id) => {
    expect(newMeetingId(sittings, new Set(taken))).toBe(id);
  });
});

describe('planMeeting', () => {
  it('gives the new meeting an id and its setup with the defaults filled in', () => {
    const result = planMeeting(input(), CALENDAR, ROOM);
    expect(result).toEqual({
      ok: true,
      value: {
        meetingId: '2017-09-08-1',
        setup: {
          title: 'Consultations',
          theme: '',
          organ: '',
          format: '',
          sittings: [sitting('2017-09-08', '10:00', '13:00')],
          defaultLimitMs: minutes(3),
          warningMs: seconds(30),
          interpretation: { status: 'available', languages: [] },
          listOpen: true,
        },
      },
    });
  });

  it('numbers a second meeting of a day on', () => {
    const result = planMeeting(
      input({ sittings: [sitting('2017-09-07', '15:00', '18:00')] }),
      CALENDAR,
      ROOM,
    );
    expect(result.ok && result.value.meetingId).toBe('2017-09-07-2');
  });

  it('refuses sittings overlapping another meeting of the room, naming it', () => {
    const result = planMeeting(
      input({
        sittings: [
          sitting('2017-09-06', '19:00', '20:00'),
          sitting('2017-09-07', '09:00', '10:30'),
        ],
      }),
      CALENDAR,
      ROOM,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'scheduleOverlap', path: 'sittings.1' });
    expect(result.error.message).toContain('"Briefing" (2017-09-07-1');
  });

  it.each<[string, MeetingSetupInput | Record<string, unknown>, DomainErrorCode, string]>([
    [
      'a speaker without a delegation, in the second segment',
      input({
        segments: [
          { title: 'Opening', speakers: [{ delegation: 'PGA' }] },
          { title: 'Dialogue', speakers: [{ delegation: '  ' }] },
        ],
      }),
      'invalidCommand',
      'segments.1.speakers.0.delegation',
    ],
    [
      'a delegation too long',
      input({ speakers: [{ delegation: 'FRA' }, { delegation: 'x'.repeat(121) }] }),
      'textTooLong',
      'speakers.1.delegation',
    ],
    [
      "a segment's limit out of range",
      input({ segments: [{ title: 'Opening', defaultLimitMs: 5, speakers: [] }] }),
      'outOfRange',
      'segments.0.defaultLimitMs',
    ],
    [
      'speakers beside segments',
      input({ speakers: [{ delegation: 'FRA' }], segments: [{ title: 'Opening', speakers: [] }] }),
      'invalidCommand',
      'speakers',
    ],
    [
      'more than 20 segments',
      input({
        segments: Array.from({ length: 21 }, (_, i) => ({ title: `Part ${i}`, speakers: [] })),
      }),
      'invalidCommand',
      'segments',
    ],
    [
      'a sitting ending before it starts',
      input({ sittings: [sitting('2017-09-08', '13:00', '10:00')] }),
      'invalidSittings',
      'sittings.0.end',
    ],
    [
      'no title',
      { sittings: [sitting('2017-09-08', '10:00', '13:00')] },
      'invalidCommand',
      'title',
    ],
    ['a field of the room', { ...input(), timeZone: NEW_YORK }, 'invalidCommand', ''],
  ])('refuses %s, naming the field', (_name, bad, code, path) => {
    const result = planMeeting(bad, CALENDAR, ROOM);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, path });
  });

  it(`takes at most ${MAX_SCHEDULED} meetings scheduled at once; held ones do not count`, () => {
    const many = (count: number, status: CalendarEntry['status']): CalendarEntry[] =>
      Array.from({ length: count }, (_, i) => ({
        meetingId: `m${i}-${status}`,
        title: 'Meeting',
        status,
        sittings: [sitting('2018-01-01', '10:00', '11:00')],
      }));
    // Their sittings are all alike: the count is checked before the schedule.
    const full = planMeeting(input(), many(MAX_SCHEDULED, 'scheduled'), ROOM);
    expect(!full.ok && full.error.code).toBe('outOfRange');
    const nearly = [...many(MAX_SCHEDULED - 1, 'scheduled'), ...many(50, 'adjourned')];
    expect(planMeeting(input(), nearly, ROOM).ok).toBe(true);
  });
});

describe('replanMeeting', () => {
  const calendar: CalendarEntry[] = [
    ...CALENDAR,
    {
      meetingId: '2017-09-08-1',
      title: 'Consultations',
      status: 'scheduled',
      sittings: [sitting('2017-09-08', '10:00', '13:00')],
    },
  ];
  const replan = (patch: unknown) => replanMeeting('2017-09-07-1', FULL, patch, calendar, ROOM);

  it('a patch naming one field changes that field and only that one', () => {
    expect(replan({ title: 'Briefing by the Chair' })).toEqual({
      ok: true,
      value: { ...FULL, title: 'Briefing by the Chair' },
    });
    expect(replan({ warningMs: 0 })).toEqual({ ok: true, value: { ...FULL, warningMs: 0 } });
  });

  it('excludes the meeting itself from the schedule: its own hours, moved within them', () => {
    const later = [sitting('2017-09-07', '11:00', '13:00')];
    expect(replan({ sittings: later })).toEqual({ ok: true, value: { ...FULL, sittings: later } });
  });

  it("refuses to move it onto another meeting's hours", () => {
    const result = replan({ sittings: [sitting('2017-09-08', '12:00', '14:00')] });
    expect(!result.ok && result.error).toMatchObject({
      code: 'scheduleOverlap',
      path: 'sittings.0',
    });
  });

  it('takes the lists whole: segments replace the segments, a list replaces them all', () => {
    const segments = [{ title: 'Only part', speakers: [{ delegation: 'IND' }] }];
    const resegmented = replan({ segments });
    expect(resegmented.ok && resegmented.value.segments).toEqual(segments);
    const single = replan({ speakers: [{ delegation: 'BRA' }] });
    expect(single.ok && single.value).toEqual({
      ...Object.fromEntries(Object.entries(FULL).filter(([key]) => key !== 'segments')),
      speakers: [{ delegation: 'BRA' }],
    });
  });

  it.each<[string, unknown, DomainErrorCode, string | undefined]>([
    ['an empty patch', {}, 'invalidCommand', undefined],
    [
      'speakers and segments together',
      { speakers: [], segments: [{ title: 'A', speakers: [{ delegation: 'FRA' }] }] },
      'invalidCommand',
      'speakers',
    ],
    [
      'a bad speaker in a segment',
      { segments: [{ title: 'A', speakers: [{ delegation: 'FRA' }, { delegation: '' }] }] },
      'invalidCommand',
      'segments.0.speakers.1.delegation',
    ],
    ['an unknown field', { room: 'Conference Room 1' }, 'invalidCommand', ''],
  ])('refuses %s', (_name, patch, code, path) => {
    const result = replan(patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path).toBe(path);
  });
});

describe('copyMeeting', () => {
  it('schedules a new meeting with the same settings and lists, on other sittings', () => {
    const sittings = [sitting('2017-09-14', '10:00', '13:00')];
    expect(copyMeeting(FULL, { sittings }, CALENDAR, ROOM)).toEqual({
      ok: true,
      value: { meetingId: '2017-09-14-1', setup: { ...FULL, sittings } },
    });
  });

  it("refuses sittings overlapping the original's, naming it", () => {
    const result = copyMeeting(
      FULL,
      { sittings: [sitting('2017-09-07', '12:00', '13:30')] },
      CALENDAR,
      ROOM,
    );
    expect(!result.ok && result.error).toMatchObject({
      code: 'scheduleOverlap',
      path: 'sittings.0',
    });
    expect(!result.ok && result.error.message).toContain('2017-09-07-1');
  });

  it.each<[string, unknown, DomainErrorCode, string]>([
    ['no sittings', {}, 'invalidSittings', 'sittings'],
    ['an empty list of sittings', { sittings: [] }, 'invalidSittings', 'sittings'],
    [
      'another field beside the sittings',
      { sittings: [sitting('2017-09-14', '10:00', '13:00')], title: 'Copy' },
      'invalidCommand',
      '',
    ],
  ])('refuses %s', (_name, body, code, path) => {
    const result = copyMeeting(FULL, body, CALENDAR, ROOM);
    expect(!result.ok && result.error).toMatchObject({ code, path });
  });
});

describe('openMeetingPatch: what the secretariat may still change of an open meeting', () => {
  it('turns its details into the updateMeeting the console would send, and nothing more', () => {
    expect(openMeetingPatch({ title: 'Renamed', note: 'Webcast' })).toEqual({
      ok: true,
      value: { type: 'updateMeeting', title: 'Renamed', note: 'Webcast' },
    });
  });

  it.each(['speakers', 'segments', 'listOpen', 'interpretation'])(
    'refuses %s: the chair changes it from the console',
    (field) => {
      const value = {
        speakers: [{ delegation: 'FRA' }],
        segments: [{ title: 'A', speakers: [] }],
        listOpen: false,
        interpretation: { status: 'unavailable' },
      }[field];
      const result = openMeetingPatch({ title: 'Renamed', [field]: value });
      expect(!result.ok && result.error).toMatchObject({ code: 'meetingOpen', path: field });
    },
  );

  it('refuses a bad value as a setup does', () => {
    const result = openMeetingPatch({ warningMs: minutes(11) });
    expect(!result.ok && result.error).toMatchObject({ code: 'outOfRange', path: 'warningMs' });
  });

  it('applied to the open meeting, changes what it names and leaves the rest', () => {
    const room = makeRoom({
      meeting: { ...SEED_MEETING, theme: 'Accountability', defaultLimitMs: minutes(4) },
    });
    const patch = openMeetingPatch({ title: 'Renamed' });
    if (!patch.ok) throw new Error(patch.error.message);
    const next = accept(room, patch.value);
    expect(meetingOf(next).meeting).toEqual({ ...meetingOf(room).meeting, title: 'Renamed' });
  });

  it("new sittings for the open meeting keep the schedule's rule", () => {
    const room = makeRoom();
    const patch = openMeetingPatch({ sittings: [sitting('2017-09-06', '10:00', '19:00')] });
    if (!patch.ok) throw new Error(patch.error.message);
    const evening = calendarOf([
      {
        meetingId: '2017-09-06-2',
        status: 'scheduled',
        setup: meetingSetupSchema.parse(
          input({ sittings: [sitting('2017-09-06', '18:30', '20:00')] }),
        ),
      },
    ]);
    const result = apply(room, patch.value, Date.UTC(2017, 8, 6, 14), evening);
    expect(!result.ok && result.error).toMatchObject({
      code: 'scheduleOverlap',
      path: 'sittings.0',
    });
    // Its own sittings are no clash: the open meeting is left out of the check.
    const own = calendarOf([
      {
        meetingId: meetingOf(room).meetingId,
        status: 'open',
        setup: meetingSetupSchema.parse(input({ sittings: SEED_MEETING.sittings })),
      },
    ]);
    expect(apply(room, patch.value, Date.UTC(2017, 8, 6, 14), own).ok).toBe(true);
  });
});
