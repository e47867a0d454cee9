// What a room's screens announce from its calendar: the next meeting (nextMeeting), and when an
// open meeting resumes between its sittings or after a suspension (resumesAt). Sittings are read
// on the room's clock, so the instants follow its daylight saving time.
import { describe, expect, it } from 'vitest';
import {
  firstStart,
  inCalendarOrder,
  nextMeeting,
  resumesAt,
  upcomingOf,
  type CalendarEntry,
} from '../../shared/domain/calendar.ts';
import type { RoomStatus, Sitting, UpcomingMeeting } from '../../shared/domain/types.ts';
import { HOUR_MS } from '../../shared/time.ts';
import { NEW_YORK, nyTime, SEED_MEETING, T0 } from './fixtures.ts';

const sitting = (date: string, start: string, end: string): Sitting => ({ date, start, end });

/** This afternoon's briefing, tomorrow's two-sitting dialogue, and a meeting next week. */
const UPCOMING: UpcomingMeeting[] = [
  {
    meetingId: '2017-09-06-2',
    title: 'Briefing',
    sittings: [sitting('2017-09-06', '15:00', '18:00')],
  },
  {
    meetingId: '2017-09-07-1',
    title: 'Dialogue',
    sittings: [sitting('2017-09-07', '10:00', '13:00'), sitting('2017-09-07', '15:00', '18:00')],
  },
  {
    meetingId: '2017-09-14-1',
    title: 'Consultations',
    sittings: [sitting('2017-09-14', '10:00', '11:00')],
  },
];

/** 2017-09-07 at 'HH:MM' in New York (EDT, UTC-4). */
const nextDay = (hhmm: string) => nyTime(hhmm) + 24 * HOUR_MS;

describe('nextMeeting', () => {
  it.each<[string, number, string | null, number | null]>([
    [
      'in the morning: the briefing this afternoon',
      nyTime('09:00'),
      '2017-09-06-2',
      nyTime('15:00'),
    ],
    [
      'while the briefing sits: the briefing still',
      nyTime('16:00'),
      '2017-09-06-2',
      nyTime('15:00'),
    ],
    [
      'as the briefing ends: the dialogue tomorrow',
      nyTime('18:00'),
      '2017-09-07-1',
      nextDay('10:00'),
    ],
    [
      "between the dialogue's sittings: its afternoon sitting",
      nextDay('13:30'),
      '2017-09-07-1',
      nextDay('15:00'),
    ],
    [
      'after the dialogue: next week',
      nextDay('19:00'),
      '2017-09-14-1',
      Date.UTC(2017, 8, 14, 14, 0),
    ],
    ['after everything: none', Date.UTC(2017, 8, 15), null, null],
  ])('%s', (_name, now, meetingId, startsAt) => {
    const next = nextMeeting(UPCOMING, now, NEW_YORK);
    expect(next && [next.meeting.meetingId, next.startsAt]).toEqual(
      meetingId === null ? null : [meetingId, startsAt],
    );
  });

  it('gives the meeting as announced', () => {
    expect(nextMeeting(UPCOMING, nyTime('09:00'), NEW_YORK)?.meeting).toBe(UPCOMING[0]);
  });

  it('with nothing scheduled, none', () => {
    expect(nextMeeting([], nyTime('09:00'), NEW_YORK)).toBeNull();
  });

  it("reads the sittings on the room's clock", () => {
    // 15:00 in Geneva (CEST, UTC+2) is 13:00 UTC; in New York it is 19:00 UTC.
    const geneva = nextMeeting(UPCOMING, Date.UTC(2017, 8, 6, 6), 'Europe/Zurich');
    expect(geneva?.startsAt).toBe(Date.UTC(2017, 8, 6, 13, 0));
    expect(nextMeeting(UPCOMING, Date.UTC(2017, 8, 6, 6), NEW_YORK)?.startsAt).toBe(
      Date.UTC(2017, 8, 6, 19, 0),
    );
  });

  it('across the autumn change of clocks, 10:00 is 10:00 on the room’s clock', () => {
    // Friday 2026-10-30 10:00 EDT (UTC-4); Monday 2026-11-02 10:00 EST (UTC-5).
    const monday: UpcomingMeeting = {
      meetingId: '2026-11-02-1',
      title: 'Monday meeting',
      sittings: [sitting('2026-11-02', '10:00', '13:00')],
    };
    expect(nextMeeting([monday], Date.UTC(2026, 9, 30, 14), NEW_YORK)?.startsAt).toBe(
      Date.UTC(2026, 10, 2, 15, 0),
    );
  });
});

