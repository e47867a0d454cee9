// Builds the hub from its parts: one HTTP server with the REST API, the client and Socket.IO.
// Everything it needs comes in as an argument, so tests build it with a temporary store.
import type { Server as HttpServer } from 'node:http';
import { createAccess } from './auth/access.ts';
import { resolveAdminKey } from './auth/admin-key.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import { createCalendarService, type CalendarService } from './calendar-service.ts';
import { CLOCK_CHECK_EVERY_MS, systemTicks, type SteadyClock } from './clock.ts';
import { publishToEdges } from './edge/hub-publisher.ts';
import { openRedisLink } from './edge/redis-link.ts';
import { createGuard, DEFAULT_LIMITS, type Guard } from './guard/limits.ts';
import { createApiRouter } from './http/api-router.ts';
import { createFront, type Front } from './http/web-front.ts';
import { measuredEngine, timedStore } from './instrument.ts';
import { createHubMetrics, type HubMetrics } from './metrics.ts';
import { doorOf, type RostrumIo } from './realtime/io-server.ts';
import { attachSocketServer, revokeBooths, revokeChairs } from './realtime/socket-server.ts';
import { createRoomEngine, type RoomEngine } from './room-engine.ts';
import type { ServerDeps } from './server-deps.ts';
import type { RoomStore } from './store/room-store.ts';
import type { AdminKey } from './auth/admin-key.ts';

export interface HubDeps extends ServerDeps {
  store: RoomStore;
  /**
   * Where `clock` comes from, when it is the hub's steady clock: checked every half second, and
   * each step of the wall clock is applied to every room (RoomEngine.clockStepped).
   */
  steadyClock?: SteadyClock;
  /** With Redis (ROSTRUM_REDIS_URL), every change is published to the edges. */
  redisUrl?: string;
  /** ROSTRUM_CHAIR_KEY: while set, the key of every room instead of its own (never stored). */
  chairKeyOverride?: string;
  /** ROSTRUM_ADMIN_KEY: the secretariat's key; without it, the data folder's (made if none). */
  adminKey?: string;
}

export interface Hub extends Pick<Front, 'secure' | 'links' | 'redirectPort'> {
  engine: RoomEngine;
  calendar: CalendarService;
  /** The secretariat's key in use, and where it came from. */
  adminKey: AdminKey;
  httpServer: HttpServer;
  io: RostrumIo;
  metrics: HubMetrics;
  guard: Guard;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Stops cleanly: takes no new connections or commands, tells every client (`closing`), lets the
   * requests in flight finish and their commits land, then closes the clients and the store.
   */
  close(): Promise<void>;
}

const DEFAULT_CLOSE_GRACE_MS = 5_000;

export function createHub(deps: HubDeps): Hub {
  const { clock, logger, clientDir, ticks = systemTicks, corsOrigins = [] } = deps;
  const metrics = createHubMetrics({ process: deps.processMetrics ?? false });
  const guard = createGuard({ ...DEFAULT_LIMITS, ...deps.limits }, ticks);
  const door = doorOf(deps, metrics);
  const store = timedStore(deps.store, metrics, ticks);
  const engine = measuredEngine(createRoomEngine({ store, clock, logger }), metrics, ticks);
  metrics.rooms(engine.roomIds());
  engine.onRoomAdded((roomId) => metrics.rooms([roomId]));
  const calendar = createCalendarService(engine, clock);
  const adminKey = resolveAdminKey(store, deps.adminKey);
  // Room keys are read from the store at every check, so that a new one takes effect at once.
  const access = createAccess({
    chairKeyHash: (roomId) => store.chairKeyHash(roomId),
    boothKeyHash: (roomId) => store.boothKeyHash(roomId),
    chairKeyOverride: deps.chairKeyOverride,
    adminKey: adminKey.key,
  });
  let io: RostrumIo | undefined;
  function rotateChairKey(roomId: string): { key: string; note?: string } {
    const key = generateChairKey();
    store.setChairKey(roomId, key);
    // While ROSTRUM_CHAIR_KEY is set it is every room's key and stays valid: nobody is cut.
    const revoked = io && !deps.chairKeyOverride ? revokeChairs(io, roomId, clock()) : 0;
    logger.info({ roomId, revoked }, 'chair key replaced; consoles on the old key disconnected');
    if (!deps.chairKeyOverride) return { key };
    return {
      key,
      note: 'ROSTRUM_CHAIR_KEY is set: it stays the key of every room until the hub is restarted without it; this key takes over then.',
    };
  }
  // A booth key has no override: it is issued by the secretariat, and a replaced one stops at once.
  function rotateBoothKey(roomId: string): { key: string } {
    const key = generateChairKey();
    store.setBoothKey(roomId, key);
    const revoked = io ? revokeBooths(io, roomId, clock()) : 0;
    logger.info({ roomId, revoked }, 'booth key issued; booths on the old key disconnected');
    return { key };
  }
  // With Redis, the edges get every change and the current snapshots (server/edge/).
  const link = deps.redisUrl === undefined ? undefined : openRedisLink(deps.redisUrl, logger);
  let publisher: { stop(): void } | undefined;

  const front = createFront({
    clock,
    logger,
    metrics,
    clientDir,
    corsOrigins,
    graceMs: deps.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS,
    network: deps.network,
    health() {
      const stored = store.health();
      return {
        ok: stored.ok,
        rooms: engine.roomIds().length,
        store: stored,
        ...(link && { role: 'hub', redis: link.up() }),
      };
    },
    api: (closing) =>
      createApiRouter({
        engine,
        calendar,
        clock,
        access,
        rotateChairKey,
        rotateBoothKey,
        logger,
        guard,
        metrics,
        closing,
        addressOf: door.addressOf,
      }),
    attachIo(httpServer) {
      io = attachSocketServer({
        httpServer,
        engine,
        clock,
        logger,
        access,
        guard,
        metrics,
        corsOrigins,
        door,
        ...(deps.heartbeat && { heartbeat: deps.heartbeat }),
      });
      if (link) {
        link.attach(io);
        publisher = publishToEdges({ io, engine, link, logger });
      }
      return io;
    },
  });

  const steady = deps.steadyClock;
  const clockWatch =
    steady &&
    setInterval(() => {
      const stepMs = steady.check();
      if (stepMs !== 0) engine.clockStepped(stepMs);
    }, CLOCK_CHECK_EVERY_MS);

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    clearInterval(clockWatch);
    await front.close();
    publisher?.stop();
    await link?.close();
    store.close();
    logger.info('hub closed');
  }

  return {
    engine,
    calendar,
    adminKey,
    httpServer: front.httpServer,
    io: front.io,
    metrics,
    guard,
    listen: front.listen,
    secure: front.secure,
    links: front.links,
    redirectPort: front.redirectPort,
    close: () => (closed ??= close()),
  };
}
