// A time of day typed on the room's clock, as the instant it means (shared/time-of-day.ts):
// today while it is ahead or just gone, the next day only when the sittings make sense of it.
import { describe, expect, it } from 'vitest';
import { instantsOf, resolveTimeOfDay, type RoomCalendar } from '../../shared/time-of-day.ts';
import { HOUR_MS, MINUTE_MS, type EpochMs } from '../../shared/time.ts';
import { NEW_YORK } from './fixtures.ts';

// 2026-03-08 is the day New York's clocks go forward (02:00 EST to 03:00 EDT: 23 hours);
// 2026-11-01 the day they go back (02:00 EDT to 01:00 EST: 25 hours).
const EST = (date: string, hh: number, mm: number): EpochMs => utc(date, hh + 5, mm);
const EDT = (date: string, hh: number, mm: number): EpochMs => utc(date, hh + 4, mm);
function utc(date: string, hh: number, mm: number): EpochMs {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm);
}

const calendar = (...sittings: [string, string, string][]): RoomCalendar => ({
  timeZone: NEW_YORK,
  sittings: sittings.map(([date, start, end]) => ({ date, start, end })),
});

/** Two sittings on the Saturday before spring forward, the morning one on the Sunday. */
const SPRING = calendar(
  ['2026-03-07', '10:00', '13:00'],
  ['2026-03-07', '15:00', '18:00'],
  ['2026-03-08', '10:00', '13:00'],
);
/** The same with an afternoon sitting on the Sunday too. */
const SPRING_ALL_DAY = calendar(
  ['2026-03-07', '10:00', '13:00'],
  ['2026-03-07', '15:00', '18:00'],
  ['2026-03-08', '10:00', '13:00'],
  ['2026-03-08', '15:00', '18:00'],
);
/** One day only: nothing the next day. */
const ONE_DAY = calendar(['2026-03-07', '10:00', '13:00'], ['2026-03-07', '15:00', '18:00']);
/** The Saturday before the clocks go back, and the Sunday morning. */
const AUTUMN = calendar(['2026-10-31', '10:00', '18:00'], ['2026-11-01', '10:00', '13:00']);

