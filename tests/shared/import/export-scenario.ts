// The meeting whose exports are kept as fixtures (tests/fixtures/speaker-lists/list-export.csv,
// speeches.csv): two speeches held, a third speaker on the floor, the rest waiting, a group
// spoken for, an organization, a speaker's own limit. `npx tsx tests/shared/import/export-scenario.ts`
// writes the two files again from the project's own exporters.
import { writeFileSync } from 'node:fs';
import { listCsv } from '../../../client/views/chair/export-list.ts';
import { speechesCsv } from '../../../server/http/speeches-csv.ts';
import type { RoomState } from '../../../shared/domain/types.ts';
import { after, makeRoom, meetingOf, minutes, seconds, timeline, NEW_YORK } from '../fixtures.ts';

/** The room after FRA and DEU have spoken and GBR has the floor. */
export function exportedRoom(): RoomState {
  const room = makeRoom({
    speakers: [
      { delegation: 'FRA', speakerName: 'Jean Dupont' },
      { delegation: 'DEU', title: 'Permanent Representative' },
      { delegation: 'GBR', onBehalfOf: 'Group of Western European and other States' },
      { delegation: 'European Union', limitMs: minutes(5) },
      { delegation: 'KEN', onBehalfOf: 'Group of African States' },
      { delegation: 'Global Centre for R2P', category: 'civilSociety' },
    ],
  });
  return timeline(room, [
    [after(0), { type: 'nextSpeaker', start: true }],
    [after(seconds(170)), { type: 'nextSpeaker', start: true }],
    [after(seconds(350)), { type: 'nextSpeaker', start: true }],
  ]);
}

/** The list as the console downloads it (with the byte-order mark Excel needs). */
export function listExport(): string {
  return `\uFEFF${listCsv(meetingOf(exportedRoom()).speakers)}`;
}

/** The record as the hub serves it (GET …/speeches?format=csv). */
export function speechesExport(): string {
  return speechesCsv(meetingOf(exportedRoom()).record, NEW_YORK);
}

if (process.argv[1]?.endsWith('export-scenario.ts')) {
  const folder = new URL('../../fixtures/speaker-lists/', import.meta.url);
  writeFileSync(new URL('list-export.csv', folder), listExport());
  writeFileSync(new URL('speeches.csv', folder), speechesExport());
}
