// A chair's console whose key the secretariat replaced: the hub says `revoked`, then cuts the
// connection. The console must not try the old key again (each try would be refused, and count
// towards the lock after wrong keys): the client's connection module stops for good and says
// why, with the code the console words itself. A real Socket.IO server on a loopback port plays
// the hub's part; the client is the real one.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/protocol.ts';
import { connectToRoom } from '../../../client/connection/room-connection.ts';
import { createLiveRoom } from '../../../client/store/live-room.ts';

let closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

const MESSAGE = "This room's chair key was replaced: enter the new key to go on.";

/** A server that accepts every handshake, then revokes the key of each chair after `afterMs`. */
async function revokingServer(afterMs: number) {
  const httpServer = createServer();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer);
  const keys: unknown[] = [];
  io.use((socket, next) => {
    const auth: Record<string, unknown> = socket.handshake.auth;
    keys.push(auth.key);
    next();
  });
  io.on('connection', (socket) => {
    setTimeout(() => {
      socket.emit('revoked', {
        serverNow: Date.now(),
        error: { code: 'keyRevoked', message: MESSAGE },
      });
      socket.disconnect(true);
    }, afterMs);
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  closers.push(() => io.close());
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, keys: () => keys };
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('not within the time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a chair key revoked under a connected console', () => {
  it('is refused for good, with its code, and never tried again', async () => {
    const server = await revokingServer(100);
    const store = createLiveRoom();
    const connection = connectToRoom({
      store,
      roomId: 'cr4',
      role: 'chair',
      key: 'the-old-key',
      url: server.url,
    });
    closers.push(() => connection.close());
    await until(() => store.getState().connection === 'connected', 2_000);
    await until(() => store.getState().connection === 'refused', 2_000);
    expect(store.getState()).toMatchObject({ refusal: MESSAGE, refusalCode: 'keyRevoked' });
    // Longer than the client's reconnection delays (0.5-2 s): no second handshake came.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(server.keys()).toEqual(['the-old-key']);
    expect(store.getState().connection).toBe('refused');
  });
});
