// The demo room: the General Assembly's informal interactive dialogue on the responsibility to
// protect, Conference Room 4 (see shared/context/ of the project). The list of speakers below is
// a SAMPLE made for the demo, not the list of 6 September 2017, and it names no person. Its three
// segments are those of such a dialogue: the opening (the President of the General Assembly, the
// Secretary-General), an interactive panel, then the dialogue with the list of speakers.
import type { RoomSeedInput } from '../../shared/domain/create-room.ts';
import type { EpochMs } from '../../shared/time.ts';
import { localDateAt } from '../../shared/zoned-time.ts';

const TIME_ZONE = 'America/New_York';

/** [delegation, title of the speaker, on behalf of] */
type SampleEntry = readonly [string, string?, string?];

const SAMPLE_LIST: readonly SampleEntry[] = [
  ['European Union', 'Head of Delegation'],
  ['NLD', 'Permanent Representative', 'the Group of Friends of the Responsibility to Protect'],
  ['AUS', 'Permanent Representative'],
  ['BRA', 'Permanent Representative'],
  ['GHA', 'Deputy Permanent Representative'],
  ['GBR', 'Permanent Representative'],
  ['CAN', 'Permanent Representative'],
  ['MEX', 'Permanent Representative'],
  ['IDN', 'Deputy Permanent Representative'],
  ['DEU', 'Permanent Representative'],
  ['RWA', 'Permanent Representative'],
  ['CHE', 'Permanent Representative'],
  ['SLE', 'Permanent Representative'],
  ['GTM', 'Permanent Representative'],
  ['DNK', 'Permanent Representative', 'Nordic countries'],
  ['QAT', 'Permanent Representative'],
  ['KOR', 'Deputy Permanent Representative'],
  ['FRA', 'Permanent Representative'],
  ['ARG', 'Permanent Representative'],
  ['RUS', 'Deputy Permanent Representative'],
  ['CHN', 'Counsellor'],
  ['USA', 'Deputy Permanent Representative'],
  ['ZAF', 'Permanent Representative'],
  ['JPN', 'Deputy Permanent Representative'],
  ['CRI', 'Permanent Representative'],
  ['BGD', 'Permanent Representative'],
  ['EST', 'Permanent Representative'],
  ['BEL', 'Permanent Representative', 'the Benelux countries'],
  ['ITA', 'Permanent Representative'],
  ['URY', 'Permanent Representative'],
  ['SVN', 'Permanent Representative', 'the Human Security Network'],
  ['IRN', 'Deputy Permanent Representative'],
  ['EGY', 'Permanent Representative'],
  ['SYR', 'Permanent Representative'],
  ['VEN', 'Deputy Permanent Representative'],
  ['CUB', 'Deputy Permanent Representative'],
  ['BWA', 'Permanent Representative'],
  ['MAR', 'Permanent Representative'],
  ['PSE', 'Permanent Observer'],
  ['VAT', 'Permanent Observer'],
  ['Global Centre for the Responsibility to Protect', 'Executive Director'],
  ['International Coalition for the Responsibility to Protect', 'Representative'],
];

/** The panel, by role (the demo names no person). */
const PANEL: readonly (readonly [string, 'unSystem' | 'intergovernmental' | 'civilSociety'])[] = [
  ['Special Adviser of the Secretary-General on the Responsibility to Protect', 'unSystem'],
  ['Panellist from a regional organization', 'intergovernmental'],
  ['Panellist from academia', 'civilSociety'],
  ['Panellist from civil society', 'civilSociety'],
];

const CIVIL_SOCIETY = new Set([
  'Global Centre for the Responsibility to Protect',
  'International Coalition for the Responsibility to Protect',
]);

/** The demo room, its two sittings placed on the date it is created (New York time). */
export function demoRoom(now: EpochMs): RoomSeedInput {
  const today = localDateAt(now, TIME_ZONE);
  return {
    id: 'cr4',
    meeting: {
      title: 'Informal interactive dialogue on the responsibility to protect',
      theme: 'The responsibility to protect and accountability for prevention',
      organ: 'General Assembly',
      format: 'informal interactive dialogue',
      room: 'Conference Room 4',
      timeZone: TIME_ZONE,
      sittings: [
        { date: today, start: '10:00', end: '13:00' },
        { date: today, start: '15:00', end: '18:00' },
      ],
      defaultLimitMs: 3 * 60_000,
      warningMs: 30_000,
      note: 'Demo: originally held on 6 September 2017 at United Nations Headquarters, New York. The list of speakers is a sample.',
    },
    interpretation: {
      status: 'unavailable',
      languages: [],
      note: 'The meeting may not have simultaneous interpretation available.',
    },
    segments: [
      {
        title: 'Opening segment',
        defaultLimitMs: 10 * 60_000,
        speakers: [
          { delegation: 'President of the General Assembly', category: 'chair' },
          { delegation: 'Secretary-General', category: 'unSystem' },
        ],
      },
      {
        title: 'Interactive panel',
        defaultLimitMs: 7 * 60_000,
        speakers: PANEL.map(([delegation, category]) => ({ delegation, category })),
      },
      {
        title: 'Interactive dialogue',
        speakers: SAMPLE_LIST.map(([delegation, title, onBehalfOf]) => ({
          delegation,
          ...(title !== undefined && { title }),
          ...(onBehalfOf !== undefined && { onBehalfOf }),
          ...(CIVIL_SOCIETY.has(delegation) && { category: 'civilSociety' as const }),
        })),
      },
    ],
  };
}
