// Limits on what one client may ask: wrong chair keys per address (REST and handshake share the
// count), commands per connection and per room and address over REST, clock and sync requests per
// connection, and the size of every message. Each refusal is typed; the room never changes.
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/guard/limits.ts';
import { MAX_UNANSWERED_IN_A_ROW } from '../../server/realtime/client-requests.ts';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../server/realtime/socket-server.ts';
import {
  createHarness,
  createTestClock,
  createTestTicks,
  getJson,
  postCommand,
  sendCommand,
  smallSeed,
  sync,
  type TestHub,
  type TestTicks,
  within,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** A hub with tc1 whose rate limits run on ticks the test moves. */
async function startHub(ticks: TestTicks): Promise<TestHub> {
  return harness.startHub({
    clock: createTestClock(),
    seeds: [smallSeed()],
    hub: { ticks: ticks.ticks },
  });
}

const versionOf = (hub: TestHub) => hub.hub.engine.state('tc1')?.version;

describe('wrong chair keys', () => {
  it('are limited per address across REST and the handshake, then even the right key waits', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const { capacity } = DEFAULT_LIMITS.keyFailures;
    expect(capacity).toBe(10);

    // Missing keys are not guesses: they do not count.
    for (let i = 0; i < 5; i += 1) {
      expect((await postCommand(hub, 'tc1', { type: 'closeList' })).status).toBe(401);
    }
    // Ten wrong keys, half over REST and half in the handshake.
    for (let i = 0; i < capacity / 2; i += 1) {
      expect(
        (await postCommand(hub, 'tc1', { type: 'closeList' }, { key: `wrong-${i}` })).status,
      ).toBe(403);
      const refusal = await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: `bad-${i}` });
      expect(refusal.code).toBe('forbidden');
    }

    // The eleventh attempt is not even checked: the right key too is told to wait, both ways.
    const rest = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ type: 'closeList' }),
    });
    expect(rest.status).toBe(429);
    expect(rest.headers.get('retry-after')).toBe('6');
    expect(await rest.json()).toEqual({
      ok: false,
      error: {
        code: 'rateLimited',
        message: 'Too many wrong keys from this address: try again in 6 s.',
        retryAfterMs: 6000,
      },
    });
    const socket = await harness.refused(hub, { roomId: 'tc1', role: 'chair', key });
    expect(socket).toEqual({
      code: 'rateLimited',
      message: 'Too many wrong keys from this address: try again in 6 s.',
    });
    // Displays and followers need no key and are not held back.
    await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    expect(versionOf(hub)).toBe(0);

    // Six seconds later one more attempt is allowed: the right key gets in.
    ticks.advance(6_000);
    expect(await postCommand(hub, 'tc1', { type: 'closeList' }, { key })).toMatchObject({
      status: 200,
      body: { ok: true, version: 1 },
    });
    // A right key costs nothing: the chair keeps working.
    await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    // But one more wrong key and the address waits again.
    expect(
      (await postCommand(hub, 'tc1', { type: 'reopenList' }, { key: 'wrong-again' })).status,
    ).toBe(403);
    expect((await postCommand(hub, 'tc1', { type: 'reopenList' }, { key })).status).toBe(429);
  });
});

