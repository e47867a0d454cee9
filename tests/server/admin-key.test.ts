// The secretariat's key and a rooms file with meetings, on real hub processes: the key made at
// the first start is kept in the data folder and printed at every start with the /admin link;
// ROSTRUM_ADMIN_KEY stands in for it while set; a rooms file's meetings go on the calendar, and
// one added to the file later is scheduled at the next start, the rest kept as they are.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingListing } from '../../shared/protocol.ts';
import { api, createHarness } from './harness.ts';
import { exitOf, startHubProcess, type ListeningHub } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** The admin key a hub printed, from its /admin link. */
function printedAdminKey(hub: ListeningHub): string | undefined {
  const match = /\/admin#key=([A-Za-z0-9_%-]+)/.exec(hub.stdout());
  return match?.[1] && decodeURIComponent(match[1]);
}

async function stop(hub: ListeningHub): Promise<void> {
  hub.child.kill('SIGTERM');
  expect((await exitOf(hub)).code).toBe(0);
}

describe("the secretariat's key", () => {
  it('is made at the first start, kept, printed at every start, and opens the calendar', async () => {
    const DATA_DIR = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR });
    const key = printedAdminKey(first);
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.stdout()).toMatch(/made now, kept in the data folder/);
    await stop(first);

    const second = await startHubProcess(harness, { DATA_DIR });
    expect(printedAdminKey(second)).toBe(key);
    expect(second.stdout()).toMatch(/kept in the data folder/);
    const room = await api(second, 'POST', '/api/rooms', {
      key,
      body: { id: 'cr1', name: 'Conference Room 1', timeZone: 'America/New_York' },
    });
    expect(room.status).toBe(201);
    await stop(second);

    const third = await startHubProcess(harness, {
      DATA_DIR,
      ROSTRUM_ADMIN_KEY: 'the-secretariat-1',
    });
    expect(printedAdminKey(third)).toBe('the-secretariat-1');
    expect(
      (await api(third, 'PATCH', '/api/rooms/cr1', { key, body: { name: 'CR1' } })).status,
    ).toBe(403);
    const renamed = await api(third, 'PATCH', '/api/rooms/cr1', {
      key: 'the-secretariat-1',
      body: { name: 'CR1' },
    });
    expect(renamed.status).toBe(200);
    await stop(third);
  });
});

describe('a rooms file with meetings', () => {
  const meeting = (title: string, date: string) => ({
    title,
    sittings: [{ date, start: '10:00', end: '13:00' }],
    speakers: [{ delegation: 'MEX' }],
  });

  it('puts them on the calendar; a meeting added later is scheduled, the rest kept', async () => {
    const dir = harness.tempDir();
    const file = path.join(dir, 'rooms.json');
    const DATA_DIR = path.join(dir, 'data');
    const room = { id: 'cr1', name: 'Conference Room 1', timeZone: 'America/New_York' };
    writeFileSync(
      file,
      JSON.stringify({ rooms: [{ ...room, meetings: [meeting('First', '2026-12-10')] }] }),
    );
    const first = await startHubProcess(harness, { DATA_DIR }, ['--rooms', file]);
    const listing = async (hub: ListeningHub) =>
      ((await api(hub, 'GET', '/api/rooms/cr1/meetings')).body as MeetingListing[]).map((m) => [
        m.meetingId,
        m.title,
        m.status,
      ]);
    expect(await listing(first)).toEqual([['2026-12-10-1', 'First', 'scheduled']]);
    expect((await api(first, 'GET', '/api/rooms/cr1')).body).toMatchObject({
      meeting: null,
      upcoming: [{ meetingId: '2026-12-10-1', title: 'First' }],
    });
    await stop(first);

    writeFileSync(
      file,
      JSON.stringify({
        rooms: [
          {
            ...room,
            meetings: [
              meeting('First', '2026-12-10'),
              meeting('Second', '2026-12-11'),
              // Overlaps the first: left out, with a warning, and the hub starts all the same.
              {
                ...meeting('Clash', '2026-12-10'),
                sittings: [{ date: '2026-12-10', start: '12:00', end: '14:00' }],
              },
            ],
          },
        ],
      }),
    );
    const second = await startHubProcess(harness, { DATA_DIR, LOG_LEVEL: 'info' }, [
      '--rooms',
      file,
    ]);
    expect(await listing(second)).toEqual([
      ['2026-12-10-1', 'First', 'scheduled'],
      ['2026-12-11-1', 'Second', 'scheduled'],
    ]);
    expect(second.stdout()).toMatch(/a meeting of the rooms file was not scheduled/);

    // The secretariat cancels one and renames the other: the file does not put them back.
    const adminKey = printedAdminKey(second);
    await api(second, 'DELETE', '/api/rooms/cr1/meetings/2026-12-11-1', { key: adminKey });
    await api(second, 'PATCH', '/api/rooms/cr1/meetings/2026-12-10-1', {
      key: adminKey,
      body: { title: 'First (postponed to the afternoon)' },
    });
    await stop(second);
    const third = await startHubProcess(harness, { DATA_DIR }, ['--rooms', file]);
    expect(await listing(third)).toEqual([
      ['2026-12-10-1', 'First (postponed to the afternoon)', 'scheduled'],
    ]);
    await stop(third);
  });
});
