// The part of a Rostrum server that faces the room's network, the same on the hub and the edges:
// one HTTP server with security headers, health, metrics, the API, the built client and
// Socket.IO, and a clean stop that tells every client before it closes. With a certificate it is
// an HTTPS server (WSS for Socket.IO), optionally with a plain-HTTP port that only redirects.
import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Clock } from '../clock.ts';
import { apiCors, securityHeaders } from '../guard/web-security.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type { RostrumIo } from '../realtime/io-server.ts';
import { lastResort, notFound } from './http-errors.ts';
import {
  baseUrl,
  isEveryInterface,
  localBase,
  phonesBase,
  type Listening,
  type PhonesBase,
} from './public-address.ts';
import { readTlsPair, watchTlsFiles, type TlsFiles } from './tls-files.ts';

// The secretariat's console is a page of the same client: the hub prints its /admin#key= link.
const CLIENT_ROUTES = [
  '/display/:roomId',
  '/chair/:roomId',
  '/follow/:roomId',
  '/lectern/:roomId',
  '/booth/:roomId',
  '/admin',
];

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
  /** The network settings: public address, certificate, redirect port (ServerDeps). */
  network?: FrontNetwork | undefined;
}

/** How the server faces the network (ROSTRUM_PUBLIC_URL, ROSTRUM_TLS_*, the redirect port). */
export interface FrontNetwork {
  /** The base of the phones' links (ROSTRUM_PUBLIC_URL), e.g. https://rostrum.example.org. */
  publicUrl?: string | undefined;
  /** The certificate and key: the server speaks HTTPS and WSS. */
  tls?: TlsFiles | undefined;
  /** How often the certificate files are read again (ms; TLS_RECHECK_MS). */
  tlsRecheckMs?: number | undefined;
  /** A plain-HTTP port that redirects to HTTPS (ROSTRUM_HTTP_REDIRECT_PORT); 0 picks one. */
  httpRedirectPort?: number | undefined;
}

/** The bases of a listening server's links. */
export interface FrontLinks {
  /** For this machine (the wall's PC): https://localhost:8443 when bound everywhere. */
  local: string;
  /** For the phones: ROSTRUM_PUBLIC_URL, the machine's network address, or none. */
  phones: PhonesBase;
}

export interface Front {
  httpServer: HttpServer;
  io: RostrumIo;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** True when serving HTTPS. */
  secure: boolean;
  /** The bases of the links, once listening. */
  links(): FrontLinks;
  /** The redirecting plain-HTTP port, once listening, when there is one. */
  redirectPort(): number | undefined;
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

  const network = deps.network ?? {};
  const app = express();
  // A bad certificate throws here, before anything listens (main.ts checks it earlier still).
  const tlsPair = network.tls && readTlsPair(network.tls);
  const httpsServer: HttpsServer | undefined = tlsPair && createHttpsServer(tlsPair, app);
  const httpServer: HttpServer = httpsServer ?? createServer(app);
  const stopWatching =
    httpsServer && network.tls && tlsPair
      ? watchTlsFiles(httpsServer, network.tls, tlsPair, {
          logger,
          ...(network.tlsRecheckMs !== undefined && { everyMs: network.tlsRecheckMs }),
        })
      : () => undefined;
  let listening: Listening | undefined;
  let redirect: HttpServer | undefined;
  function links(): FrontLinks {
    if (!listening) throw new Error('The server is not listening yet');
    return { local: localBase(listening), phones: phonesBase(listening, network.publicUrl) };
  }
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
  // Where phones open the room's pages: the wall draws its QR code from it (docs/protocol.md §5).
  app.get('/api/config', (_req, res) => {
    const { base, from } = links().phones;
    res.json({ phonesBase: base, from });
  });
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
    stopWatching();
    redirect?.close();
    redirect?.closeAllConnections();
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

  /** Redirects every request to the same path over HTTPS, on the public address when set. */
  function redirectServer(httpsPort: number, host: string): HttpServer {
    return createServer((req, res) => {
      const base =
        network.publicUrl ?? baseUrl(requestHost(req.headers.host, host), httpsPort, true);
      res.writeHead(308, { location: `${base}${req.url ?? '/'}`, 'content-length': 0 }).end();
    });
  }

  return {
    httpServer,
    io,
    secure: httpsServer !== undefined,
    links,
    redirectPort: () => redirect && (redirect.address() as AddressInfo).port,
    async listen(port, host) {
      const bound = await listenOn(httpServer, port, host);
      // No host: Node listens on every interface (IPv6 and IPv4).
      listening = { host: host ?? '::', port: bound, secure: httpsServer !== undefined };
      if (httpsServer && network.httpRedirectPort !== undefined) {
        redirect = redirectServer(bound, listening.host);
        await listenOn(redirect, network.httpRedirectPort, host);
      }
      return bound;
    },
    close,
  };
}

/** Listens on `port` (0 picks one); resolves with the port bound. */
function listenOn(server: HttpServer, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** The host name a request was sent to, without its port; `fallback` when it has none. */
function requestHost(header: string | undefined, fallback: string): string {
  if (header) {
    try {
      return new URL(`http://${header}`).hostname.replace(/^\[|\]$/g, '');
    } catch {
      // An unreadable Host: the server's own address instead.
    }
  }
  return isEveryInterface(fallback) ? 'localhost' : fallback;
}
