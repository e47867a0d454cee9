// A time of day the chair types ('16:12', room time) as the instant it means: the console says
// when a suspended meeting resumes by the room's clock, and the hub must not read it as a day
// later than the chair meant.
import { HOUR_MS, MINUTE_MS, type EpochMs, type LocalDate, type LocalTime } from './time.ts';
import { addDays, localDateAt, localTimeAt, zonedTimeToEpoch } from './zoned-time.ts';

/** How far behind the clock a typed time may be and still mean today: "just now". */
export const JUST_NOW_MS = 5 * MINUTE_MS;

/** How far ahead a time on the next day may be and still be meant without a sitting that day. */
export const ACROSS_MIDNIGHT_MS = 3 * HOUR_MS;

/** The part of a meeting the rule reads: its time zone and its sittings (room time). */
export interface RoomCalendar {
  timeZone: string;
  sittings: readonly { date: string; start: LocalTime; end: LocalTime }[];
}

/**
 * The instant a time of day typed at `now` means on the room's clock, or undefined when none
 * is sensible. The rule, in order:
 * 1. today (the room's date at `now`), when that is still ahead, or at most JUST_NOW_MS (5 min)
 *    behind: the chair typing "16:12" at 16:14 means the time just gone, not tomorrow; and
 *    "23:58" typed at 00:01 is the same just gone, on the day before;
 * 2. otherwise the next day (by the calendar, so a daylight-saving day of 23 or 25 hours is
 *    counted right), but only when that makes sense for the meeting: a sitting is held that day
 *    and ends after the time (the meeting resumes at the next day's sitting), or the time is at
 *    most ACROSS_MIDNIGHT_MS (3 h) ahead (a late sitting suspended across midnight, "00:10");
 * 3. otherwise undefined: "16:12" typed at 16:42 with no sitting tomorrow is refused rather
 *    than read as 23.5 hours later.
 */
export function resolveTimeOfDay(
  time: LocalTime,
  now: EpochMs,
  calendar: RoomCalendar,
): EpochMs | undefined {
  const { timeZone } = calendar;
  const today = localDateAt(now, timeZone);
  const justGone = instantsOf(addDays(today, -1), time, timeZone).find(
    (at) => at >= now - JUST_NOW_MS && at <= now,
  );
  if (justGone !== undefined) return justGone;
  const sameDay = instantsOf(today, time, timeZone).find((at) => at >= now - JUST_NOW_MS);
  if (sameDay !== undefined) return sameDay;
  const tomorrow = addDays(today, 1);
  const [nextDay] = instantsOf(tomorrow, time, timeZone);
  if (nextDay === undefined) return undefined;
  const sittingThatDay = calendar.sittings.some((s) => s.date === tomorrow && s.end > time);
  return sittingThatDay || nextDay - now <= ACROSS_MIDNIGHT_MS ? nextDay : undefined;
}

/**
 * Every instant at which the room's clock shows `date` `time`, earliest first: one on most days,
 * two in the hour a daylight-saving change repeats (01:55 comes round twice), none in the hour
 * it skips (02:30 on the spring night does not exist).
 */
export function instantsOf(date: LocalDate, time: LocalTime, timeZone: string): EpochMs[] {
  const guess = zonedTimeToEpoch(date, time, timeZone);
  return [guess - HOUR_MS, guess, guess + HOUR_MS].filter(
    (at) => localDateAt(at, timeZone) === date && localTimeAt(at, timeZone) === time,
  );
}
