// Time values in Rostrum. An instant and a duration are both plain numbers of milliseconds,
// so the names carry the difference: `...At` / EpochMs is an instant on the server's clock
// (milliseconds since 1970-01-01 UTC), `...Ms` / DurationMs is a length of time.

/** An instant: milliseconds since the Unix epoch, on the server's clock. */
export type EpochMs = number;

/** A length of time in milliseconds. */
export type DurationMs = number;

export const SECOND_MS: DurationMs = 1000;
export const MINUTE_MS: DurationMs = 60 * SECOND_MS;
export const HOUR_MS: DurationMs = 60 * MINUTE_MS;
export const DAY_MS: DurationMs = 24 * HOUR_MS;

/** The furthest instant from 1970 a JavaScript Date can hold, either way: 8.64e15 ms. */
export const MAX_DATE_MS: EpochMs = 8.64e15;

/** True when a Date can hold `at` (finite, within ±8.64e15 ms): formatting it cannot throw. */
export function isShowableInstant(at: number): boolean {
  return Number.isFinite(at) && Math.abs(at) <= MAX_DATE_MS;
}

/** An instant as ISO 8601 in UTC (for a <time> element), or undefined when no Date holds it. */
export function isoInstant(at: number): string | undefined {
  return isShowableInstant(at) ? new Date(at).toISOString() : undefined;
}

/** A calendar date in the meeting's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** A wall-clock time in the meeting's time zone, 'HH:MM' (24-hour). */
export type LocalTime = string;

/** Formats a duration as m:ss, rounding up to whole seconds so that "0:00" means time is up. */
export function formatClock(ms: DurationMs): string {
  const totalSeconds = Math.ceil(Math.abs(ms) / SECOND_MS);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
