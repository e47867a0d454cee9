// The part of a Rostrum server that faces the room's network, the same on the hub and the edges:
// one HTTP server with security headers, health, metrics, the API, the built client and
// Socket.IO, and a clean stop that tells every client before it closes.
import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Clock } from '../clock.ts';
import { apiCors, securityHeaders } from '../guard/web-security.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type { RostrumIo } from '../realtime/io-server.ts';
import { lastResort, notFound } from './http-errors.ts';

// The secretariat's console is a page of the same client: the hub prints its /admin#key= link.
const CLIENT_ROUTES = ['/display/:roomId', '/chair/:roomId', '/follow/:roomId', '/admin'];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export interface FrontDeps {
  clock: Clock;
  logger: Logger;
  metrics: HubMetrics;
  /** The built client (dist/client); when absent the pages say how to build it. */
  clientDir?: string | undefined;
  /** Origins of other sites whose pages may use the API and connect (ROSTRUM_CORS_ORIGIN). */
  corsOrigins: readonly string[];
  /** How long `close` lets requests in flight finish before cutting them (ms). */
  graceMs: number;
  /** What /healthz says besides `serverNow`; `ok: false` in it answers 503 (the store is gone). */
  health(): Record<string, unknown>;
  /** The router under /api (made after Socket.IO); `closing()` is true once stopping. */
  api(closing: () => boolean): Router;
  /** Attaches Socket.IO (with its handlers) to the HTTP server, before the routes are made. */
  attachIo(httpServer: HttpServer): RostrumIo;
}

export interface Front {
  httpServer: HttpServer;
  io: RostrumIo;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /**
   * Takes no new connections or requests, tells every client (`closing`), lets the requests in
   * flight finish, then closes the clients. Whatever lies behind (store, Redis) is the caller's.
   */
  close(): Promise<void>;
}

/** Builds the HTTP server and Socket.IO of a hub or an edge. */
export function createFront(deps: FrontDeps): Front {
  const { clock, logger, metrics, clientDir, corsOrigins, graceMs } = deps;
  let stopping = false;
  let inFlight = 0;
  const idle = new Set<() => void>();

  const app = express();
  const httpServer = createServer(app);
  // Socket.IO first: an edge's API reads the rooms that come with it.
  const io = deps.attachIo(httpServer);
  app.disable('x-powered-by');
  // Requests in flight, so that a stopping server can let them finish.
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
    const { ok = true, ...details } = deps.health();
    res
      .status(ok === false ? 503 : 200)
      .json({ ok: !stopping && ok !== false, ...details, serverNow: clock() });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use('/api', apiCors(corsOrigins));
  app.use(
    '/api',
    deps.api(() => stopping),
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

  async function close(): Promise<void> {
    stopping = true;
    // No new connections from here; the callback comes once every connection has ended.
    const disconnected = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    // `local`: this server's clients only, never the other servers' over Redis.
    io.local.emit('closing', { serverNow: clock() });
    // Commits are synchronous: a command being handled finishes before this line runs again.
    // What may still be in flight is a REST request whose body is on its way: let it land.
    await requestsDone(graceMs);
    // One turn for the `closing` notices (and the last answers) to reach the sockets.
    await delay(10);
    await io.close();
    httpServer.closeIdleConnections();
    await Promise.race([disconnected, delay(graceMs)]);
    httpServer.closeAllConnections();
  }

  return {
    httpServer,
    io,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve((httpServer.address() as AddressInfo).port);
        });
      });
    },
    close,
  };
}
