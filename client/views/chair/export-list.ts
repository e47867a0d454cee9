// The list of speakers as CSV: the import's own columns (so an export can be imported again),
// plus the State's name for people and each speaker's status.
import { delegationName } from '../../../shared/delegations/display-name.ts';
import type { Speaker } from '../../../shared/domain/types.ts';
import { toCsv } from './csv.ts';
import { formatLimit } from './typed-time.ts';

const HEADER = [
  'delegation',
  'delegation name',
  'speaker',
  'title',
  'on behalf of',
  'category',
  'limit',
  'status',
];

export function listCsv(speakers: readonly Speaker[]): string {
  return toCsv([
    HEADER,
    ...speakers.map((s) => [
      s.delegation,
      delegationName(s.delegation),
      s.speakerName ?? '',
      s.title ?? '',
      s.onBehalfOf ?? '',
      s.category,
      s.limitMs === null ? '' : formatLimit(s.limitMs),
      s.status,
    ]),
  ]);
}
