// The calendar as read: groups in order, dates in each language, a copy's sittings moved, and
// the links of the printed sheet.
import { describe, expect, it } from 'vitest';
import {
  calendarGroups,
  datePassed,
  dateLabel,
  sittingLabel,
  sittingsMovedTo,
  zoneOffset,
} from '../../../client/views/admin/calendar-model.ts';
import { hubAddress, screenLinks } from '../../../client/views/admin/screen-links.ts';
import type { MeetingListing } from '../../../shared/protocol.ts';

const meeting = (meetingId: string, status: MeetingListing['status']): MeetingListing => ({
  meetingId,
  title: meetingId,
  status,
  sittings: [{ date: meetingId.slice(0, 10), start: '10:00', end: '13:00' }],
});

describe('the calendar', () => {
  it('groups meetings as past, open and upcoming, keeping the hub’s order in each', () => {
    const listing = [
      meeting('2017-09-01-1', 'adjourned'),
      meeting('2017-09-04-1', 'adjourned'),
      meeting('2017-09-06-1', 'open'),
      meeting('2017-09-07-1', 'scheduled'),
      meeting('2017-09-08-1', 'scheduled'),
    ];
    const groups = calendarGroups(listing);
    expect(groups.past.map((m) => m.meetingId)).toEqual(['2017-09-01-1', '2017-09-04-1']);
    expect(groups.open.map((m) => m.meetingId)).toEqual(['2017-09-06-1']);
    expect(groups.upcoming.map((m) => m.meetingId)).toEqual(['2017-09-07-1', '2017-09-08-1']);
  });

  it('says when a scheduled meeting’s date has passed', () => {
    const sittings = [{ date: '2017-09-06', start: '10:00', end: '13:00' }];
    expect(datePassed(sittings, '2017-09-06 12:59')).toBe(false);
    expect(datePassed(sittings, '2017-09-06 13:00')).toBe(true);
  });

  it('writes dates in the reader’s language with Western digits, whatever the reader’s zone', () => {
    expect(dateLabel('2017-09-06', 'en')).toBe('Wed, Sep 6, 2017');
    expect(dateLabel('2017-09-06', 'fr')).toBe('mer. 6 sept. 2017');
    expect(dateLabel('2017-09-06', 'ar')).toMatch(/6/);
    expect(dateLabel('2017-09-06', 'ar')).not.toMatch(/[٠-٩]/);
    expect(sittingLabel({ date: '2017-09-06', start: '15:00', end: '18:00' }, 'en')).toBe(
      'Wed, Sep 6, 2017 · 15:00–18:00',
    );
  });

  it('moves a copy’s sittings to a new first date, keeping days apart and times', () => {
    const sittings = [
      { date: '2017-09-06', start: '15:00', end: '18:00' },
      { date: '2017-09-07', start: '10:00', end: '13:00' },
    ];
    expect(sittingsMovedTo(sittings, '2017-10-31')).toEqual([
      { date: '2017-10-31', start: '15:00', end: '18:00' },
      { date: '2017-11-01', start: '10:00', end: '13:00' },
    ]);
  });

  it('says the room’s offset from UTC at an instant', () => {
    expect(zoneOffset('America/New_York', Date.UTC(2017, 8, 6), 'en')).toBe('GMT-4');
    expect(zoneOffset('America/New_York', Date.UTC(2017, 11, 6), 'en')).toBe('GMT-5');
  });
});

describe('the sheet’s links', () => {
  it('are the room’s three screens at the hub’s address, the key only when given', () => {
    expect(screenLinks('192.0.2.2:8080/', 'cr4')).toEqual({
      wall: 'http://192.0.2.2:8080/display/cr4',
      phones: 'http://192.0.2.2:8080/follow/cr4',
      console: 'http://192.0.2.2:8080/chair/cr4',
    });
    expect(screenLinks('https://rostrum.example', 'cr4', 'a b').console).toBe(
      'https://rostrum.example/chair/cr4#key=a%20b',
    );
    expect(hubAddress(' http://hub:8080// ')).toBe('http://hub:8080');
  });
});
