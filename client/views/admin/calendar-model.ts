// A room's calendar as the secretariat reads it: its meetings in three groups (past, open,
// upcoming, each in calendar order), sittings written out in the console's language, and the
// sittings of a copy moved to another date. Pure, tested on its own.
import type { Sitting, UnLanguage } from '../../../shared/domain/types.ts';
import type { LocalDate } from '../../../shared/time.ts';
import { addDays } from '../../../shared/zoned-time.ts';
import type { MeetingListing } from '../../../shared/protocol.ts';

export interface CalendarGroups {
  /** Adjourned: closed, their record kept. */
  past: MeetingListing[];
  open: MeetingListing[];
  /** Scheduled, soonest first. */
  upcoming: MeetingListing[];
}

/** The room's meetings by where they are in their life, each group in the hub's calendar order. */
export function calendarGroups(listing: readonly MeetingListing[]): CalendarGroups {
  return {
    past: listing.filter((m) => m.status === 'adjourned'),
    open: listing.filter((m) => m.status === 'open'),
    upcoming: listing.filter((m) => m.status === 'scheduled'),
  };
}

/** Whether a scheduled meeting's sittings are all over by `now` ('YYYY-MM-DD HH:MM', room time). */
export function datePassed(sittings: readonly Sitting[], now: string): boolean {
  const last = sittings[sittings.length - 1];
  return last !== undefined && `${last.date} ${last.end}` <= now;
}

const dateFormats = new Map<UnLanguage, Intl.DateTimeFormat>();

/**
 * A calendar date in the reader's language ("Fri, 4 Dec 2026"). Western digits in every
 * language, as the screens write times of day; the date is formatted at noon UTC, which is that
 * date whatever the reader's own time zone.
 */
export function dateLabel(date: LocalDate, language: UnLanguage): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  const at = Date.UTC(year, month - 1, day, 12);
  return Number.isFinite(at) ? format.format(at) : date;
}

/** One sitting as read on a calendar: "Fri, 4 Dec 2026 · 10:00–13:00". */
export function sittingLabel(sitting: Sitting, language: UnLanguage): string {
  return `${dateLabel(sitting.date, language)} · ${sitting.start}–${sitting.end}`;
}

/**
 * The sittings moved so that the first falls on `date`, the others keeping their distance in days
 * and their times (a meeting on two days stays on two days).
 */
export function sittingsMovedTo(sittings: readonly Sitting[], date: LocalDate): Sitting[] {
  const first = sittings[0];
  if (!first) return [];
  const days = Math.round((Date.parse(date) - Date.parse(first.date)) / 86_400_000);
  return sittings.map((s) => ({ ...s, date: addDays(s.date, days) }));
}

/**
 * The time zone's offset from UTC at `at`, as the reader's language writes it ("GMT-5"), or ''
 * when the runtime cannot say.
 */
export function zoneOffset(timeZone: string, at: number, language: UnLanguage): string {
  try {
    const parts = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
      timeZone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
