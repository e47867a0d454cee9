// The door of the hub against a real hub on a real port: connections per client address (and
// whose address that is behind a proxy), and the cut of a connection whose client does not read,
// on WebSocket and on long-polling. The room goes on for everyone else.
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../../server/guard/limits.ts';
import {
  createHarness,
  createTestClock,
  createTestTicks,
  NO_LIMITS,
  seedOf,
  smallSeed,
  sync,
  type HubOptions,
  type TestHub,
  within,
} from './harness.ts';
import { sleep } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

function startHub(hub: HubOptions, seed = smallSeed()): Promise<TestHub> {
  return harness.startHub({ clock: createTestClock(), seeds: [seed], hub });
}

/** A follower of tc1 connecting from `localAddress` (any 127.x.y.z is this machine). */
function followerFrom(hub: TestHub, localAddress: string): Socket {
  // engine.io-client hands `localAddress` to Node's ws (it is not in its own option types).
  const options = {
    auth: { roomId: 'tc1', role: 'follower' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    localAddress,
  };
  const socket = io(hub.url, options);
  harness.onCleanup(() => void socket.close());
  return socket;
}

/** Resolves with 'joined', or with the refusal's code. */
function outcome(socket: Socket): Promise<string> {
  return within(
    new Promise<string>((resolve) => {
      socket.once('snapshot', () => resolve('joined'));
      socket.once('connect_error', (error) => {
        const data: unknown = 'data' in error ? error.data : undefined;
        const code = typeof data === 'object' && data !== null && 'code' in data ? data.code : '';
        resolve(String(code || error.message));
      });
    }),
    'joining',
  );
}

/** The value of one counter line of /metrics, or 0. */
async function metric(hub: TestHub, line: string): Promise<number> {
  const text = await (await fetch(`${hub.url}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(line));
  return found ? Number(found.slice(line.length).trim()) : 0;
}

describe('connections per address', () => {
  it('are capped per address, with a typed refusal; other addresses are not held back', async () => {
    const hub = await startHub({ maxConnectionsPerAddress: 5 });
    const first = [1, 2, 3, 4, 5].map(() => followerFrom(hub, '127.0.0.1'));
    expect(await Promise.all(first.map(outcome))).toEqual(Array(5).fill('joined'));
    const sixth = followerFrom(hub, '127.0.0.1');
    expect(await outcome(sixth)).toBe('tooManyConnections');
    // Another address (another phone on the network) joins as usual.
    expect(await outcome(followerFrom(hub, '127.0.0.2'))).toBe('joined');
    // One leaves: there is room again.
    first[0]?.close();
    await within(
      (async () => {
        while ((await outcomeOfFresh(hub)) !== 'joined') await sleep(50);
      })(),
      'a place freed',
    );
    expect(await metric(hub, 'rostrum_handshakes_refused_total{code="tooManyConnections"}')).toBe(
      1,
    );
    // The chair is not held back by the cap: its key is what admits it.
    const key = hub.chairKey('tc1');
    await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
  });

  it('bound connections that never join as well', async () => {
    const hub = await startHub({ maxConnectionsPerAddress: 5 });
    const port = new URL(hub.url).port;
    // Raw engine.io connections that never send Socket.IO's CONNECT.
    const raw = Array.from({ length: 12 }, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
      harness.onCleanup(() => ws.terminate());
      return new Promise<string>((resolve) => {
        ws.once('open', () => resolve('open'));
        ws.once('error', () => resolve('refused'));
      });
    });
    const results = await Promise.all(raw);
    // The cap plus a tenth plus one may open (room to be told why); the rest are refused.
    expect(results.filter((r) => r === 'open')).toHaveLength(7);
    expect(results.filter((r) => r === 'refused')).toHaveLength(5);
  });

  it('do not leak when a connection closes during its handshake', async () => {
    const hub = await startHub({ maxConnectionsPerAddress: 5 });
    const base = `${hub.url}/socket.io/?EIO=4&transport=polling`;
    // Each session sends its CONNECT and a garbage packet in one request: the garbage closes the
    // connection while the CONNECT is still being admitted.
    for (let i = 0; i < 12; i += 1) {
      const sid = /"sid":"([^"]+)"/.exec(await (await fetch(base)).text())?.[1];
      await fetch(`${base}&sid=${sid}`, {
        method: 'POST',
        body: '40{"roomId":"tc1","role":"follower"}\x1ezzzz',
        headers: { 'content-type': 'text/plain' },
      });
    }
    await sleep(200);
    const joined = [1, 2, 3, 4, 5].map(() => followerFrom(hub, '127.0.0.1'));
    expect(await Promise.all(joined.map(outcome))).toEqual(Array(5).fill('joined'));
  });

  it('behind a trusted proxy, count the address it forwards, and only then', async () => {
    const trusting = await startHub({ maxConnectionsPerAddress: 2, trustedProxies: ['loopback'] });
    const from = (address: string) => ({ 'x-forwarded-for': `${address}, 127.0.0.1` });
    const auth = { roomId: 'tc1', role: 'follower' };
    await harness.connect(trusting, auth, from('203.0.113.7'));
    await harness.connect(trusting, auth, from('203.0.113.7'));
    expect((await harness.refused(trusting, auth, from('203.0.113.7'))).code).toBe(
      'tooManyConnections',
    );
    await harness.connect(trusting, auth, from('203.0.113.8'));

    // Without the setting, the header is the client's own word: not believed.
    const plain = await startHub({ maxConnectionsPerAddress: 2 });
    await harness.connect(plain, auth, from('203.0.113.1'));
    await harness.connect(plain, auth, from('203.0.113.2'));
    expect((await harness.refused(plain, auth, from('203.0.113.3'))).code).toBe(
      'tooManyConnections',
    );
  });
});

describe('handshakes per address', () => {
  it('a burst as large as the cap, then 20 a second; beyond, rateLimited with retryAfterMs', async () => {
    expect(DEFAULT_LIMITS.handshakes).toEqual({ capacity: 200, perSecond: 20 });
    const ticks = createTestTicks();
    const hub = await startHub({
      ticks: ticks.ticks,
      limits: { handshakes: { capacity: 3, perSecond: 20 } },
    });
    const auth = { roomId: 'tc1', role: 'follower' };
    for (let i = 0; i < 3; i += 1) await harness.connect(hub, auth);
    const refused = await harness.refused(hub, auth);
    expect(refused).toEqual({
      code: 'rateLimited',
      message: 'Too many connections from this address at once: send again in 50 ms.',
    });
    // Another address is not held back; and 50 ms later this one may come again.
    expect(await outcome(followerFrom(hub, '127.0.0.2'))).toBe('joined');
    ticks.advance(50);
    await harness.connect(hub, auth);
  });
});

describe('a client that does not read', () => {
  /** The dialogue's size of list: a snapshot of some tens of kilobytes. */
  function bigSeed() {
    return seedOf({
      ...smallSeed(),
      id: 'tc1',
      speakers: Array.from({ length: 190 }, (_, i) => ({
        delegation: `Organization number ${i} with a rather long name for the list`,
        speakerName: `Speaker ${i}`,
        title: 'Permanent Representative',
      })),
    });
  }

  it('on WebSocket: cut once its unsent output passes the bound; the room goes on', async () => {
    const hub = await startHub({ limits: NO_LIMITS, maxBacklogBytes: 256 * 1024 }, bigSeed());
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const port = new URL(hub.url).port;
    const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
    harness.onCleanup(() => ws.terminate());
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send('40{"roomId":"tc1","role":"follower"}');
    await new Promise((resolve) => ws.once('message', resolve)); // the engine's open packet
    // From now on this client reads nothing, and asks for snapshots as fast as it can.
    const raw = (ws as unknown as { _socket: { pause(): void } })._socket;
    raw.pause();
    for (let i = 0; i < 600; i += 1) ws.send(`42${i}["sync",{}]`);
    await cutForBacklog(hub);
    expect(hub.hub.io.of('/').sockets.size).toBe(1); // the display only
    expect(display.socket.connected).toBe(true);
    expect((await sync(display.socket)).version).toBe(0);
  });

  it('on long-polling: a client that never polls is cut the same way', async () => {
    const hub = await startHub({ limits: NO_LIMITS, maxBacklogBytes: 256 * 1024 }, bigSeed());
    const base = `${hub.url}/socket.io/?EIO=4&transport=polling`;
    const open = await (await fetch(base)).text();
    const sid = /"sid":"([^"]+)"/.exec(open)?.[1];
    expect(sid).toBeTruthy();
    const post = (body: string) =>
      fetch(`${base}&sid=${sid}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain' },
      });
    expect((await post('40{"roomId":"tc1","role":"follower"}')).status).toBe(200);
    // Many requests in each POST (engine.io separates packets with \x1e); never a GET.
    for (let round = 0; round < 20; round += 1) {
      const packets = Array.from({ length: 10 }, (_, i) => `42${round * 10 + i}["sync",{}]`);
      const answer = await post(packets.join('\x1e'));
      if (answer.status !== 200) break;
    }
    await cutForBacklog(hub);
    // Its session is gone: the next GET is refused, not answered with megabytes.
    const late = await fetch(`${base}&sid=${sid}`);
    expect(late.status).toBe(400);
  });
});

/** Resolves once the hub has cut a connection for its backlog (checked every second). */
async function cutForBacklog(hub: TestHub): Promise<void> {
  const cut = async () => {
    while ((await metric(hub, 'rostrum_connections_cut_total{reason="outputBacklog"}')) < 1) {
      await sleep(100);
    }
  };
  await within(cut(), 'the connection cut', 10_000);
}

async function outcomeOfFresh(hub: TestHub): Promise<string> {
  const socket = followerFrom(hub, '127.0.0.1');
  const result = await outcome(socket);
  if (result !== 'joined') socket.close();
  return result;
}
