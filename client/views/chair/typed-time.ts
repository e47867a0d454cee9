// Times as the chair types and reads them: a speaking limit ("3:00" or "180" seconds) and
// the time a suspended meeting resumes ("15:00", room time, on a 24-hour clock).
import { formatClock, type DurationMs } from '../../../shared/time.ts';

// Read the same way by the import of a list (shared/import/), hence kept in shared/.
export { parseLimit, type LimitText } from '../../../shared/limit-text.ts';

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
