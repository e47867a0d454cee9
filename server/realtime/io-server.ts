// The Socket.IO server as both the hub and the edges run it: the same limits, heartbeat and
// origins, and the same typed event maps, so a client cannot tell one from the other.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { createAddressOf, type AddressOf } from '../guard/client-address.ts';
import {
  createConnectionCap,
  DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  type ConnectionCap,
} from '../guard/connection-cap.ts';
import { boundOutput, DEFAULT_MAX_BACKLOG_BYTES } from '../guard/output-bound.ts';
import type { ServerDeps } from '../server-deps.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../../shared/protocol.ts';

/** Largest message a client may send. Commands are small; this leaves room and no more. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * How often the hub pings each client, and how long it waits for the answer (ms). A connection
 * that died silently (Wi-Fi gone, no FIN) is noticed within the sum, by both sides: the client
 * then shows that it is reconnecting, and the hub stops counting it.
 */
export interface Heartbeat {
  intervalMs: number;
  timeoutMs: number;
}

/** Socket.IO's defaults are 25 s + 20 s: too long for a wall that should say it lost the hub. */
export const DEFAULT_HEARTBEAT: Heartbeat = { intervalMs: 10_000, timeoutMs: 5_000 };

/**
 * What the hub tells the edges through the Redis adapter (`serverSideEmit`). Typed `unknown` on
 * purpose: whatever comes out of Redis is parsed (server/edge/inter-server.ts) before use.
 */
export interface InterServerEvents {
  /** An accepted change, exactly as the hub's own clients got it, for the edges to relay. */
  roomChanged: (change: unknown) => void;
  /** The hub (re)wrote a room's snapshot key: an edge behind that version fetches it. */
  snapshotWritten: (notice: unknown) => void;
  /** The hub is alive (every HUB_BEAT_MS): edges that stop hearing it tell their clients. */
  hubAlive: () => void;
}

export type RostrumIo = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type RostrumSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** The Socket.IO room that all clients of a meeting room join. */
export const channelOf = (roomId: string) => `room:${roomId}`;

/** What every connection to a server is held to, before and after it joins a room. */
export interface Door {
  /** The client address of a request (ROSTRUM_TRUST_PROXY decides whose headers count). */
  addressOf: AddressOf;
  /** Connections per client address. */
  cap: ConnectionCap;
  /** Unsent output beyond which a connection is cut (bytes). */
  maxBacklogBytes: number;
  logger: Logger;
  metrics: HubMetrics;
}

/** The door of a hub or an edge, from its settings. */
export function doorOf(deps: ServerDeps, metrics: HubMetrics): Door {
  return {
    addressOf: createAddressOf(deps.trustedProxies),
    cap: createConnectionCap(deps.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS),
    maxBacklogBytes: deps.maxBacklogBytes ?? DEFAULT_MAX_BACKLOG_BYTES,
    logger: deps.logger,
    metrics,
  };
}

/** A connection that has opened but not joined a room within this time is closed (ms). */
const JOIN_TIMEOUT_MS = 10_000;

/**
 * A Socket.IO server on `httpServer` with Rostrum's limits, heartbeat and allowed origins, its
 * connections counted per address and their unsent output bounded.
 */
export function createIo(
  httpServer: HttpServer,
  options: { heartbeat?: Heartbeat; corsOrigins: readonly string[]; door: Door },
): RostrumIo {
  const heartbeat = options.heartbeat ?? DEFAULT_HEARTBEAT;
  const { corsOrigins, door } = options;
  const io: RostrumIo = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    pingInterval: heartbeat.intervalMs,
    pingTimeout: heartbeat.timeoutMs,
    connectTimeout: JOIN_TIMEOUT_MS,
    perMessageDeflate: false,
    serveClient: false,
    // Checked before engine.io opens anything for the request: the hard bound per address.
    allowRequest: (req, callback) => callback(null, door.cap.admits(door.addressOf(req))),
    ...(corsOrigins.length > 0 && { cors: { origin: [...corsOrigins], methods: ['GET', 'POST'] } }),
  });
  io.engine.on('connection', (conn: RostrumSocket['conn']) => {
    const address = door.addressOf(conn.request);
    door.cap.opened(address);
    conn.once('close', () => door.cap.closed(address));
  });
  const stopBounding = boundOutput(io, {
    maxBytes: door.maxBacklogBytes,
    logger: door.logger,
    metrics: door.metrics,
  });
  httpServer.once('close', stopBounding);
  return io;
}
