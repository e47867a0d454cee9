// What the secretariat's console's component tests share: a real hub on a free port of 127.0.0.1
// (tests/server/harness.ts) with the room cr9 and its calendar, the console rendered in jsdom
// talking to it over real HTTP (its fetch only given the hub's address, since jsdom's page has
// none), a client clock the test sets, and REST calls with the secretariat's key to set up and
// check what the console did. Nothing of the hub or the domain is stood in for.
import { act, configure, render, type RenderResult } from '@testing-library/react';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import AdminView from '../../../client/views/admin/AdminView.tsx';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
import type { UnLanguage } from '../../../shared/domain/types.ts';
import type { MeetingDetail, MeetingListing } from '../../../shared/protocol.ts';
import { readMeeting, readMeetings } from '../../../client/views/admin/api-shapes.ts';
import type { EpochMs } from '../../../shared/time.ts';
import {
  createHarness,
  createTestClock,
  MEETING_START,
  NO_LIMITS,
  seedOf,
  type Harness,
  type TestHub,
} from '../../server/harness.ts';

// The console waits for a real hub over HTTP: a little longer than Testing Library's 1 s.
configure({ asyncUtilTimeout: 5000 });

export const ADMIN_KEY = 'admin-key-for-tests';
export const ROOM_ID = 'cr9';

/** 2017-09-06 10:00 in New York: "now" for the hub and the console. */
export const NOW: EpochMs = MEETING_START;

/**
 * Conference Room 9 in New York with one meeting scheduled for the next day (2017-09-07
 * 10:00-13:00): an opening with two speakers, and a dialogue with three.
 */
export function roomSeed(overrides: Partial<RoomSeedInput> = {}): RoomSeedInput {
  return {
    id: ROOM_ID,
    name: 'Conference Room 9',
    timeZone: 'America/New_York',
    meetings: [
      {
        title: 'Briefing on peacekeeping',
        organ: 'Security Council',
        sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
        segments: [
          {
            title: 'Opening',
            defaultLimitMs: 300_000,
            speakers: [
              { delegation: 'Secretary-General', category: 'unSystem' },
              { delegation: 'FRA' },
            ],
          },
          {
            title: 'Dialogue',
            speakers: [
              { delegation: 'KEN' },
              { delegation: 'BRA', limitMs: 120_000 },
              { delegation: 'JPN' },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export interface AdminHub {
  hub: TestHub;
  /** A REST call with the secretariat's key (or `key`); the status and parsed body. */
  rest(method: string, path: string, body?: unknown, key?: string): Promise<RestReply>;
  /** A meeting as the hub has it now. */
  meeting(meetingId: string): Promise<MeetingDetail>;
  /** The room's meetings, in calendar order. */
  meetings(): Promise<MeetingListing[]>;
  /** Sends a room command with the secretariat's key; fails the test if it is refused. */
  command(input: Record<string, unknown>): Promise<void>;
}

export interface RestReply {
  status: number;
  body: unknown;
}

export function adminHarness(): {
  harness: Harness;
  start(seed?: RoomSeedInput): Promise<AdminHub>;
} {
  const harness = createHarness();
  return {
    harness,
    async start(seed = roomSeed()) {
      const hub = await harness.startHub({
        clock: createTestClock(NOW),
        seeds: [seedOf(seed)],
        hub: { adminKey: ADMIN_KEY, limits: NO_LIMITS },
      });
      const rest = async (method: string, path: string, body?: unknown, key = ADMIN_KEY) => {
        const response = await fetch(`${hub.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          body: text === '' ? undefined : (JSON.parse(text) as unknown),
        };
      };
      const room = `/api/rooms/${ROOM_ID}`;
      return {
        hub,
        rest,
        async meeting(meetingId) {
          const reply = await rest('GET', `${room}/meetings/${meetingId}`);
          const detail = readMeeting(reply.body);
          if (!detail) throw new Error(`No meeting ${meetingId}: ${JSON.stringify(reply.body)}`);
          return detail;
        },
        async meetings() {
          const listing = readMeetings((await rest('GET', `${room}/meetings`)).body);
          if (!listing) throw new Error('No calendar');
          return listing;
        },
        async command(input) {
          const reply = await rest('POST', `${room}/commands`, input);
          if (reply.status !== 200) {
            throw new Error(`${String(input.type)} refused: ${JSON.stringify(reply.body)}`);
          }
        },
      };
    },
  };
}

/** The page's fetch for a page at the hub's address (jsdom's page has none). */
export function hubFetch(hub: TestHub): typeof fetch {
  return (input, init) => fetch(`${hub.url}${String(input)}`, init);
}

/**
 * The console at /admin, the key given as in the link the hub prints (#key=…), unless `key` is
 * null (then the key form shows). The address (?lang=, ?room=) is the test's to set before.
 */
export function renderAdmin(
  hub: TestHub,
  options: { key?: string | null; language?: UnLanguage; now?: EpochMs } = {},
): RenderResult {
  sessionStorage.clear();
  const key = options.key === undefined ? ADMIN_KEY : options.key;
  const search = options.language ? `?lang=${options.language}` : '';
  history.replaceState(null, '', `/admin${search}${key === null ? '' : `#key=${key}`}`);
  const now = options.now ?? NOW;
  return render(
    <ClientClockProvider clock={() => now}>
      <AdminView fetch={hubFetch(hub)} />
    </ClientClockProvider>,
  );
}

/** Lets the console's requests to the hub come back and their renders run, inside act. */
export async function settle(ms = 60): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
