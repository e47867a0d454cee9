// Converting between the meeting's local wall clock (a date and 'HH:MM' in an IANA time zone)
// and absolute instants. Pure: it reads the time zone rules built into Intl, never the clock.
import { isShowableInstant, type EpochMs, type LocalDate, type LocalTime } from './time.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows the IANA time zone name (e.g. 'America/New_York'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * A known time zone name as the runtime spells it: `america/new_york` is `America/New_York`
 * (names match in any case, and a room's clock should read as the IANA list writes it).
 */
export function canonicalTimeZone(timeZone: string): string {
  return formatterFor(timeZone).resolvedOptions().timeZone;
}

/** The wall-clock fields of an instant in a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What no clock can show: the fields of an instant no Date can hold. */
const NO_WALL_CLOCK: WallClock = {
  year: Number.NaN,
  month: Number.NaN,
  day: Number.NaN,
  hour: Number.NaN,
  minute: Number.NaN,
  second: Number.NaN,
};

/**
 * Reads the wall clock of `timeZone` at the instant `at`. An instant no Date can hold (NaN,
 * beyond 8.64e15 ms) reads as NaN fields instead of throwing "Invalid time value".
 */
export function wallClockAt(at: EpochMs, timeZone: string): WallClock {
  if (!isShowableInstant(at)) return NO_WALL_CLOCK;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** What an instant no Date can hold shows as a time of day. */
export const NO_TIME: LocalTime = '--:--';

/** The local date ('YYYY-MM-DD') in `timeZone` at the instant `at`; '' for a bad instant. */
export function localDateAt(at: EpochMs, timeZone: string): LocalDate {
  if (!isShowableInstant(at)) return '';
  const { year, month, day } = wallClockAt(at, timeZone);
  return `${year.toString().padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The local time ('HH:MM') in `timeZone` at the instant `at`; NO_TIME for a bad instant. */
export function localTimeAt(at: EpochMs, timeZone: string): LocalTime {
  if (!isShowableInstant(at)) return NO_TIME;
  const { hour, minute } = wallClockAt(at, timeZone);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** The local time to the second ('HH:MM:SS'); '--:--:--' for a bad instant. */
export function localTimeWithSecondsAt(at: EpochMs, timeZone: string): string {
  if (!isShowableInstant(at)) return `${NO_TIME}:--`;
  const { second } = wallClockAt(at, timeZone);
  return `${localTimeAt(at, timeZone)}:${pad2(second)}`;
}

/**
 * The instant at which the wall clock of `timeZone` shows `date` `time`.
 * Found by guessing with the zone's offset and correcting once, which is exact outside the hour
 * a daylight-saving change skips or repeats (meetings are not held at 2 a.m. on those nights).
 */
export function zonedTimeToEpoch(date: LocalDate, time: LocalTime, timeZone: string): EpochMs {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const asIfUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  let guess = asIfUtc - offsetAt(asIfUtc, timeZone);
  guess = asIfUtc - offsetAt(guess, timeZone);
  return guess;
}

/** The zone's offset from UTC at an instant, in milliseconds (New York in winter: -5 h). */
function offsetAt(at: EpochMs, timeZone: string): number {
  const w = wallClockAt(at, timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(at / 1000) * 1000;
}

/** The calendar date `days` after `date` ('YYYY-MM-DD'; '' for a bad date); no time zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return '';
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  return isShowableInstant(next.getTime()) ? next.toISOString().slice(0, 10) : '';
}

function pad2(n: number): string {
  return n.toString().padStart(2, '0');
}