describe('resolveTimeOfDay', () => {
  it.each<[string, RoomCalendar, string, EpochMs, EpochMs | undefined]>([
    // name, sittings, typed, now, the instant it means (undefined: none sensible)
    ['later today', SPRING, '15:00', EST('2026-03-07', 12, 55), EST('2026-03-07', 15, 0)],
    ['a minute ahead', SPRING, '12:56', EST('2026-03-07', 12, 55), EST('2026-03-07', 12, 56)],
    ['now', SPRING, '12:55', EST('2026-03-07', 12, 55), EST('2026-03-07', 12, 55)],
    [
      '4 min gone: just now',
      ONE_DAY,
      '12:51',
      EST('2026-03-07', 12, 55),
      EST('2026-03-07', 12, 51),
    ],
    [
      '5 min gone: just now',
      ONE_DAY,
      '12:50',
      EST('2026-03-07', 12, 55),
      EST('2026-03-07', 12, 50),
    ],
    ['6 min gone, no sitting tomorrow', ONE_DAY, '12:49', EST('2026-03-07', 12, 55), undefined],
    [
      '6 min gone, a sitting tomorrow going past it: tomorrow (a 23-hour day)',
      SPRING,
      '12:49',
      EST('2026-03-07', 12, 55),
      EDT('2026-03-08', 12, 49),
    ],
    // The case: "16:12" typed at 16:42 must not become a day later by itself.
    ['16:12 at 16:42, no sitting tomorrow', ONE_DAY, '16:12', EST('2026-03-07', 16, 42), undefined],
    [
      '16:12 at 16:42, tomorrow only a morning sitting',
      SPRING,
      '16:12',
      EST('2026-03-07', 16, 42),
      undefined,
    ],
    [
      '16:12 at 16:42, a sitting tomorrow afternoon: 22.5 h later',
      SPRING_ALL_DAY,
      '16:12',
      EST('2026-03-07', 16, 42),
      EDT('2026-03-08', 16, 12),
    ],
    [
      'the evening before spring forward: the next morning',
      SPRING,
      '10:00',
      EST('2026-03-07', 23, 30),
      EDT('2026-03-08', 10, 0),
    ],
    [
      'across midnight, 20 min ahead: no sitting needed',
      ONE_DAY,
      '00:10',
      EST('2026-03-07', 23, 50),
      EST('2026-03-08', 0, 10),
    ],
    [
      'across midnight and the skipped hour, 2h40 ahead',
      ONE_DAY,
      '03:30',
      EST('2026-03-07', 23, 50),
      EDT('2026-03-08', 3, 30),
    ],
    [
      'across midnight, more than 3 h ahead',
      ONE_DAY,
      '04:00',
      EST('2026-03-07', 23, 50),
      undefined,
    ],
    [
      'just after midnight: later this day',
      SPRING,
      '10:00',
      EST('2026-03-08', 0, 5),
      EDT('2026-03-08', 10, 0),
    ],
    [
      'just after midnight: 23:58 is just now, on the day before',
      ONE_DAY,
      '23:58',
      EST('2026-03-08', 0, 1),
      EST('2026-03-07', 23, 58),
    ],
    [
      'the evening before the clocks go back: the next morning (a 25-hour day)',
      AUTUMN,
      '10:00',
      EDT('2026-10-31', 17, 55),
      EST('2026-11-01', 10, 0),
    ],
    [
      'the night the clocks go back, 00:15 gone: not a day later',
      AUTUMN,
      '00:15',
      EDT('2026-11-01', 0, 30),
      undefined,
    ],
    [
      'the morning the clocks went back: later today',
      AUTUMN,
      '10:00',
      EST('2026-11-01', 8, 0),
      EST('2026-11-01', 10, 0),
    ],
    // The hour the autumn night repeats: at 01:50 EST (the second 01:50), "01:55" is the
    // second 01:55, five minutes ahead, not the first, an hour gone.
    [
      'the repeated hour: the second 01:55, ahead',
      AUTUMN,
      '01:55',
      EST('2026-11-01', 1, 50),
      EST('2026-11-01', 1, 55),
    ],
    [
      'the repeated hour, the first time round: the first 01:55',
      AUTUMN,
      '01:55',
      EDT('2026-11-01', 1, 50),
      EDT('2026-11-01', 1, 55),
    ],
    // The hour the spring night skips: 02:30 does not exist on 2026-03-08.
    ['a time the spring night skips', SPRING, '02:30', EST('2026-03-08', 1, 50), undefined],
  ])('%s', (_name, sittings, typed, now, expected) => {
    expect(resolveTimeOfDay(typed, now, sittings)).toBe(expected);
  });

  it('instantsOf: two instants in the repeated hour, none in the skipped one', () => {
    expect(instantsOf('2026-11-01', '01:30', NEW_YORK)).toEqual([
      EDT('2026-11-01', 1, 30),
      EST('2026-11-01', 1, 30),
    ]);
    expect(instantsOf('2026-03-08', '02:30', NEW_YORK)).toEqual([]);
    expect(instantsOf('2026-03-08', '03:30', NEW_YORK)).toEqual([EDT('2026-03-08', 3, 30)]);
  });

  it('a time resolved today is never more than 24 h ahead, one the next day never 25 h', () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = EST('2026-03-07', 0, 0) + minute * MINUTE_MS;
      for (const typed of ['00:00', '06:30', '12:00', '17:45', '23:59']) {
        const at = resolveTimeOfDay(typed, now, SPRING_ALL_DAY);
        if (at === undefined) continue;
        expect(at - now).toBeGreaterThanOrEqual(-5 * MINUTE_MS);
        expect(at - now).toBeLessThanOrEqual(24 * HOUR_MS);
      }
    }
  });
});