describe('commands', () => {
  it('over a socket: a burst of 40, then 20 a second, refused as rateLimited beyond', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const other = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const { capacity, perSecond } = DEFAULT_LIMITS.commands;
    expect([capacity, perSecond]).toEqual([40, 20]);

    // A refused command counts too: the limit is on what the hub is asked, not on what it does.
    for (let i = 0; i < capacity; i += 1) {
      const command = i % 2 === 0 ? { type: 'closeList' } : { type: 'reopenList' };
      expect((await sendCommand(chair.socket, command)).ok, `command ${i}`).toBe(true);
    }
    const refused = await sendCommand(chair.socket, { type: 'closeList' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'rateLimited',
        message: 'Too many commands at once: send again in 50 ms.',
        retryAfterMs: 50,
      },
    });
    expect(versionOf(hub)).toBe(capacity);
    // Another console has its own allowance, and has had none of the room's: it gets through.
    expect(await sendCommand(other.socket, { type: 'closeList' })).toEqual({
      ok: true,
      version: capacity + 1,
    });
    ticks.advance(50);
    expect(await sendCommand(chair.socket, { type: 'reopenList' })).toEqual({
      ok: true,
      version: capacity + 2,
    });
    expect((await sendCommand(chair.socket, { type: 'closeList' })).ok).toBe(false);
    expect(hub.store.journal('tc1')).toHaveLength(capacity + 2);
  });

  it('over REST: per room and address, 429 with Retry-After', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const { capacity } = DEFAULT_LIMITS.commands;
    for (let i = 0; i < capacity; i += 1) {
      const command = i % 2 === 0 ? { type: 'closeList' } : { type: 'reopenList' };
      expect((await postCommand(hub, 'tc1', command, { key })).status, `command ${i}`).toBe(200);
    }
    const response = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ type: 'closeList' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({
      error: { code: 'rateLimited', retryAfterMs: 50 },
    });
    expect(versionOf(hub)).toBe(capacity);
    // The socket of the same address has its own allowance.
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    expect((await sendCommand(chair.socket, { type: 'closeList' })).ok).toBe(true);
  });

  it('per room: more consoles do not multiply the rate', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const { capacity } = DEFAULT_LIMITS.roomCommands;
    const chairs = await Promise.all(
      [1, 2, 3, 4].map(() => harness.connect(hub, { roomId: 'tc1', role: 'chair', key })),
    );
    const [first] = chairs.map((chair) => chair.socket);
    if (!first) throw new Error('no chairs');
    // Four consoles, each well within its own allowance, share the room's: together they get
    // what one would, then each is told it has had its share.
    const outcomes: boolean[] = [];
    for (let i = 0; i < capacity + 8; i += 1) {
      const chair = chairs[i % chairs.length];
      if (!chair) throw new Error('no chair');
      const command = i % 2 === 0 ? { type: 'closeList' } : { type: 'reopenList' };
      outcomes.push((await sendCommand(chair.socket, command)).ok);
    }
    expect(outcomes.filter(Boolean)).toHaveLength(capacity);
    expect(await sendCommand(first, { type: 'closeList' })).toEqual({
      ok: false,
      error: {
        code: 'rateLimited',
        message: 'Too many commands in this room at once: send again in 50 ms.',
        retryAfterMs: 50,
      },
    });
    expect(versionOf(hub)).toBe(capacity);
    ticks.advance(50);
    expect((await sendCommand(first, { type: 'closeList' })).ok).toBe(true);
  });

  it("per room: commands from displays and phones never touch the room's allowance", async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const phones = await Promise.all(
      [1, 2, 3].map(() => harness.connect(hub, { roomId: 'tc1', role: 'follower' })),
    );
    const codes = new Set<string>();
    const { capacity: own } = DEFAULT_LIMITS.commands;
    for (const phone of phones) {
      for (let i = 0; i < own; i += 1) {
        const ack = await sendCommand(phone.socket, { type: 'closeList' });
        if (!ack.ok) codes.add(ack.error.code);
      }
      // Beyond its own rate a keyless client is not even answered.
      await expect(
        phone.socket.timeout(200).emitWithAck('command', { type: 'closeList' }),
      ).rejects.toThrow();
    }
    // Refused for their role; the room's whole burst is left.
    expect([...codes]).toEqual(['forbidden']);
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const { capacity } = DEFAULT_LIMITS.roomCommands;
    for (let i = 0; i < capacity; i += 1) {
      const command = i % 2 === 0 ? { type: 'closeList' } : { type: 'reopenList' };
      expect((await sendCommand(chair.socket, command)).ok, `command ${i}`).toBe(true);
    }
  });

  it("per room, in bytes: large commands are held to the room's byte allowance too", async () => {
    expect(DEFAULT_LIMITS.roomCommandBytes).toEqual({ capacity: 2_097_152, perSecond: 32_768 });
    const ticks = createTestTicks();
    const hub = await harness.startHub({
      clock: createTestClock(),
      seeds: [smallSeed()],
      hub: {
        ticks: ticks.ticks,
        limits: { roomCommandBytes: { capacity: 5_000, perSecond: 1_000 } },
      },
    });
    const key = hub.chairKey('tc1');
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const announce = (i: number) => ({ type: 'announce', text: `${i} ${'x'.repeat(450)}` });
    const outcomes: boolean[] = [];
    for (let i = 0; i < 12; i += 1)
      outcomes.push((await sendCommand(chair.socket, announce(i))).ok);
    // About 490 bytes each: ten fit in 5,000, the eleventh waits.
    expect(outcomes.filter(Boolean)).toHaveLength(10);
    expect(await sendCommand(chair.socket, announce(99))).toMatchObject({
      ok: false,
      error: {
        code: 'rateLimited',
        message: expect.stringContaining('large commands in this room'),
      },
    });
    ticks.advance(1_000);
    expect((await sendCommand(chair.socket, announce(100))).ok).toBe(true);
  });

  it('per room, fairly: a console at a human pace gets through a flood from others', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const flooders = await Promise.all(
      [1, 2, 3].map(() => harness.connect(hub, { roomId: 'tc1', role: 'chair', key })),
    );
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    let open = true;
    const toggle = () => {
      open = !open;
      return { type: open ? 'reopenList' : 'closeList' };
    };
    let chairAccepted = 0;
    let accepted = 0;
    // Ten seconds of flood, 10 ms apart in ticks; the chair sends one command every 2 s.
    for (let step = 0; step < 1000; step += 1) {
      ticks.advance(10);
      for (const flooder of flooders) {
        const ack = await sendCommand(flooder.socket, toggle());
        if (ack.ok) accepted += 1;
        else open = !open; // refused: the list stays as it was
      }
      if (step % 200 === 0) {
        const ack = await sendCommand(chair.socket, {
          type: 'announce',
          text: `Chair's command ${step}`,
        });
        expect(ack, `the chair at step ${step}`).toMatchObject({ ok: true });
        chairAccepted += 1;
      }
    }
    expect(chairAccepted).toBe(5);
    // Three flooders got at most twice the room's rate and bursts, not three times its rate.
    const { capacity, perSecond } = DEFAULT_LIMITS.roomCommands;
    expect(accepted).toBeLessThanOrEqual(2 * (capacity + perSecond * 10));
    expect(accepted).toBeGreaterThanOrEqual(perSecond * 10);
  });
});

