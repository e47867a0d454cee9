// Times as the chair types and reads them: a speaking limit ("3:00" or "180" seconds) and
// the time a suspended meeting resumes ("15:00", room time, on a 24-hour clock).
import { SECOND_MS, formatClock, type DurationMs } from '../../../shared/time.ts';

/** What a limit field holds: nothing (the meeting's default), a duration, or text that is not one. */
export type LimitText = { kind: 'empty' } | { kind: 'limit'; ms: DurationMs } | { kind: 'invalid' };

/** Reads "m:ss" (e.g. 3:00, 12:30) or whole seconds (e.g. 180); blank means no limit given. */
export function parseLimit(text: string): LimitText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed);
  if (clock) {
    const [, minutes = '0', seconds = '0'] = clock;
    return { kind: 'limit', ms: (Number(minutes) * 60 + Number(seconds)) * SECOND_MS };
  }
  if (/^\d{1,5}$/.test(trimmed)) return { kind: 'limit', ms: Number(trimmed) * SECOND_MS };
  return { kind: 'invalid' };
}

/** A limit as the chair reads it: m:ss. */
export function formatLimit(ms: DurationMs): string {
  return formatClock(ms);
}

/** A time typed as 15:00, 9:30, 0930 or 15.00, as 'HH:MM'; '' for none, undefined if unreadable. */
export function readClockTime(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^([01]?\d|2[0-3])[:.h]?([0-5]\d)$/.exec(trimmed);
  if (!match) return undefined;
  const [, hours = '', minutes = ''] = match;
  return `${hours.padStart(2, '0')}:${minutes}`;
}
