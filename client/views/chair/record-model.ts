// The record of speeches as the console shows it: who spoke, when, for how long, how far over.
import { delegationName } from '../../../shared/delegations/display-name.ts';
import type { SpeechRecord, UnLanguage } from '../../../shared/domain/types.ts';
import { formatClock } from '../../../shared/time.ts';
import { localTimeWithSecondsAt } from '../../../shared/zoned-time.ts';

export interface RecordLine {
  id: string;
  order: number;
  delegation: string;
  /** Room time, HH:MM:SS. */
  started: string;
  /** m:ss, rounded to the nearest second. */
  spoken: string;
  /** '+m:ss', or '' when the speech kept to time. */
  overrun: string;
}

/** Whole seconds, rounded to the nearest (the record keeps milliseconds). */
const nearestSecond = (ms: number) => Math.round(ms / 1000) * 1000;

export function recordLines(
  speeches: readonly SpeechRecord[],
  timeZone: string,
  language: UnLanguage,
): RecordLine[] {
  return speeches.map((speech, index) => {
    const overrun = nearestSecond(speech.overrunMs);
    return {
      id: speech.id,
      order: index + 1,
      delegation: delegationName(speech.delegation, language),
      started: localTimeWithSecondsAt(speech.startedAt, timeZone),
      spoken: formatClock(nearestSecond(speech.spokenMs)),
      overrun: overrun > 0 ? `+${formatClock(overrun)}` : '',
    };
  });
}
