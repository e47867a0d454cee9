// The record of speeches as CSV, for the secretariat's spreadsheet.
import { csvLine, csvLines, csvNumber, csvText } from '../../shared/csv-field.ts';
import '../../shared/delegations/all-names.ts';
import { delegationName } from '../../shared/delegations/display-name.ts';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import { isoInstant, type EpochMs } from '../../shared/time.ts';
import { localDateAt, localTimeWithSecondsAt } from '../../shared/zoned-time.ts';

const HEADER = [
  'order',
  'delegation',
  'delegation_name',
  'speaker',
  'on_behalf_of',
  'category',
  'started_utc',
  'started_local',
  'ended_local',
  'spoken_s',
  'limit_s',
  'adjustment_s',
  'overrun_s',
  'pauses',
];

function localStamp(at: EpochMs, timeZone: string): string {
  const date = localDateAt(at, timeZone);
  return date === '' ? '' : `${date} ${localTimeWithSecondsAt(at, timeZone)}`;
}

/** An instant in UTC, ISO 8601; '' for one no date can hold (it must not stop the export). */
function isoStamp(at: EpochMs): string {
  return isoInstant(at) ?? '';
}

/** A duration as seconds to a tenth, a number cell (a cut in time, -10.0, stays a number). */
const seconds = (ms: number) => csvNumber(ms / 1000, 1);

/** The record as CSV text, one speech a row, times in UTC and in the meeting's time zone. */
export function speechesCsv(record: readonly SpeechRecord[], timeZone: string): string {
  const rows = record.map((r, i) => [
    csvNumber(i + 1),
    csvText(r.delegation),
    csvText(delegationName(r.delegation, 'en')),
    csvText(r.speakerName ?? ''),
    csvText(r.onBehalfOf ?? ''),
    csvText(r.category),
    csvText(isoStamp(r.startedAt)),
    csvText(localStamp(r.startedAt, timeZone)),
    csvText(localStamp(r.endedAt, timeZone)),
    seconds(r.spokenMs),
    seconds(r.limitMs),
    seconds(r.adjustmentMs),
    seconds(r.overrunMs),
    csvNumber(r.pauses.length),
  ]);
  return csvLines([HEADER.map((h) => csvText(h)), ...rows].map(csvLine));
}