describe('REST reads', () => {
  it('are limited per address: a burst, then 20 a second, 429 with Retry-After beyond', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const { capacity } = DEFAULT_LIMITS.reads;
    const paths = [
      '/api/rooms',
      '/api/rooms/tc1',
      '/api/rooms/tc1/meetings',
      '/api/rooms/tc1/speeches',
    ];
    for (let i = 0; i < capacity; i += 1) {
      const pathname = paths[i % paths.length] ?? '/api/rooms';
      expect((await getJson(hub, pathname)).status, `read ${i}`).toBe(200);
    }
    const refused = await fetch(`${hub.url}/api/rooms/tc1/meetings/2017-09-06-1`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({
      error: { code: 'rateLimited', retryAfterMs: 50 },
    });
    // Commands have their own allowance: a chair reading too fast can still run the meeting.
    const key = hub.chairKey('tc1');
    expect((await postCommand(hub, 'tc1', { type: 'closeList' }, { key })).status).toBe(200);
    ticks.advance(1_000);
    expect((await getJson(hub, '/api/rooms/tc1')).status).toBe(200);
  });
});

describe('requests without a key', () => {
  it('sync: three at once, then one a second; beyond, told rateLimited once, then no answer', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    expect([DEFAULT_LIMITS.syncs.capacity, DEFAULT_LIMITS.syncs.perSecond]).toEqual([3, 1]);
    for (let i = 0; i < 3; i += 1) expect((await sync(follower.socket)).version).toBe(0);
    expect(await follower.socket.timeout(1000).emitWithAck('sync', {})).toEqual({
      ok: false,
      error: {
        code: 'rateLimited',
        message: 'Too many sync requests at once: send again in 1000 ms.',
        retryAfterMs: 1000,
      },
    });
    // Told once; asked again before the wait is over, not answered at all (a refusal is ten times
    // the size of the request: a loop must not turn it into a flood of answers).
    await expect(follower.socket.timeout(300).emitWithAck('sync', {})).rejects.toThrow();
    ticks.advance(1000);
    expect((await sync(follower.socket)).version).toBe(0);
    // Another phone has its own allowance.
    const other = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    expect((await sync(other.socket)).version).toBe(0);
  });

  it('sync from a client that holds the current version: a small upToDate, not the snapshot', async () => {
    const hub = await startHub(createTestTicks());
    const key = hub.chairKey('tc1');
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const upToDate = await follower.socket.timeout(1000).emitWithAck('sync', { version: 0 });
    expect(upToDate).toEqual({ upToDate: true, version: 0, serverNow: expect.any(Number) });
    expect(JSON.stringify(upToDate).length).toBeLessThan(80);
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    await sendCommand(chair.socket, { type: 'closeList' });
    // Behind (or saying nothing, or nonsense): the whole snapshot.
    const behind = await follower.socket.timeout(1000).emitWithAck('sync', { version: 0 });
    expect(behind).toMatchObject({ roomId: 'tc1', version: 1, listOpen: false });
  });

  it('time: five at once, then five a second; beyond, told rateLimited once, then no answer', async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    for (let i = 0; i < DEFAULT_LIMITS.times.capacity; i += 1) {
      expect(await follower.socket.timeout(1000).emitWithAck('time')).toBeTypeOf('number');
    }
    expect(await follower.socket.timeout(1000).emitWithAck('time')).toEqual({
      ok: false,
      error: {
        code: 'rateLimited',
        message: 'Too many clock requests at once: send again in 200 ms.',
        retryAfterMs: 200,
      },
    });
    await expect(follower.socket.timeout(300).emitWithAck('time')).rejects.toThrow();
    ticks.advance(200);
    expect(await follower.socket.timeout(1000).emitWithAck('time')).toBeTypeOf('number');
    // Once a token has been taken again, the next refusal is told again.
    expect(await follower.socket.timeout(1000).emitWithAck('time')).toMatchObject({
      ok: false,
      error: { code: 'rateLimited' },
    });
  });
});

