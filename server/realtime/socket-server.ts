// Socket.IO: clients join one room in the handshake, get its snapshot at once, then every change.
// Only a chair with the room's key may run the meeting, and only a booth with the room's booth key
// may speak for the interpreters (shared/domain/command-issuers.ts); the engine does the rest. Every request is
// answered with its result or a typed error, within the limits of the hub's guard. The checks at
// the door (handshake.ts) and the answers to requests (client-requests.ts) are the edges' too.
import type { Server as HttpServer } from 'node:http';
import type { RostrumError } from '../../shared/domain/errors.ts';
import { handshakeSchema } from '../../shared/handshake-schema.ts';
import { isKeyedRole, type KeyedRole, type SocketData } from '../../shared/protocol.ts';
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

/** What a connection that joined with a replaced key is told before it is closed. */
const REVOKED_MESSAGES: Record<KeyedRole, string> = {
  chair: "This room's chair key was replaced: enter the new key to go on.",
  booth: "This room's booth key was replaced: enter the new key to go on.",
};

/**
 * Tells the connections of `roomId` that joined as `role` with the room's key of that role (not
 * the secretariat's) that the key was replaced, and closes them: the old key must stop working at
 * once.
 */
function revokeHolders(io: RostrumIo, roomId: string, role: KeyedRole, now: number): number {
  let revoked = 0;
  for (const socket of io.of('/').sockets.values()) {
    const data: SocketData = socket.data;
    if (data.roomId !== roomId || data.role !== role || data.holder !== role) continue;
    socket.emit('revoked', {
      serverNow: now,
      error: { code: 'keyRevoked', message: REVOKED_MESSAGES[role] },
    });
    socket.disconnect(true);
    revoked += 1;
  }
  return revoked;
}

/** Closes the consoles of `roomId` that joined with its replaced chair key; how many. */
export function revokeChairs(io: RostrumIo, roomId: string, now: number): number {
  return revokeHolders(io, roomId, 'chair', now);
}

/** Closes the booths of `roomId` that joined with its replaced booth key; how many. */
export function revokeBooths(io: RostrumIo, roomId: string, now: number): number {
  return revokeHolders(io, roomId, 'booth', now);
}

/** What a chair or a booth with a missing or wrong key is told at the door. */
const KEY_REFUSALS: Record<KeyedRole, { missing: string; wrong: string }> = {
  chair: {
    missing: 'The chair joins with the room key.',
    wrong: 'That is not the chair key of this room.',
  },
  booth: {
    missing: "A booth joins with the room's booth key.",
    wrong: 'That is not the booth key of this room.',
  },
};

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
  // A booth's key opens the booths' door only, and the chair's the chair's; the secretariat's both.
  const holderOf = (roomId: string, role: KeyedRole, key: string | undefined) =>
    role === 'chair' ? access.holderOf(roomId, key) : access.boothHolderOf(roomId, key);
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
      keyRefusal(roomId, role, key, address): RostrumError | undefined {
        const blocked = guard.keyAttempt(address);
        if (blocked) return blocked;
        const words = KEY_REFUSALS[role];
        if (key === undefined) return { code: 'unauthorized', message: words.missing };
        if (holderOf(roomId, role, key) === undefined) {
          guard.keyFailed(address);
          logger.warn({ roomId, address, via: 'socket' }, `wrong ${role} key`);
          return { code: 'forbidden', message: words.wrong };
        }
        return undefined;
      },
    },
  });

  io.on('connection', (socket: RostrumSocket) => {
    const { roomId, role } = socket.data;
    if (isKeyedRole(role)) {
      const key = handshakeSchema.safeParse(socket.handshake.auth).data?.key;
      socket.data.holder = holderOf(roomId, role, key) ?? role;
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
          const { role: sender } = client.data;
          if (!isKeyedRole(sender)) {
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
          return engine.execute(client.data.roomId, payload[0], 'socket', sender);
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
