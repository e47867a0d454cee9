// The REST API: health, rooms, commands with every refusal's status, and the record of speeches.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  createTestClock,
  getJson,
  MEETING_START,
  postCommand,
  smallSeed,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const MINUTE = 60_000;

/** A hub with tc1 and a second room tc2 (same seed), so keys of other rooms can be tried. */
async function startHub(): Promise<TestHub> {
  return harness.startHub({
    clock: createTestClock(),
    seeds: [smallSeed(), { ...smallSeed(), id: 'tc2' }],
  });
}

/** The version of tc1 as the engine holds it. */
const versionOf = (hub: TestHub) => hub.hub.engine.state('tc1')?.version;

describe('reading', () => {
  it('GET /healthz answers ok with the rooms and the server clock', async () => {
    const hub = await startHub();
    expect(await getJson(hub, '/healthz')).toEqual({
      status: 200,
      body: { ok: true, rooms: 2, store: { ok: true, lastCommit: null }, serverNow: MEETING_START },
    });
  });

  it('GET /api/rooms lists every room', async () => {
    const hub = await startHub();
    await postCommand(
      hub,
      'tc2',
      { type: 'nextSpeaker', start: true },
      { key: hub.chairKey('tc2') },
    );
    const answer = await getJson(hub, '/api/rooms');
    expect(answer.status).toBe(200);
    const summary = (roomId: string, status: string, version: number) => ({
      roomId,
      name: 'Trusteeship Council Chamber',
      timeZone: 'America/New_York',
      meetingId: '2017-09-06-1',
      title: 'Briefing on the work of the Committee',
      status,
      version,
    });
    expect(answer.body).toEqual([summary('tc1', 'notStarted', 0), summary('tc2', 'inSession', 1)]);
  });

  it('GET /api/rooms/:roomId gives the snapshot with its projection', async () => {
    const hub = await startHub();
    const answer = await getJson(hub, '/api/rooms/tc1');
    expect(answer.status).toBe(200);
    // Three speakers of 3 min from 10:00, 15 s apart, all within the 10:00-13:00 sitting.
    const turn = 3 * MINUTE + 15_000;
    expect(answer.body).toEqual({
      ...hub.hub.engine.snapshot('tc1'),
      projection: {
        speakers: ['s1', 's2', 's3'].map((speakerId, i) => ({
          speakerId,
          estimatedStartAt: MEETING_START + i * turn,
          sittingIndex: 0,
        })),
        projectedEndAt: MEETING_START + 2 * turn + 3 * MINUTE,
        unreachedCount: 0,
        paceFactor: 1,
        changeoverMs: 15_000,
      },
      next: null,
      resumesAt: null,
    });
  });

  it('answers 404 with a typed error for an unknown room or path', async () => {
    const hub = await startHub();
    for (const pathname of ['/api/rooms/cr99', '/api/rooms/cr99/speeches']) {
      expect(await getJson(hub, pathname), pathname).toMatchObject({
        status: 404,
        body: { ok: false, error: { code: 'unknownRoom' } },
      });
    }
    expect(await getJson(hub, '/api/nothing')).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'notFound' } },
    });
  });
});

describe('POST /api/rooms/:roomId/commands', () => {
  it('accepts a chair command: 200 with the new version', async () => {
    const hub = await startHub();
    hub.clock.advance(1_000);
    const answer = await postCommand(
      hub,
      'tc1',
      { type: 'announce', text: 'Good morning' },
      { key: hub.chairKey('tc1') },
    );
    expect(answer).toEqual({
      status: 200,
      body: { ok: true, version: 1, serverNow: MEETING_START + 1_000 },
    });
    expect(hub.hub.engine.snapshot('tc1')?.announcement).toEqual({
      text: 'Good morning',
      at: MEETING_START + 1_000,
    });
    expect(hub.store.journal('tc1')).toEqual([
      {
        roomId: 'tc1',
        meetingId: '2017-09-06-1',
        version: 1,
        at: MEETING_START + 1_000,
        type: 'announce',
        command: { type: 'announce', text: 'Good morning' },
        origin: 'rest',
      },
    ]);
  });

  it('refuses a domain error with 400 and the typed error', async () => {
    const hub = await startHub();
    const answer = await postCommand(
      hub,
      'tc1',
      { type: 'endSpeech' },
      { key: hub.chairKey('tc1') },
    );
    expect(answer).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'nobodyOnFloor', message: expect.any(String) } },
    });
    expect(versionOf(hub)).toBe(0);
  });

  it('refuses a missing key with 401 and a wrong one with 403', async () => {
    const hub = await startHub();
    const command = { type: 'closeList' };
    expect(await postCommand(hub, 'tc1', command)).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'unauthorized' } },
    });
    for (const key of ['wrong-key-123', hub.chairKey('tc2')]) {
      expect(await postCommand(hub, 'tc1', command, { key })).toMatchObject({
        status: 403,
        body: { ok: false, error: { code: 'forbidden' } },
      });
    }
    // Not a bearer token at all: as good as no key.
    const response = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify(command),
    });
    expect(response.status).toBe(401);
    expect(versionOf(hub)).toBe(0);
    expect(hub.store.journal('tc1')).toEqual([]);
  });

  it('refuses an unknown room with 404', async () => {
    const hub = await startHub();
    expect(
      await postCommand(hub, 'cr99', { type: 'closeList' }, { key: hub.chairKey('tc1') }),
    ).toMatchObject({ status: 404, body: { ok: false, error: { code: 'unknownRoom' } } });
  });

  it('refuses a stale expectedVersion with 409 and the current state', async () => {
    const hub = await startHub();
    const key = hub.chairKey('tc1');
    expect(
      await postCommand(hub, 'tc1', { type: 'closeList', expectedVersion: 0 }, { key }),
    ).toMatchObject({ status: 200, body: { ok: true, version: 1 } });

    const stale = await postCommand(
      hub,
      'tc1',
      { type: 'reopenList', expectedVersion: 0 },
      { key },
    );
    expect(stale).toEqual({
      status: 409,
      body: {
        ok: false,
        error: { code: 'conflict', message: expect.any(String) },
        state: hub.hub.engine.snapshot('tc1'),
      },
    });
    expect(versionOf(hub)).toBe(1);
    expect(hub.hub.engine.snapshot('tc1')?.listOpen).toBe(false);
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const hub = await startHub();
    const answer = await postCommand(
      hub,
      'tc1',
      { type: 'announce', text: 'x'.repeat(70_000) },
      { key: hub.chairKey('tc1') },
    );
    expect(answer).toMatchObject({
      status: 413,
      body: { ok: false, error: { code: 'payloadTooLarge' } },
    });
    expect(versionOf(hub)).toBe(0);
  });

  it('checks the key before reading the body: no key and a huge body is 401, not 413', async () => {
    const hub = await startHub();
    const answer = await postCommand(hub, 'tc1', { type: 'announce', text: 'x'.repeat(70_000) });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
  });

  it('answers a body in another charset with a typed JSON error, never an HTML page', async () => {
    const hub = await startHub();
    const response = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=latin1',
        authorization: `Bearer ${hub.chairKey('tc1')}`,
      },
      body: '{"type":"closeList"}',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalidRequest' } });
    expect(versionOf(hub)).toBe(0);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const hub = await startHub();
    for (const raw of ['type=closeList', '{"type": "closeList"', '']) {
      const answer = await postCommand(hub, 'tc1', undefined, { key: hub.chairKey('tc1'), raw });
      expect(answer, JSON.stringify(raw)).toMatchObject({
        status: 400,
        body: { ok: false, error: { code: 'invalidCommand' } },
      });
    }
    expect(versionOf(hub)).toBe(0);
  });
});

