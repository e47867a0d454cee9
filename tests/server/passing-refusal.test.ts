// A server that refuses a client for now, not for good (an edge that cannot reach the meeting
// this moment), must not leave a phone showing "refused" for the rest of
// the meeting: the client's connection module tries again by itself. A refusal for good (an
// unknown room) stays a refusal. A real Socket.IO server on a loopback port, the real client.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToRoom, type RoomConnection } from '../../client/connection/room-connection.ts';
import { createLiveRoom, type LiveRoom } from '../../client/store/live-room.ts';

let closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

/** A server that refuses the first `refusals` handshakes with `code`, then accepts. */
async function refusingServer(code: string, refusals: number) {
  const httpServer = createServer();
  const io = new Server(httpServer);
  let attempts = 0;
  io.use((_socket, next) => {
    attempts += 1;
    if (attempts <= refusals) {
      next(Object.assign(new Error('not now'), { data: { code, message: 'Try again soon.' } }));
    } else {
      next();
    }
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  closers.push(() => io.close());
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, attempts: () => attempts };
}

function follow(url: string): { store: LiveRoom; connection: RoomConnection } {
  const store = createLiveRoom();
  const connection = connectToRoom({ store, roomId: 'cr4', role: 'follower', url });
  closers.push(() => connection.close());
  return { store, connection };
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('not within the time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a refusal that passes', () => {
  it('is shown as reconnecting, and the client joins once the server accepts', async () => {
    const server = await refusingServer('internal', 2);
    const { store } = follow(server.url);
    await until(() => store.getState().connection === 'reconnecting', 2_000);
    expect(store.getState().refusal).toBeNull();
    await until(() => store.getState().connection === 'connected', 8_000);
    expect(server.attempts()).toBe(3);
  });

  it('a refusal for good stays one, and the client stops asking', async () => {
    const server = await refusingServer('unknownRoom', 1);
    const { store } = follow(server.url);
    await until(() => store.getState().connection === 'refused', 2_000);
    expect(store.getState().refusal).toBe('Try again soon.');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(server.attempts()).toBe(1);
    expect(store.getState().connection).toBe('refused');
  });
});
