// The record of speeches as CSV, for the secretariat's spreadsheet.
import { findState } from '../../shared/delegations/states.ts';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import type { EpochMs } from '../../shared/time.ts';
import { localDateAt, wallClockAt } from '../../shared/zoned-time.ts';

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

/**
 * One CSV cell. Quoted when needed; a leading = + - @ is defused with a quote mark so that a
 * spreadsheet never runs a delegation name as a formula. A plain number such as '-10.0' (a cut
 * in time) is left as it is: it cannot run, and a quote mark would turn it into text.
 */
function cell(value: string | number): string {
  let text = String(value);
  const plainNumber = /^-?\d+(\.\d+)?$/.test(text);
  if (typeof value === 'string' && !plainNumber && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function localStamp(at: EpochMs, timeZone: string): string {
  const { hour, minute, second } = wallClockAt(at, timeZone);
  const hms = [hour, minute, second].map((n) => n.toString().padStart(2, '0')).join(':');
  return `${localDateAt(at, timeZone)} ${hms}`;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The record as CSV text, one speech a row, times in UTC and in the meeting's time zone. */
export function speechesCsv(record: readonly SpeechRecord[], timeZone: string): string {
  const rows = record.map((r, i) => [
    i + 1,
    r.delegation,
    findState(r.delegation)?.name ?? r.delegation,
    r.speakerName ?? '',
    r.onBehalfOf ?? '',
    r.category,
    new Date(r.startedAt).toISOString(),
    localStamp(r.startedAt, timeZone),
    localStamp(r.endedAt, timeZone),
    seconds(r.spokenMs),
    seconds(r.limitMs),
    seconds(r.adjustmentMs),
    seconds(r.overrunMs),
    r.pauses.length,
  ]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
