// Schemas for what describes a meeting: used by `updateMeeting`, the rooms file and the demo.
import { z } from 'zod';
import { MINUTE_MS, SECOND_MS } from '../time.ts';
import { canonicalTimeZone, isValidTimeZone } from '../zoned-time.ts';
import { blankableText, text, translations } from './text-schema.ts';
import { TEXT_LIMITS } from './text-limits.ts';

/** A date that is on the calendar (no 30 February), in the years a meeting can be held. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'Expected a date YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'No such day in the calendar', abort: true })
  .refine((date) => date >= '2000-01-01' && date <= '2199-12-31', {
    error: 'A sitting is held between 2000 and 2199',
  });

/** True when 'YYYY-MM-DD' names a day that exists (2017-02-29 does not). */
function isCalendarDate(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected a time HH:MM (24-hour)' });

export const sittingSchema = z
  .strictObject({ date: localDateSchema, start: localTimeSchema, end: localTimeSchema })
  .refine((s) => s.start < s.end, { error: 'A sitting must end after it starts', path: ['end'] });

/** Sittings in order, none overlapping the next. */
export const sittingsSchema = z
  .array(sittingSchema)
  .min(1)
  .max(20)
  .refine(
    (sittings) =>
      sittings.every((s, i) => {
        const next = sittings[i + 1];
        return !next || `${s.date} ${s.end}` <= `${next.date} ${next.start}`;
      }),
    { error: 'Sittings must be in order and must not overlap' },
  );

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimeZone, { error: 'Unknown IANA time zone, expected e.g. America/New_York' })
  .transform(canonicalTimeZone);

/** A speaking limit: from 10 seconds to an hour. */
export const limitMsSchema = z
  .int()
  .min(10 * SECOND_MS, { error: 'A speaking limit is at least 10 seconds (10000 ms)' })
  .max(60 * MINUTE_MS, { error: 'A speaking limit is at most one hour (3600000 ms)' });

/** How long before the end the countdown warns: from none to 10 minutes. */
export const warningMsSchema = z
  .int()
  .min(0, { error: 'A warning is at least 0 ms' })
  .max(10 * MINUTE_MS, { error: 'A warning is at most 10 minutes (600000 ms)' });

export const meetingSchema = z.strictObject({
  title: text(TEXT_LIMITS.title),
  titleTranslations: translations(TEXT_LIMITS.title).optional(),
  theme: blankableText(TEXT_LIMITS.theme).default(''),
  themeTranslations: translations(TEXT_LIMITS.theme).optional(),
  organ: blankableText(TEXT_LIMITS.shortName).default(''),
  format: blankableText(TEXT_LIMITS.shortName).default(''),
  room: blankableText(TEXT_LIMITS.shortName).default(''),
  timeZone: timeZoneSchema,
  sittings: sittingsSchema,
  defaultLimitMs: limitMsSchema.default(3 * MINUTE_MS),
  warningMs: warningMsSchema.default(30 * SECOND_MS),
  note: blankableText(TEXT_LIMITS.note).optional(),
});