describe('the record of speeches', () => {
  /** FRA speaks 65 s of a 3 min limit cut by 10 s, with one 10 s pause. */
  async function holdOneSpeech(hub: TestHub): Promise<void> {
    const key = hub.chairKey('tc1');
    const steps: [number, object][] = [
      [0, { type: 'nextSpeaker', start: true }],
      [5_000, { type: 'adjustTime', deltaMs: -10_000 }],
      [25_000, { type: 'pauseSpeech' }],
      [10_000, { type: 'resumeSpeech' }],
      [35_000, { type: 'endSpeech' }],
    ];
    for (const [advanceMs, command] of steps) {
      hub.clock.advance(advanceMs);
      expect((await postCommand(hub, 'tc1', command, { key })).status).toBe(200);
    }
  }

  it('GET .../speeches gives the record as JSON', async () => {
    const hub = await startHub();
    expect(await getJson(hub, '/api/rooms/tc1/speeches')).toEqual({
      status: 200,
      body: { roomId: 'tc1', meetingId: '2017-09-06-1', speeches: [] },
    });
    await holdOneSpeech(hub);
    expect(await getJson(hub, '/api/rooms/tc1/speeches')).toEqual({
      status: 200,
      body: {
        roomId: 'tc1',
        meetingId: '2017-09-06-1',
        speeches: [
          {
            id: 'r4',
            speakerId: 's1',
            segmentId: 'seg-1',
            delegation: 'FRA',
            category: 'memberState',
            startedAt: MEETING_START,
            endedAt: MEETING_START + 75_000,
            spokenMs: 65_000,
            limitMs: 180_000,
            adjustmentMs: -10_000,
            overrunMs: 0,
            pauses: [{ pausedAt: MEETING_START + 30_000, resumedAt: MEETING_START + 40_000 }],
          },
        ],
      },
    });
  });

  it('GET .../speeches?format=csv gives a header row and one row per speech, formulas defused', async () => {
    const hub = await startHub();
    await holdOneSpeech(hub);
    // A delegation typed as a formula must reach the spreadsheet as text.
    const key = hub.chairKey('tc1');
    const formula = { type: 'addSpeaker', delegation: '=SUM(A1:A2)', position: 1 };
    expect((await postCommand(hub, 'tc1', formula, { key })).status).toBe(200);
    expect(
      (await postCommand(hub, 'tc1', { type: 'nextSpeaker', start: true }, { key })).status,
    ).toBe(200);
    hub.clock.advance(20_000);
    expect((await postCommand(hub, 'tc1', { type: 'endSpeech' }, { key })).status).toBe(200);
    const response = await fetch(`${hub.url}/api/rooms/tc1/speeches?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?tc1-2017-09-06-1-speeches\.csv"?$/,
    );
    const lines = (await response.text()).split('\r\n');
    expect(lines).toEqual([
      'order,delegation,delegation_name,speaker,on_behalf_of,category,started_utc,started_local,' +
        'ended_local,spoken_s,limit_s,adjustment_s,overrun_s,pauses',
      '1,FRA,France,,,memberState,2017-09-06T14:00:00.000Z,2017-09-06 10:00:00,' +
        '2017-09-06 10:01:15,65.0,180.0,-10.0,0.0,1',
      "2,'=SUM(A1:A2),'=SUM(A1:A2),,,intergovernmental,2017-09-06T14:01:15.000Z," +
        '2017-09-06 10:01:15,2017-09-06 10:01:35,20.0,180.0,0.0,0.0,0',
      '',
    ]);
  });
});
