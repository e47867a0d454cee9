// Socket.IO on an edge: the hub's door checks and answers (handshake.ts, client-requests.ts),
// except that the chair is sent to the hub, every command is refused as notHub, and the state
// comes from Redis: a client gets the room's snapshot on joining, then the hub's changes as
// edge-rooms.ts relays them, and `stale` notices while Redis is away.
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomSnapshot } from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import { refuseCommand, serveRequests } from '../realtime/client-requests.ts';
import { admitClients } from '../realtime/handshake.ts';
import { channelOf, type Door, type RostrumIo, type RostrumSocket } from '../realtime/io-server.ts';
import { notHubError, unknownRoomError } from '../refusals.ts';
import type { EdgeRooms } from './edge-rooms.ts';

/** Admits displays and followers on `io` and serves them from `rooms`. */
export function serveEdgeClients(
  io: RostrumIo,
  deps: {
    rooms: EdgeRooms;
    clock: Clock;
    logger: Logger;
    guard: Guard;
    metrics: HubMetrics;
    corsOrigins: readonly string[];
    hubUrl: string | undefined;
    door: Door;
  },
): void {
  const { rooms, clock, logger, guard, metrics, corsOrigins, hubUrl, door } = deps;
  const stamp = (state: PublicRoomState): RoomSnapshot => ({ ...state, serverNow: clock() });

  admitClients(io, {
    metrics,
    corsOrigins,
    door,
    guard,
    admission: {
      async roomRefusal(roomId) {
        try {
          return (await rooms.current(roomId)) ? undefined : unknownRoomError(roomId);
        } catch {
          return {
            code: 'internal',
            message: 'This edge server cannot reach the meeting right now; try again in a moment.',
          };
        }
      },
      keyRefusal: () => notHubError(hubUrl),
    },
  });

  io.on('connection', (socket: RostrumSocket) => {
    const { roomId, role } = socket.data;
    metrics.clientJoined(roomId, role);
    // Joined first, then the snapshot: a change relayed in between reaches the client too, and
    // the snapshot that follows is at least that new (EdgeRooms.current).
    void socket.join(channelOf(roomId));
    serveRequests(socket, {
      guard,
      clock,
      metrics,
      logger,
      answers: {
        snapshot: (id) =>
          rooms.current(id).then(
            (state) => state && stamp(state),
            () => undefined,
          ),
        command: (client) => refuseCommand(client, metrics, 'notHub', notHubError(hubUrl).message),
      },
    });
    rooms.current(roomId).then(
      (state) => {
        if (state && socket.connected) socket.emit('snapshot', stamp(state));
        if (rooms.stale()) socket.emit('stale', rooms.staleNotice());
      },
      () => socket.emit('stale', rooms.staleNotice()),
    );
  });
}
