// /metrics: what an operator's Prometheus sees of the hub's health. Clients by room and role,
// commands accepted and refused by code, how long commands and commits take; one registry per hub.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHarness,
  createTestClock,
  postCommand,
  sendCommand,
  smallSeed,
  type HubAddress,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** The samples of a Prometheus text page: `name{labels}` to value. */
async function scrape(hub: HubAddress): Promise<Map<string, number>> {
  const response = await fetch(`${hub.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match?.[1] && match[2]) samples.set(match[1], Number(match[2]));
  }
  return samples;
}

/** Waits until the hub has counted what the test just did (a disconnection, say). */
async function eventually(hub: HubAddress, name: string, value: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if ((await scrape(hub)).get(name) === value) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect((await scrape(hub)).get(name)).toBe(value);
}

async function startHub(): Promise<TestHub> {
  return harness.startHub({
    clock: createTestClock(),
    seeds: [smallSeed(), { ...smallSeed(), id: 'tc2' }],
  });
}

describe('GET /metrics', () => {
  it('counts clients by room and role, from zero, as they come and go', async () => {
    const hub = await startHub();
    const empty = await scrape(hub);
    for (const room of ['tc1', 'tc2']) {
      for (const role of ['display', 'follower', 'chair']) {
        expect(empty.get(`rostrum_clients{room="${room}",role="${role}"}`)).toBe(0);
      }
    }
    const first = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    await harness.connect(hub, { roomId: 'tc2', role: 'chair', key: hub.chairKey('tc2') });
    const full = await scrape(hub);
    expect(full.get('rostrum_clients{room="tc1",role="display"}')).toBe(2);
    expect(full.get('rostrum_clients{room="tc1",role="follower"}')).toBe(1);
    expect(full.get('rostrum_clients{room="tc2",role="chair"}')).toBe(1);
    expect(full.get('rostrum_clients{room="tc1",role="chair"}')).toBe(0);

    first.socket.disconnect();
    await eventually(hub, 'rostrum_clients{room="tc1",role="display"}', 1);
  });

  it('counts commands accepted by type and refused by code, and times them and their commits', async () => {
    const hub = await startHub();
    const key = hub.chairKey('tc1');
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });

    expect((await sendCommand(chair.socket, { type: 'closeList' })).ok).toBe(true);
    expect((await sendCommand(chair.socket, { type: 'reopenList' })).ok).toBe(true);
    expect((await sendCommand(chair.socket, { type: 'endSpeech' })).ok).toBe(false);
    expect((await sendCommand(chair.socket, { type: 'fly' })).ok).toBe(false);
    expect((await sendCommand(follower.socket, { type: 'closeList' })).ok).toBe(false);
    expect((await postCommand(hub, 'tc1', { type: 'closeList' }, { key })).status).toBe(200);
    expect(
      (await postCommand(hub, 'tc1', { type: 'closeList' }, { key: 'wrong-key' })).status,
    ).toBe(403);
    expect((await postCommand(hub, 'cr99', { type: 'closeList' }, { key })).status).toBe(404);
    expect((await postCommand(hub, 'tc1', undefined, { key, raw: '{' })).status).toBe(400);
    await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: 'wrong-key' });
    await harness.refused(hub, { roomId: 'nowhere', role: 'display' });

    const m = await scrape(hub);
    const accepted = (origin: string, type: string) =>
      m.get(`rostrum_commands_accepted_total{room="tc1",origin="${origin}",type="${type}"}`);
    const refused = (room: string, origin: string, code: string) =>
      m.get(`rostrum_commands_refused_total{room="${room}",origin="${origin}",code="${code}"}`);
    expect(accepted('socket', 'closeList')).toBe(1);
    expect(accepted('socket', 'reopenList')).toBe(1);
    expect(accepted('rest', 'closeList')).toBe(1);
    expect(refused('tc1', 'socket', 'nobodyOnFloor')).toBe(1);
    expect(refused('tc1', 'socket', 'invalidCommand')).toBe(1);
    expect(refused('tc1', 'socket', 'forbidden')).toBe(1);
    expect(refused('tc1', 'rest', 'forbidden')).toBe(1);
    expect(refused('-', 'rest', 'unknownRoom')).toBe(1);
    expect(refused('tc1', 'rest', 'invalidCommand')).toBe(1);
    expect(m.get('rostrum_handshakes_refused_total{code="forbidden"}')).toBe(1);
    expect(m.get('rostrum_handshakes_refused_total{code="unknownRoom"}')).toBe(1);

    // Timed: every command the engine handled (4 from the chair's socket, 1 over REST) and
    // every commit (the 3 accepted).
    expect(m.get('rostrum_command_duration_seconds_count{origin="socket"}')).toBe(4);
    expect(m.get('rostrum_command_duration_seconds_count{origin="rest"}')).toBe(1);
    expect(m.get('rostrum_commit_duration_seconds_count')).toBe(3);
    expect(m.get('rostrum_commit_duration_seconds_bucket{le="+Inf"}')).toBe(3);
    expect(m.get('rostrum_commit_duration_seconds_sum')).toBeGreaterThan(0);
    expect(m.get('rostrum_commit_duration_seconds_sum')).toBeLessThan(
      (m.get('rostrum_command_duration_seconds_sum{origin="socket"}') ?? 0) +
        (m.get('rostrum_command_duration_seconds_sum{origin="rest"}') ?? 0),
    );
  });

  it('belongs to its hub: two hubs in one process keep their own figures', async () => {
    const one = await startHub();
    const two = await startHub();
    await postCommand(one, 'tc1', { type: 'closeList' }, { key: one.chairKey('tc1') });
    expect(
      (await scrape(one)).get(
        'rostrum_commands_accepted_total{room="tc1",origin="rest",type="closeList"}',
      ),
    ).toBe(1);
    expect(
      (await scrape(two)).get(
        'rostrum_commands_accepted_total{room="tc1",origin="rest",type="closeList"}',
      ),
    ).toBeUndefined();
    // Node's own figures are for a real hub (main.ts), not for hubs in a test process.
    expect([...(await scrape(two)).keys()].some((name) => name.startsWith('process_'))).toBe(false);
  });
});
