// Converting between the meeting's local wall clock (a date and 'HH:MM' in an IANA time zone)
// and absolute instants. Pure: it reads the time zone rules built into Intl, never the clock.
import type { EpochMs, LocalDate, LocalTime } from './time.ts';

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

/** The wall-clock fields of an instant in a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Reads the wall clock of `timeZone` at the instant `at`. */
export function wallClockAt(at: EpochMs, timeZone: string): WallClock {
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

/** The local date ('YYYY-MM-DD') in `timeZone` at the instant `at`. */
export function localDateAt(at: EpochMs, timeZone: string): LocalDate {
  const { year, month, day } = wallClockAt(at, timeZone);
  return `${year.toString().padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The local time ('HH:MM') in `timeZone` at the instant `at`. */
export function localTimeAt(at: EpochMs, timeZone: string): LocalTime {
  const { hour, minute } = wallClockAt(at, timeZone);
  return `${pad2(hour)}:${pad2(minute)}`;
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

/** The calendar date `days` after `date` ('YYYY-MM-DD'); time zones play no part in it. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

function pad2(n: number): string {
  return n.toString().padStart(2, '0');
}
