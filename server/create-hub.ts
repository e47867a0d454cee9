// Builds the hub from its parts: one HTTP server with the REST API, the client and Socket.IO.
// Everything it needs comes in as an argument, so tests build it with a temporary store.
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Clock } from './clock.ts';
import { createApiRouter } from './http/api-router.ts';
import type { Logger } from './logger.ts';
import { attachSocketServer, type RostrumIo } from './realtime/socket-server.ts';
import { createRoomEngine, type RoomEngine } from './room-engine.ts';
import type { RoomStore } from './store/room-store.ts';

export interface HubDeps {
  store: RoomStore;
  clock: Clock;
  logger: Logger;
  /** The built client (dist/client); when absent the hub serves a page saying how to build it. */
  clientDir?: string;
}

export interface Hub {
  engine: RoomEngine;
  httpServer: HttpServer;
  io: RostrumIo;
  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking connections, closes clients and the store. */
  close(): Promise<void>;
}

const CLIENT_ROUTES = ['/display/:roomId', '/chair/:roomId', '/follow/:roomId'];

export function createHub(deps: HubDeps): Hub {
  const { store, clock, logger, clientDir } = deps;
  const engine = createRoomEngine({ store, clock, logger });
  const chairKey = (roomId: string) => store.chairKey(roomId);

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, rooms: engine.roomIds().length, serverNow: clock() });
  });
  app.use('/api', createApiRouter({ engine, clock, chairKey, logger }));

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

  const httpServer = createServer(app);
  const io = attachSocketServer({ httpServer, engine, clock, logger, chairKey });

  return {
    engine,
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
    async close() {
      await io.close();
      store.close();
    },
  };
}
