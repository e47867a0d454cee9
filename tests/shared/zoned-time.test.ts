// Local wall-clock times in a meeting's time zone, to instants and back.
import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  addDays,
  isValidTimeZone,
  localDateAt,
  localTimeAt,
  wallClockAt,
  zonedTimeToEpoch,
} from '../../shared/zoned-time.ts';
import { NEW_YORK, T0 } from './fixtures.ts';

const GENEVA = 'Europe/Zurich';
const TOKYO = 'Asia/Tokyo';

describe('zonedTimeToEpoch and back', () => {
  it.each([
    // zone, date, time, the instant in UTC
    [NEW_YORK, '2017-09-06', '10:00', Date.UTC(2017, 8, 6, 14, 0)], // summer, UTC-4
    [NEW_YORK, '2017-09-06', '18:00', Date.UTC(2017, 8, 6, 22, 0)],
    [NEW_YORK, '2017-01-10', '10:00', Date.UTC(2017, 0, 10, 15, 0)], // winter, UTC-5
    [NEW_YORK, '2017-12-31', '23:59', Date.UTC(2018, 0, 1, 4, 59)], // the next day in UTC
    [NEW_YORK, '2017-03-12', '10:00', Date.UTC(2017, 2, 12, 14, 0)], // the day clocks go forward
    [NEW_YORK, '2017-03-12', '01:59', Date.UTC(2017, 2, 12, 6, 59)], // just before the change
    [NEW_YORK, '2017-03-12', '03:00', Date.UTC(2017, 2, 12, 7, 0)], // just after it
    [NEW_YORK, '2017-11-05', '10:00', Date.UTC(2017, 10, 5, 15, 0)], // the day clocks go back
    [NEW_YORK, '2017-11-05', '00:30', Date.UTC(2017, 10, 5, 4, 30)],
    [GENEVA, '2017-09-06', '10:00', Date.UTC(2017, 8, 6, 8, 0)], // summer, UTC+2
    [GENEVA, '2017-01-10', '10:00', Date.UTC(2017, 0, 10, 9, 0)], // winter, UTC+1
    [GENEVA, '2017-03-26', '10:00', Date.UTC(2017, 2, 26, 8, 0)], // the day clocks go forward
    [GENEVA, '2017-10-29', '10:00', Date.UTC(2017, 9, 29, 9, 0)], // the day clocks go back
    [TOKYO, '2017-09-06', '10:00', Date.UTC(2017, 8, 6, 1, 0)], // UTC+9, all year
    [TOKYO, '2017-01-10', '10:00', Date.UTC(2017, 0, 10, 1, 0)],
    [TOKYO, '2017-09-06', '08:00', Date.UTC(2017, 8, 5, 23, 0)], // the day before in UTC
    ['UTC', '2017-09-06', '10:00', Date.UTC(2017, 8, 6, 10, 0)],
    ['Asia/Kolkata', '2017-09-06', '10:00', Date.UTC(2017, 8, 6, 4, 30)], // a half-hour offset
  ])('%s %s %s is %i', (zone, date, time, instant) => {
    expect(zonedTimeToEpoch(date, time, zone)).toBe(instant);
    expect(localDateAt(instant, zone)).toBe(date);
    expect(localTimeAt(instant, zone)).toBe(time);
  });

  it.each([NEW_YORK, GENEVA, TOKYO])(
    'round-trips 10:00 and 17:45 on every day of 2017 in %s',
    (zone) => {
      for (let day = 0; day < 365; day += 1) {
        const date = new Date(Date.UTC(2017, 0, 1 + day)).toISOString().slice(0, 10);
        for (const time of ['10:00', '17:45']) {
          const instant = zonedTimeToEpoch(date, time, zone);
          expect(localDateAt(instant, zone)).toBe(date);
          expect(localTimeAt(instant, zone)).toBe(time);
        }
      }
    },
  );

  it('lands in the sitting hours on both sides of a clock change', () => {
    // A week apart across the US change: 10:00 local both times, an hour apart in UTC terms.
    const before = zonedTimeToEpoch('2017-11-01', '10:00', NEW_YORK);
    const after = zonedTimeToEpoch('2017-11-08', '10:00', NEW_YORK);
    expect(after - before).toBe(7 * 24 * 3_600_000 + 3_600_000);
  });
});

describe('localTimeAt and localDateAt', () => {
  it('read the same instant on three clocks', () => {
    expect([NEW_YORK, GENEVA, TOKYO].map((zone) => localTimeAt(T0, zone))).toEqual([
      '10:00',
      '16:00',
      '23:00',
    ]);
    expect([NEW_YORK, GENEVA, TOKYO].map((zone) => localDateAt(T0, zone))).toEqual([
      '2017-09-06',
      '2017-09-06',
      '2017-09-06',
    ]);
    expect(localDateAt(T0 + 2 * 3_600_000, TOKYO)).toBe('2017-09-07');
  });

  it('midnight reads 00:00, not 24:00', () => {
    expect(localTimeAt(Date.UTC(2017, 8, 7, 4, 0), NEW_YORK)).toBe('00:00');
    expect(localDateAt(Date.UTC(2017, 8, 7, 4, 0), NEW_YORK)).toBe('2017-09-07');
  });

  it('wallClockAt gives every field, seconds included', () => {
    expect(wallClockAt(Date.UTC(2017, 8, 6, 14, 3, 15, 900), NEW_YORK)).toEqual({
      year: 2017,
      month: 9,
      day: 6,
      hour: 10,
      minute: 3,
      second: 15,
    });
  });
});

describe('addDays', () => {
  it.each([
    ['2017-09-06', 1, '2017-09-07'],
    ['2017-09-30', 1, '2017-10-01'],
    ['2017-12-31', 1, '2018-01-01'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2017-02-28', 1, '2017-03-01'],
    ['2017-03-11', 1, '2017-03-12'], // the eve of a clock change: still one calendar day
    ['2017-11-05', 1, '2017-11-06'],
    ['2017-09-06', 0, '2017-09-06'],
    ['2017-01-01', -1, '2016-12-31'],
  ])('%s + %i day(s) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    [NEW_YORK, true],
    [GENEVA, true],
    [TOKYO, true],
    ['UTC', true],
    ['Africa/Nairobi', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['+05:00', false],
    ['New York', false],
  ])('%j: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('instants no date can hold', () => {
  it.each([
    ['past the last instant a date holds', 8.64e15 + 1],
    ['1e20', 1e20],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['before the first', -8.64e15 - 1],
  ])('%s: shown as --:--, never "Invalid time value"', (_name, at) => {
    expect(localTimeAt(at, NEW_YORK)).toBe('--:--');
    expect(localDateAt(at, NEW_YORK)).toBe('');
    expect(Number.isNaN(wallClockAt(at, NEW_YORK).hour)).toBe(true);
  });

  it('the last instant a date holds is still shown', () => {
    expect(localTimeAt(8.64e15, 'UTC')).toBe('00:00');
  });

  it('a date too far for the calendar gives no next day', () => {
    expect(addDays('', 1)).toBe('');
    expect(addDays('not a date', 1)).toBe('');
  });
});

describe('canonicalTimeZone', () => {
  it('spells a known zone as the IANA list does, whatever the case it was typed in', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('EUROPE/ZURICH')).toBe('Europe/Zurich');
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
  });
});
