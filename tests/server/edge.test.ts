// Edges over a real Redis, as real processes: a hub and two edges; followers on the edges see the
// chair's commands; an edge started mid-meeting (or restarted) serves the current state at once;
// with Redis killed the edges say they are stale, and when it is back they catch up by themselves
// with what the hub did meanwhile; an edge refuses the chair and commands, naming the hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaleNotice } from '../../shared/protocol.ts';
import {
  api,
  createHarness,
  getJson,
  postCommand,
  sendCommand,
  sync,
  withoutServerNow,
  type HubAddress,
  type TestClient,
} from './harness.ts';
import { exitOf, startHubProcess, type ListeningHub } from './hub-process.ts';
import { startRedis, type TestRedis } from './redis-process.ts';
import { until } from './waiting.ts';

const harness = createHarness();
const KEY = 'a-chair-key-for-edges';
const ADMIN_KEY = 'the-secretariat-for-edges';
const ROOM = 'cr4';

let redis: TestRedis;
let hub: ListeningHub;
let hubDataDir: string;
let edges: ListeningHub[];

/** Starts an edge process on `port` (a free one by default). */
function startEdge(port?: number): Promise<ListeningHub> {
  return startHubProcess(
    harness,
    {
      // An edge keeps no data: the folder is given only because the helper asks for one.
      DATA_DIR: harness.tempDir(),
      ROSTRUM_REDIS_URL: redis.url,
      ROSTRUM_HUB_URL: hub.url,
    },
    ['--role', 'edge'],
    port,
  );
}

/** The hub's settings: the same data folder at every start. */
function hubEnv() {
  return {
    DATA_DIR: hubDataDir,
    ROSTRUM_CHAIR_KEY: KEY,
    ROSTRUM_ADMIN_KEY: ADMIN_KEY,
    ROSTRUM_REDIS_URL: redis.url,
  };
}

/** A follower of the room on `server`, with the stale notices it gets. */
async function follower(server: HubAddress): Promise<TestClient & { stale: StaleNotice[] }> {
  const client = await harness.connect(server, { roomId: ROOM, role: 'follower' });
  return { ...client, stale: client.staleNotices.items };
}

/** The version a follower holds: its last snapshot or change. */
function versionOf(client: TestClient): number {
  const snapshot = client.snapshots.items.at(-1)?.version ?? -1;
  const change = client.changes.items.at(-1)?.version ?? -1;
  return Math.max(snapshot, change);
}

