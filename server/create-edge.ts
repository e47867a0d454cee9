// Builds an edge: the hub's front (client pages, API, Socket.IO) without the hub's store or
// engine. Its rooms come from Redis, where the hub writes them; its clients are displays and
// followers; the chair and every command are sent to the hub.
import { systemTicks } from './clock.ts';
import { createEdgeApiRouter } from './edge/edge-api.ts';
import { createEdgeRooms, type EdgeRooms } from './edge/edge-rooms.ts';
import { serveEdgeClients } from './edge/edge-socket.ts';
import { openRedisLink } from './edge/redis-link.ts';
import { createGuard, DEFAULT_LIMITS } from './guard/limits.ts';
import { createFront, type Front } from './http/web-front.ts';
import { createHubMetrics } from './metrics.ts';
import { createIo, doorOf } from './realtime/io-server.ts';
import type { ServerDeps } from './server-deps.ts';

export interface EdgeDeps extends ServerDeps {
  /** Where the hub writes and publishes (ROSTRUM_REDIS_URL). */
  redisUrl: string;
  /** The hub's public address, named to a chair or a command sent here (ROSTRUM_HUB_URL). */
  hubUrl?: string | undefined;
}

export interface Edge extends Pick<
  Front,
  'httpServer' | 'io' | 'listen' | 'secure' | 'links' | 'redirectPort'
> {
  rooms: EdgeRooms;
  /** Stops cleanly: tells its clients (`closing`), closes them, then its Redis connections. */
  close(): Promise<void>;
}

const DEFAULT_CLOSE_GRACE_MS = 5_000;

export function createEdge(deps: EdgeDeps): Edge {
  const { clock, logger, hubUrl, ticks = systemTicks, corsOrigins = [] } = deps;
  const metrics = createHubMetrics({ process: deps.processMetrics ?? false });
  const guard = createGuard({ ...DEFAULT_LIMITS, ...deps.limits }, ticks);
  const door = doorOf(deps, metrics);
  const link = openRedisLink(deps.redisUrl, logger);
  let rooms: EdgeRooms | undefined;
  const front = createFront({
    clock,
    logger,
    metrics,
    clientDir: deps.clientDir,
    corsOrigins,
    graceMs: deps.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS,
    network: deps.network,
    health: () => ({ role: 'edge', redis: link.up(), stale: rooms?.stale() ?? true }),
    api: () =>
      createEdgeApiRouter({
        rooms: edgeRooms(),
        clock,
        logger,
        metrics,
        hubUrl,
        guard,
        addressOf: door.addressOf,
      }),
    attachIo(httpServer) {
      const io = createIo(httpServer, {
        corsOrigins,
        door,
        ...(deps.heartbeat && { heartbeat: deps.heartbeat }),
      });
      link.attach(io);
      rooms = createEdgeRooms({ io, link, clock, logger });
      serveEdgeClients(io, { rooms, clock, logger, guard, metrics, corsOrigins, hubUrl, door });
      return io;
    },
  });

  function edgeRooms(): EdgeRooms {
    if (!rooms) throw new Error('The edge rooms are made with Socket.IO');
    return rooms;
  }

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    await front.close();
    edgeRooms().close();
    await link.close();
    logger.info('edge closed');
  }

  return {
    httpServer: front.httpServer,
    io: front.io,
    listen: front.listen,
    secure: front.secure,
    links: front.links,
    redirectPort: front.redirectPort,
    rooms: edgeRooms(),
    close: () => (closed ??= close()),
  };
}
