// Can the list be finished? The projection laid over the sittings, said in the chair's words:
// when the last reachable speech ends, how many speak in each sitting, and how many would not
// be reached before the last sitting closes.
import type { Projection } from '../../../shared/domain/projection.ts';
import { sittingSpans } from '../../../shared/domain/projection.ts';
import type { Meeting, UnLanguage } from '../../../shared/domain/types.ts';
import { SECOND_MS, type EpochMs } from '../../../shared/time.ts';
import { localTimeAt } from '../../../shared/zoned-time.ts';
import { format } from '../../i18n/format.ts';
import { plural, type ChairMessages } from './messages/chair-messages.ts';

export interface Capacity {
  /** Speakers still to be called. */
  toCall: number;
  unreached: number;
  projectedEndAt: EpochMs | null;
  lastSittingEndAt: EpochMs | undefined;
  /** How many speakers fall in each sitting. */
  perSitting: number[];
}

export function capacityOf(projection: Projection, meeting: Meeting): Capacity {
  const spans = sittingSpans(meeting);
  const perSitting = spans.map(
    (_, index) => projection.speakers.filter((s) => s.sittingIndex === index).length,
  );
  return {
    toCall: projection.speakers.length,
    unreached: projection.unreachedCount,
    projectedEndAt: projection.projectedEndAt,
    lastSittingEndAt: spans[spans.length - 1]?.endAt,
    perSitting,
  };
}

/** "At this pace 7 speakers will not be reached before 18:00.", or undefined when all are. */
export function capacityWarning(
  capacity: Capacity,
  meeting: Meeting,
  texts: ChairMessages,
  language: UnLanguage,
): string | undefined {
  if (capacity.unreached === 0 || capacity.lastSittingEndAt === undefined) return undefined;
  return plural(texts.notReachedWarning, capacity.unreached, language, {
    time: localTimeAt(capacity.lastSittingEndAt, meeting.timeZone),
  });
}

/** "Projected end 17:42 · last sitting ends 18:00", or undefined when nobody is left to call. */
export function projectedEndText(
  capacity: Capacity,
  meeting: Meeting,
  texts: ChairMessages,
): string | undefined {
  if (capacity.projectedEndAt === null) return undefined;
  const end = format(texts.projectedEnd, {
    time: localTimeAt(capacity.projectedEndAt, meeting.timeZone),
  });
  if (capacity.lastSittingEndAt === undefined) return end;
  const last = format(texts.lastSittingEnds, {
    time: localTimeAt(capacity.lastSittingEndAt, meeting.timeZone),
  });
  return `${end} · ${last}`;
}

/** Keeps a time range such as 15:00–18:00 in its order inside a right-to-left line. */
export function timeRange(start: string, end: string): string {
  return `\u2066${start}–${end}\u2069`;
}

/** "Pace 1.10 × the limits · 15 s between speakers", numbers in the console's language. */
export function paceText(
  projection: Projection,
  texts: ChairMessages,
  language: UnLanguage,
): string {
  const seconds = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
  }).format(Math.round(projection.changeoverMs / SECOND_MS));
  const factor = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(projection.paceFactor);
  return format(texts.pace, { factor, changeover: seconds });
}
