// Socket.IO: clients join one room in the handshake, get its snapshot at once, then every change.
// Only a chair with the room's key may send commands; the engine does the rest. Every request is
// answered with its result or a typed error, within the limits of the hub's guard. The checks at
// the door (handshake.ts) and the answers to requests (client-requests.ts) are the edges' too.
import type { Server as HttpServer } from 'node:http';
import type { RostrumError } from '../../shared/domain/errors.ts';
import { handshakeSchema } from '../../shared/handshake-schema.ts';
import type { Access } from '../auth/access.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import { unknownRoomError } from '../refusals.ts';
import type { RoomEngine } from '../room-engine.ts';
import { refuseCommand, serveRequests } from './client-requests.ts';
import { admitClients } from './handshake.ts';
import {
  channelOf,
  createIo,
  type Door,
  type Heartbeat,
  type RostrumIo,
  type RostrumSocket,
} from './io-server.ts';

export {
  DEFAULT_HEARTBEAT,
  MAX_SOCKET_MESSAGE_BYTES,
  channelOf,
  type Heartbeat,
  type RostrumIo,
} from './io-server.ts';

/**
 * Tells the consoles of `roomId` that joined with its chair key (not the secretariat's) that the
 * key was replaced, and closes their connections: the old key must stop working at once.
 */
export function revokeChairs(io: RostrumIo, roomId: string, now: number): number {
  let revoked = 0;
  for (const socket of io.of('/').sockets.values()) {
    const { data } = socket;
    if (data.roomId !== roomId || data.role !== 'chair' || data.holder !== 'chair') continue;
    socket.emit('revoked', {
      serverNow: now,
      error: {
        code: 'keyRevoked',
        message: "This room's chair key was replaced: enter the new key to go on.",
      },
    });
    socket.disconnect(true);
    revoked += 1;
  }
  return revoked;
}

export function attachSocketServer(deps: {
  httpServer: HttpServer;
  engine: RoomEngine;
  clock: Clock;
  logger: Logger;
  /** Who a key lets in (server/auth/access.ts). */
  access: Access;
  guard: Guard;
  metrics: HubMetrics;
  /** Origins of other sites whose pages may connect (ROSTRUM_CORS_ORIGIN). */
  corsOrigins: readonly string[];
  heartbeat?: Heartbeat;
  door: Door;
}): RostrumIo {
  const { httpServer, engine, clock, logger, access, guard, metrics, corsOrigins, door } = deps;
  const io = createIo(httpServer, {
    corsOrigins,
    door,
    ...(deps.heartbeat && { heartbeat: deps.heartbeat }),
  });

  admitClients(io, {
    metrics,
    corsOrigins,
    door,
    guard,
    admission: {
      roomRefusal: (roomId) => (engine.has(roomId) ? undefined : unknownRoomError(roomId)),
      chairRefusal(roomId, key, address): RostrumError | undefined {
        const blocked = guard.keyAttempt(address);
        if (blocked) return blocked;
        if (key === undefined) {
          return { code: 'unauthorized', message: 'The chair joins with the room key.' };
        }
        if (access.holderOf(roomId, key) === undefined) {
          guard.keyFailed(address);
          logger.warn({ roomId, address, via: 'socket' }, 'wrong chair key');
          return { code: 'forbidden', message: 'That is not the chair key of this room.' };
        }
        return undefined;
      },
    },
  });

  io.on('connection', (socket: RostrumSocket) => {
    const { roomId, role } = socket.data;
    if (role === 'chair') {
      const key = handshakeSchema.safeParse(socket.handshake.auth).data?.key;
      socket.data.holder = access.holderOf(roomId, key) ?? 'chair';
    }
    metrics.clientJoined(roomId, role);
    void socket.join(channelOf(roomId));
    const snapshot = engine.snapshot(roomId);
    if (snapshot) socket.emit('snapshot', snapshot);

    serveRequests(socket, {
      guard,
      clock,
      metrics,
      logger,
      answers: {
        snapshot: (id) => engine.snapshot(id),
        command(client: RostrumSocket, payload) {
          if (client.data.role !== 'chair') {
            return refuseCommand(
              client,
              metrics,
              'forbidden',
              'Only the chair can change the meeting.',
            );
          }
          if (payload.length !== 1) {
            return refuseCommand(
              client,
              metrics,
              'invalidCommand',
              'Send one command, then the acknowledgement callback.',
            );
          }
          return engine.execute(client.data.roomId, payload[0], 'socket');
        },
      },
    });
  });

  // `local`: the hub's own clients. With Redis, the edges get the change from the publisher
  // (server/edge/hub-publisher.ts), which writes the snapshot key before it relays the change.
  engine.onChange((change) => {
    io.local.to(channelOf(change.roomId)).emit('changed', change);
  });

  logger.debug('socket server attached');
  return io;
}