describe('a client that keeps asking while refused', () => {
  it(`is cut after ${MAX_UNANSWERED_IN_A_ROW} requests left unanswered in a row; one that waits is not`, async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const patient = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const flooder = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    // The patient one is refused, waits as told, and asks again: many times over.
    for (let round = 0; round < 30; round += 1) {
      for (let i = 0; i < 4; i += 1) {
        await patient.socket.timeout(1000).emitWithAck('sync', {});
      }
      ticks.advance(3_000);
    }
    const cut = new Promise<string>((resolve) => flooder.socket.once('disconnect', resolve));
    for (let i = 0; i < MAX_UNANSWERED_IN_A_ROW + 10; i += 1) {
      flooder.socket.timeout(100).emit('sync', {}, () => undefined);
    }
    expect(await within(cut, 'the flooder cut')).toBe('transport close');
    // Asking with nothing to answer to counts the same (no client of ours does that).
    const silent = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const silentCut = new Promise<string>((resolve) => silent.socket.once('disconnect', resolve));
    // The typed client always passes an answer callback; this one sends the bare event.
    const bare = silent.socket as unknown as { emit(event: string): void };
    for (let i = 0; i < MAX_UNANSWERED_IN_A_ROW + 10; i += 1) bare.emit('time');
    expect(await within(silentCut, 'the ack-less flooder cut')).toBe('transport close');
    expect(patient.socket.connected).toBe(true);
    expect((await sync(patient.socket)).version).toBe(0);
  });
});

describe('sizes', () => {
  it(`a socket message over ${MAX_SOCKET_MESSAGE_BYTES} bytes closes that connection only`, async () => {
    const ticks = createTestTicks();
    const hub = await startHub(ticks);
    const key = hub.chairKey('tc1');
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });

    const disconnected = new Promise<string>((resolve) => chair.socket.once('disconnect', resolve));
    const huge = { type: 'announce', text: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES) };
    const ack = sendCommand(chair.socket, huge);
    expect(await disconnected).toBe('transport close');
    await expect(ack).rejects.toThrow();

    // Just under the limit is read, and refused for what it says (the text limit is 500).
    const again = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    const near = { type: 'announce', text: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES - 200) };
    expect(await sendCommand(again.socket, near)).toMatchObject({
      ok: false,
      error: { code: 'textTooLong', path: 'text' },
    });
    // Nothing changed, and the display never noticed.
    expect(versionOf(hub)).toBe(0);
    expect(display.socket.connected).toBe(true);
    expect(await sync(display.socket)).toEqual(display.joined);
  });

  it('an oversized handshake and oversized headers are turned away, the hub serving on', async () => {
    const hub = await startHub(createTestTicks());
    // Closed at the transport, before any check of the handshake: no connect, no connect_error.
    const socket = io(hub.url, {
      auth: { roomId: 'tc1', role: 'display', padding: 'p'.repeat(MAX_SOCKET_MESSAGE_BYTES + 1) },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    harness.onCleanup(() => void socket.close());
    let joined = false;
    socket.on('connect', () => (joined = true));
    const closed = new Promise<string>((resolve) => socket.io.once('close', resolve));
    expect(await within(closed, 'the connection closing')).toBe('transport close');
    expect(joined).toBe(false);
    const headers = await fetch(`${hub.url}/api/rooms`, {
      headers: { 'x-filler': 'f'.repeat(20_000) },
    });
    expect(headers.status).toBe(431);
    expect((await fetch(`${hub.url}/api/rooms`)).status).toBe(200);
  });
});
