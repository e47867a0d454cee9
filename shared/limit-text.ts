// A speaking limit as people write it: "3:00" or "180" seconds. Shared by the console's fields
// and the import of a list (shared/import/), so that both read a limit the same way.
import { SECOND_MS, type DurationMs } from './time.ts';

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
