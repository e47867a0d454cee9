// Builds the hub from its parts: one HTTP server with the REST API, the client and Socket.IO.
// Everything it needs comes in as an argument, so tests build it with a temporary store.
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { systemTicks, type Clock, type Ticks } from './clock.ts';
import { createGuard, DEFAULT_LIMITS, type Guard, type HubLimits } from './guard/limits.ts';
import { apiCors, securityHeaders } from './guard/web-security.ts';
import { createApiRouter } from './http/api-router.ts';
import { lastResort, notFound } from './http/http-errors.ts';
import { measuredEngine, timedStore } from './instrument.ts';
import type { Logger } from './logger.ts';
import { createHubMetrics, type HubMetrics } from './metrics.ts';
import { attachSocketServer, type Heartbeat, type RostrumIo } from './realtime/socket-server.ts';
import { createRoomEngine, type RoomEngine } from './room-engine.ts';
import type { RoomStore } from './store/room-store.ts';

export interface HubDeps {
  store: RoomStore;
  clock: Clock;
  logger: Logger;
  /** The built client (dist/client); when absent the hub serves a page saying how to build it. */
  clientDir?: string;
  /** The monotonic clock of rate limits and timings (the system's by default). */
  ticks?: Ticks;
  /** Rate limits, where they differ from DEFAULT_LIMITS. */
  limits?: Partial<HubLimits>;
  /** Origins of other sites whose pages may use the API and connect (ROSTRUM_CORS_ORIGIN). */
  corsOrigins?: readonly string[];
  /** Adds Node's own figures (memory, event loop, GC) to /metrics: for a real hub, not tests. */
  processMetrics?: boolean;
  /** How long `close` lets requests in flight finish before cutting them (ms). */
  closeGraceMs?: number;
  /** How often clients are pinged, and how long an answer may take (DEFAULT_HEARTBEAT). */
  heartbeat?: Heartbeat;
}

export interface Hub {
  engine: RoomEngine;
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

const CLIENT_ROUTES = ['/display/:roomId', '/chair/:roomId', '/follow/:roomId'];
const DEFAULT_CLOSE_GRACE_MS = 5_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export function createHub(deps: HubDeps): Hub {
  const { clock, logger, clientDir, ticks = systemTicks, corsOrigins = [] } = deps;
  const graceMs = deps.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS;
  const metrics = createHubMetrics({ process: deps.processMetrics ?? false });
  const guard = createGuard({ ...DEFAULT_LIMITS, ...deps.limits }, ticks);
  const store = timedStore(deps.store, metrics, ticks);
  const engine = measuredEngine(createRoomEngine({ store, clock, logger }), metrics, ticks);
  metrics.rooms(engine.roomIds());
  const chairKey = (roomId: string) => store.chairKey(roomId);

  let stopping = false;
  let inFlight = 0;
  const idle = new Set<() => void>();

  const app = express();
  app.disable('x-powered-by');
  // Requests in flight, so that a stopping hub can let them finish.
  app.use((_req, res, next) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) for (const wake of idle) wake();
    });
    next();
  });
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.json({ ok: !stopping, rooms: engine.roomIds().length, serverNow: clock() });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use('/api', apiCors(corsOrigins));
  app.use(
    '/api',
    createApiRouter({ engine, clock, chairKey, logger, guard, metrics, closing: () => stopping }),
  );

  const indexHtml = clientDir && path.join(clientDir, 'index.html');
  if (clientDir && indexHtml && existsSync(indexHtml)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get(['/', ...CLIENT_ROUTES], (_req, res) => res.sendFile(indexHtml));
  } else {
    app.get(['/', ...CLIENT_ROUTES], (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The client is not built yet: run `npm run build` (npm start does it for you).');
    });
  }

  app.use(notFound('No such page.'));
  app.use(lastResort(logger));

  const httpServer = createServer(app);
  const io = attachSocketServer({
    httpServer,
    engine,
    clock,
    logger,
    chairKey,
    guard,
    metrics,
    corsOrigins,
    ...(deps.heartbeat && { heartbeat: deps.heartbeat }),
  });

  /** Resolves once no request is in flight, or after `ms`. */
  function requestsDone(ms: number): Promise<void> {
    if (inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        idle.delete(done);
        resolve();
      };
      idle.add(done);
      void delay(ms).then(done);
    });
  }

  let closed: Promise<void> | undefined;
  async function close(): Promise<void> {
    stopping = true;
    // No new connections from here; the callback comes once every connection has ended.
    const disconnected = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    io.emit('closing', { serverNow: clock() });
    // Commits are synchronous: a command being handled finishes before this line runs again.
    // What may still be in flight is a REST request whose body is on its way: let it land.
    await requestsDone(graceMs);
    // One turn for the `closing` notices (and the last answers) to reach the sockets.
    await delay(10);
    await io.close();
    httpServer.closeIdleConnections();
    await Promise.race([disconnected, delay(graceMs)]);
    httpServer.closeAllConnections();
    store.close();
    logger.info('hub closed');
  }

  return {
    engine,
    httpServer,
    io,
    metrics,
    guard,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
        });
      });
    },
    close: () => (closed ??= close()),
  };
}
