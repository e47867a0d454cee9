// The network between the hub and its clients fails: a connection cut outright, a connection gone
// silent, a client whose clock is ten minutes off behind 50-150 ms of round trip. The clients are
// the bundled client's own connection module (client/connection/room-connection.ts) with its
// store, as the display, the phone view and the console use it, run here in Node. Figures measured
// go to .tmp/reliability/network.json for docs/reliability.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectToRoom } from '../../client/connection/room-connection.ts';
import { createLiveRoom, type LiveRoom } from '../../client/store/live-room.ts';
import { remainingMs, timerPhase } from '../../shared/domain/timer.ts';
import type { Role } from '../../shared/protocol.ts';
import type { EpochMs } from '../../shared/time.ts';
import {
  createHarness,
  postCommand,
  smallSeed,
  wallClock,
  withoutServerNow,
  type HubOptions,
  type TestHub,
} from './harness.ts';
import { mulberry32 } from './fuzz-inputs.ts';
import { startProxy, type TcpProxy } from './tcp-proxy.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const measured: Record<string, unknown> = {};
afterAll(() => {
  const dir = path.resolve('.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'network.json'), JSON.stringify(measured, null, 2));
});

interface Client {
  role: Role;
  store: LiveRoom;
}

/** A client of tc1 through `url`, as the bundled client connects, closed at cleanup. */
function client(url: string, role: Role, key?: string, clock?: () => EpochMs): Client {
  const store = createLiveRoom();
  const connection = connectToRoom({
    store,
    roomId: 'tc1',
    role,
    url,
    ...(key !== undefined && { key }),
    ...(clock && { clock }),
  });
  harness.onCleanup(() => connection.close());
  return { role, store };
}

/** The display, the phone and the console, all through the proxy. */
function threeClients(proxy: TcpProxy, hub: TestHub): Client[] {
  return [
    client(proxy.url, 'display'),
    client(proxy.url, 'follower'),
    client(proxy.url, 'chair', hub.chairKey('tc1')),
  ];
}

async function startHub(
  options: HubOptions = {},
  seed = 6,
): Promise<{ hub: TestHub; proxy: TcpProxy }> {
  const hub = await harness.startHub({ clock: wallClock(), seeds: [smallSeed()], hub: options });
  // The proxy's delays come from a seeded generator: a run can be repeated exactly.
  const proxy = await startProxy(hub.url, mulberry32(seed));
  harness.onCleanup(() => proxy.close());
  return { hub, proxy };
}

async function command(hub: TestHub, input: object): Promise<void> {
  const answer = await postCommand(hub, 'tc1', input, { key: hub.chairKey('tc1') });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

const versionIs = (clients: Client[], version: number) => () =>
  clients.every(
    (c) =>
      c.store.getState().connection === 'connected' && c.store.getState().room?.version === version,
  );

describe('a connection cut outright', () => {
  it('is noticed at once, the room kept, and resynced by itself when the network is back', async () => {
    const { hub, proxy } = await startHub();
    const clients = threeClients(proxy, hub);
    await until('joined', versionIs(clients, 0));
    await command(hub, { type: 'nextSpeaker', start: true });
    await until('started', versionIs(clients, 1));

    proxy.cut();
    const noticedMs = await until('noticed', () =>
      clients.every((c) => c.store.getState().connection === 'reconnecting'),
    );
    // While cut off, each client still holds the room and its clock runs on from the instants.
    for (const { store } of clients) {
      const timer = store.getState().room?.floor?.timer;
      expect(timer && timerPhase(timer)).toBe('running');
    }
    await command(hub, { type: 'announce', text: 'The list of speakers closes at noon.' });
    await command(hub, { type: 'adjustTime', deltaMs: 30_000 });
    await command(hub, { type: 'closeList' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const { store } of clients) expect(store.getState().room?.version).toBe(1);

    proxy.restore();
    const resyncedMs = await until('resynced', versionIs(clients, 4), 15_000);
    const truth = withoutServerNow(hub.hub.engine.snapshot('tc1') ?? { serverNow: 0 });
    for (const { store } of clients) expect(store.getState().room).toEqual(truth);
    measured.cut = {
      clients: clients.length,
      outageMs: 1_500,
      noticedMs,
      resyncedAfterRestoreMs: resyncedMs,
    };
  });
});

describe('a connection gone silent', () => {
  it('is noticed within the heartbeat, and resynced when the network is back', async () => {
    const heartbeat = { intervalMs: 300, timeoutMs: 300 };
    const { hub, proxy } = await startHub({ heartbeat });
    const clients = threeClients(proxy, hub);
    await until('joined', versionIs(clients, 0));

    proxy.silence();
    const noticedMs = await until('noticed', () =>
      clients.every((c) => c.store.getState().connection === 'reconnecting'),
    );
    expect(noticedMs).toBeLessThan(heartbeat.intervalMs + heartbeat.timeoutMs + 500);
    // The hub noticed too: it no longer counts them.
    await until('hub noticed', () => hub.hub.io.of('/').sockets.size === 0, 5_000);
    await command(hub, { type: 'closeList' });

    proxy.restore();
    const resyncedMs = await until('resynced', versionIs(clients, 1), 15_000);
    measured.silent = { heartbeat, noticedMs, resyncedAfterRestoreMs: resyncedMs };
  });
});

describe('a client clock ten minutes off, 50-150 ms round trip', () => {
  it.each([
    ['ahead', 600_000, 11],
    ['behind', -600_000, 12],
  ])('reads the countdown within 50 ms of the hub (clock %s)', async (_label, skewMs, seed) => {
    const { hub, proxy } = await startHub({}, seed);
    proxy.latency({ minMs: 25, maxMs: 75 });
    const deviceClock = () => Date.now() + skewMs;
    const display = client(proxy.url, 'display', undefined, deviceClock);
    await command(hub, { type: 'nextSpeaker', start: true });
    await until('joined', versionIs([display], 1));
    // The client takes five samples 200 ms apart on joining: let them all come back.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const errors: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const { room, offsetMs } = display.store.getState();
      const timer = room?.floor?.timer;
      if (!timer) throw new Error('no speech on the floor');
      const shown = remainingMs(timer, deviceClock() + offsetMs);
      const truth = remainingMs(timer, hub.clock.now());
      errors.push(Math.abs(shown - truth));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const offsetErrorMs = Math.abs(display.store.getState().offsetMs + skewMs);
    expect(Math.max(...errors)).toBeLessThan(50);
    measured[`clock ${skewMs > 0 ? 'ahead' : 'behind'}`] = {
      skewMs,
      oneWayLatencyMs: [25, 75],
      samples: errors.length,
      maxErrorMs: Math.round(Math.max(...errors) * 10) / 10,
      offsetErrorMs: Math.round(offsetErrorMs * 10) / 10,
    };
  });
});