describe('resumesAt', () => {
  const sittings = SEED_MEETING.sittings; // 2017-09-06 10:00-13:00 and 15:00-18:00
  const inSession: RoomStatus = { kind: 'inSession' };
  const suspended: RoomStatus = { kind: 'suspended' };

  it.each<[string, RoomStatus, number, number | null]>([
    ['in session, during a sitting: none', inSession, nyTime('11:00'), null],
    ['in session, between sittings: the next sitting', inSession, nyTime('13:30'), nyTime('15:00')],
    ['as the first sitting ends: the next sitting', inSession, nyTime('13:00'), nyTime('15:00')],
    ['as the next sitting starts: none, it sits', inSession, nyTime('15:00'), null],
    ['suspended without a time, between sittings', suspended, nyTime('13:30'), nyTime('15:00')],
    ['suspended without a time, during a sitting: none', suspended, nyTime('11:00'), null],
    [
      'suspended until a time: that time',
      { kind: 'suspended', resumesAt: nyTime('11:30') },
      nyTime('11:00'),
      nyTime('11:30'),
    ],
    [
      'suspended until a time, between sittings: the time, not the sitting',
      { kind: 'suspended', resumesAt: nyTime('14:30'), note: 'Consultations' },
      nyTime('13:30'),
      nyTime('14:30'),
    ],
    [
      'before the first sitting: none, it opens, it does not resume',
      { kind: 'notStarted' },
      nyTime('09:00'),
      null,
    ],
    ['after the last sitting: none', inSession, nyTime('18:30'), null],
    ['adjourned between sittings: none', { kind: 'adjourned' }, nyTime('13:30'), null],
    ['no meeting: none', { kind: 'noMeeting' }, nyTime('13:30'), null],
  ])('%s', (_name, status, now, expected) => {
    expect(resumesAt(status, sittings, now, NEW_YORK)).toBe(expected);
  });

  it('between sittings across the spring change of clocks, at 10:00 on the room’s clock', () => {
    // Friday 2026-03-06 in EST (UTC-5), Monday 2026-03-09 in EDT (UTC-4): the Monday sitting
    // starts at 14:00 UTC, not at the Friday's 15:00 UTC.
    const overWeekend = [
      sitting('2026-03-06', '10:00', '13:00'),
      sitting('2026-03-09', '10:00', '13:00'),
    ];
    expect(resumesAt(inSession, overWeekend, Date.UTC(2026, 2, 7, 12), NEW_YORK)).toBe(
      Date.UTC(2026, 2, 9, 14, 0),
    );
  });
});

describe('the calendar in order', () => {
  const entry = (
    meetingId: string,
    status: CalendarEntry['status'],
    date: string,
    start: string,
  ) => ({
    meetingId,
    title: `Meeting ${meetingId}`,
    status,
    sittings: [sitting(date, start, '23:00')],
  });

  it('firstStart is the first sitting on the room clock, empty without sittings', () => {
    expect(firstStart(SEED_MEETING.sittings)).toBe('2017-09-06 10:00');
    expect(firstStart([])).toBe('');
  });

  it('inCalendarOrder sorts by first sitting, then by id, leaving its input as it was', () => {
    const entries = [
      entry('b', 'scheduled', '2017-09-07', '10:00'),
      entry('c', 'open', '2017-09-06', '15:00'),
      entry('a', 'scheduled', '2017-09-07', '10:00'),
      entry('d', 'adjourned', '2017-09-06', '09:00'),
    ];
    const frozen = Object.freeze([...entries]);
    expect(inCalendarOrder(frozen).map((e) => e.meetingId)).toEqual(['d', 'c', 'a', 'b']);
    expect(frozen.map((e) => e.meetingId)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('upcomingOf announces the scheduled meetings only, soonest first, five at most', () => {
    const entries: CalendarEntry[] = [
      entry('open', 'open', '2017-09-06', '10:00'),
      entry('past', 'adjourned', '2017-09-05', '10:00'),
      ...['07', '12', '08', '11', '09', '10'].map((day) =>
        entry(`2017-09-${day}-1`, 'scheduled', `2017-09-${day}`, '10:00'),
      ),
    ];
    const upcoming = upcomingOf(entries, T0, NEW_YORK);
    expect(upcoming.map((m) => m.meetingId)).toEqual([
      '2017-09-07-1',
      '2017-09-08-1',
      '2017-09-09-1',
      '2017-09-10-1',
      '2017-09-11-1',
    ]);
    // Two days on, the two meetings now over (never opened) give their places to the next.
    const later = upcomingOf(entries, T0 + 2 * 86_400_000 + 13 * 3_600_000, NEW_YORK);
    expect(later.map((m) => m.meetingId)).toEqual([
      '2017-09-09-1',
      '2017-09-10-1',
      '2017-09-11-1',
      '2017-09-12-1',
    ]);
    expect(upcoming[0]).toEqual({
      meetingId: '2017-09-07-1',
      title: 'Meeting 2017-09-07-1',
      sittings: [sitting('2017-09-07', '10:00', '23:00')],
    });
  });
});