async function hubState() {
  const answer = await getJson(hub, `/api/rooms/${ROOM}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** A room detail without what depends on the moment it was asked. */
function stateOf(body: unknown) {
  if (typeof body !== 'object' || body === null) throw new Error('not a room');
  const {
    serverNow: _serverNow,
    projection: _projection,
    next: _next,
    resumesAt: _resumesAt,
    ...state
  } = { serverNow: 0, projection: 0, next: 0, resumesAt: 0, ...body };
  return state;
}

beforeAll(async () => {
  redis = await startRedis(harness);
  hubDataDir = harness.tempDir();
  hub = await startHubProcess(harness, hubEnv());
  edges = await Promise.all([startEdge(), startEdge()]);
}, 40_000);
afterAll(() => harness.cleanup());

describe('edges over Redis', () => {
  it('relay a chair command to followers on every edge', async () => {
    const followers = await Promise.all(edges.map(follower));
    for (const client of followers) expect(client.joined.version).toBe(0);
    const chair = await harness.connect(hub, { roomId: ROOM, role: 'chair', key: KEY });

    const sentAt = Date.now();
    expect(await sendCommand(chair.socket, { type: 'nextSpeaker', start: true })).toEqual({
      ok: true,
      version: 1,
    });
    const changes = await Promise.all(followers.map((client) => client.changes.nth(1)));
    const delayMs = Date.now() - sentAt;
    const own = await chair.changes.nth(1);
    for (const change of changes) expect(change).toEqual(own);
    // What it took on this machine (reported in docs/deployment.md), with a loose bound.
    console.info(`edge followers had the command ${delayMs} ms after it was sent`);
    expect(delayMs).toBeLessThan(2_000);

    // The edge's REST reads are the hub's state.
    for (const edge of edges) {
      expect(stateOf((await getJson(edge, `/api/rooms/${ROOM}`)).body)).toEqual(
        stateOf(await hubState()),
      );
    }
  });

  it('refuses the chair and every command, naming the hub', async () => {
    const [edge] = edges;
    if (!edge) throw new Error('no edge');
    const message = `This is an edge server: the chair's console and the interpreters' booths connect to the hub at ${hub.url}.`;

    const chair = await harness.refused(edge, { roomId: ROOM, role: 'chair', key: KEY });
    expect(chair).toEqual({ code: 'notHub', message });

    const watcher = await follower(edge);
    expect(await sendCommand(watcher.socket, { type: 'endSpeech' })).toEqual({
      ok: false,
      error: { code: 'notHub', message },
    });
    expect(await postCommand(edge, ROOM, { type: 'endSpeech' }, { key: KEY })).toEqual({
      status: 421,
      body: { ok: false, error: { code: 'notHub', message } },
    });
    const imported = await fetch(`${edge.url}/api/rooms/${ROOM}/speakers/import?mode=append`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'text/plain' },
      body: 'Kenya',
    });
    expect({ status: imported.status, body: (await imported.json()) as unknown }).toEqual({
      status: 421,
      body: { ok: false, error: { code: 'notHub', message } },
    });
    // The edge's door is the hub's: unknown rooms and other protocols are refused alike.
    expect((await harness.refused(edge, { roomId: 'nowhere', role: 'follower' })).code).toBe(
      'unknownRoom',
    );
    expect(
      (await harness.refused(edge, { roomId: ROOM, role: 'follower', protocol: 99 })).code,
    ).toBe('unsupportedProtocol');
    expect((await hubState()) as object).toMatchObject({ version: 1 });
  });

  it('serves the current state at once from an edge started, or restarted, mid-meeting', async () => {
    await postCommand(hub, ROOM, { type: 'adjustTime', deltaMs: 30_000 }, { key: KEY });
    await postCommand(
      hub,
      ROOM,
      { type: 'announce', text: 'The list is closing at noon.' },
      { key: KEY },
    );
    const expected = stateOf(await hubState());

    const late = await startEdge();
    const joined = (await follower(late)).joined;
    expect(withoutServerNow(joined)).toEqual(expected);

    const [first] = edges;
    if (!first) throw new Error('no edge');
    const port = Number(new URL(first.url).port);
    first.child.kill('SIGTERM');
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
    const again = await startEdge(port);
    edges[0] = again;
    expect(withoutServerNow((await follower(again)).joined)).toEqual(expected);
  });

  it('marks followers stale while Redis is away and catches up when it is back', async () => {
    const followers = await Promise.all(edges.map(follower));
    const chair = await harness.connect(hub, { roomId: ROOM, role: 'chair', key: KEY });
    const before = versionOf(followers[0] ?? chair);

    await redis.kill();
    await until('stale notices', () => followers.every((client) => client.stale.at(-1)?.stale));

    // The hub runs the meeting alone: commands are accepted and its own clients are told.
    const during = await sendCommand(chair.socket, { type: 'endSpeech' });
    expect(during).toEqual({ ok: true, version: before + 1 });
    await chair.changes.nth(1);
    // The edges keep serving what they have, and say so to a newcomer.
    const newcomer = await follower(edges[1] ?? hub);
    expect(newcomer.joined.version).toBe(before);
    await until('a stale notice on joining', () => newcomer.stale.at(-1)?.stale === true);
    expect(await sync(newcomer.socket)).toMatchObject({ version: before });
    for (const client of followers) expect(versionOf(client)).toBe(before);

    const restartedAt = Date.now();
    await redis.start();
    const caughtUpMs = await until(
      'the edges catching up',
      () =>
        [...followers, newcomer].every(
          (client) => versionOf(client) === before + 1 && client.stale.at(-1)?.stale === false,
        ),
      15_000,
    );
    console.info(`edges caught up ${Date.now() - restartedAt} ms after Redis restarted`);
    expect(caughtUpMs).toBeLessThan(10_000);
    const expected = stateOf(await hubState());
    for (const client of followers) {
      expect(withoutServerNow(client.snapshots.items.at(-1) ?? client.joined)).toEqual(expected);
    }

    // And changes flow again as changes.
    expect(await sendCommand(chair.socket, { type: 'nextSpeaker', start: true })).toMatchObject({
      ok: true,
      version: before + 2,
    });
    const next = await Promise.all(
      followers.map((client) => client.changes.nth(client.changes.items.length + 1)),
    );
    for (const change of next)
      expect(change).toMatchObject({ fromVersion: before + 1, version: before + 2 });
  });

  it('tells followers when the hub falls silent, and catches up when it is back', async () => {
    const followers = await Promise.all(edges.map(follower));
    const [first] = followers;
    if (!first) throw new Error('no follower');
    const before = versionOf(first);
    const port = Number(new URL(hub.url).port);

    // The hub dies; Redis stays up, so only the hub's missing heartbeats can tell.
    hub.child.kill('SIGKILL');
    await exitOf(hub);
    const diedAt = Date.now();
    await until(
      'stale notices for a silent hub',
      () => followers.every((client) => client.stale.at(-1)?.stale === true),
      15_000,
    );
    console.info(`edges said the hub was silent ${Date.now() - diedAt} ms after it died`);
    for (const client of followers) expect(versionOf(client)).toBe(before);

    // The hub is back, with its data: the edges say so, and changes flow again.
    hub = await startHubProcess(harness, hubEnv(), [], port);
    await until(
      'the edges hearing the hub again',
      () => followers.every((client) => client.stale.at(-1)?.stale === false),
      10_000,
    );
    const chair = await harness.connect(hub, { roomId: ROOM, role: 'chair', key: KEY });
    expect(await sendCommand(chair.socket, { type: 'pauseSpeech' })).toMatchObject({
      ok: true,
      version: before + 1,
    });
    await until('the change on every edge', () =>
      followers.every((client) => versionOf(client) === before + 1),
    );
  });

  it('serves a room the secretariat adds while they run, and its calendar', async () => {
    const admin = ADMIN_KEY;
    const created = await api(hub, 'POST', '/api/rooms', {
      key: admin,
      body: { id: 'cr9', name: 'Conference Room 9', timeZone: 'America/New_York' },
    });
    expect(created.status).toBe(201);
    for (const edge of edges) {
      const answer = await getJson(edge, '/api/rooms/cr9');
      expect(answer).toMatchObject({
        status: 200,
        body: { room: { name: 'Conference Room 9' }, meeting: null },
      });
    }
    const phone = await harness.connect(edges[0] ?? hub, { roomId: 'cr9', role: 'follower' });
    expect(phone.joined.status).toEqual({ kind: 'noMeeting' });
    await api(hub, 'POST', '/api/rooms/cr9/meetings', {
      key: admin,
      body: { title: 'Briefing', sittings: [{ date: '2030-01-07', start: '10:00', end: '12:00' }] },
    });
    const change = await phone.changes.nth(1);
    expect(change.parts.upcoming).toEqual([
      {
        meetingId: '2030-01-07-1',
        title: 'Briefing',
        sittings: [{ date: '2030-01-07', start: '10:00', end: '12:00' }],
      },
    ]);
  });
});
