// Backpressure: the hub never queues without bound for a client that does not read. A phone on
// bad Wi-Fi, a script that opens a socket and never reads, a long-polling client that never
// polls: each one's unsent output grows with every change and every answer. Once a connection's
// unsent output passes the bound, the hub cuts it (discarding what it held); a real client sees
// its transport close, reconnects by itself and gets a fresh snapshot, which is all it needs.
//
// Unsent output lives in two places: engine.io's write buffer (packets waiting while the
// transport is busy, or, on long-polling, until the client's next GET) and, on WebSocket, the
// bytes the ws library has handed to the socket but the kernel has not taken yet. Both are
// internal to engine.io and ws, so they are read defensively: a shape that is not recognised
// counts as nothing queued rather than as a reason to cut.
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type { RostrumIo, RostrumSocket } from '../realtime/io-server.ts';

/** The engine.io connection under a Socket.IO socket. */
type EngineSocket = RostrumSocket['conn'];

/** A connection's unsent output beyond which it is cut (ROSTRUM_MAX_BACKLOG_BYTES). */
export const DEFAULT_MAX_BACKLOG_BYTES = 1024 * 1024;

/** How often every connection's backlog is looked at (ms). */
export const BACKLOG_CHECK_EVERY_MS = 1_000;

function byteLength(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return 0;
}

/** The bytes engine.io holds for `conn` that have not reached the kernel. */
function unsentBytes(conn: EngineSocket): number {
  let total = 0;
  const buffer: unknown = Reflect.get(conn, 'writeBuffer');
  if (Array.isArray(buffer)) {
    for (const packet of buffer as unknown[]) {
      if (typeof packet === 'object' && packet !== null)
        total += byteLength(Reflect.get(packet, 'data'));
    }
  }
  const ws: unknown = Reflect.get(conn.transport, 'socket');
  if (typeof ws === 'object' && ws !== null) {
    const buffered: unknown = Reflect.get(ws, 'bufferedAmount');
    if (typeof buffered === 'number') total += buffered;
  }
  return total;
}

/** Cuts `conn` at once: its buffer discarded, its WebSocket (if any) ended without a goodbye. */
export function cutConnection(conn: EngineSocket): void {
  const ws: unknown = Reflect.get(conn.transport, 'socket');
  conn.close(true);
  // ws's close() would wait (up to 30 s) for a closing handshake queued behind the backlog.
  if (typeof ws === 'object' && ws !== null) {
    const terminate: unknown = Reflect.get(ws, 'terminate');
    if (typeof terminate === 'function') terminate.call(ws);
  }
}

/**
 * Watches every connection of `io` and cuts those whose unsent output passes `maxBytes`;
 * returns the way to stop watching.
 */
export function boundOutput(
  io: RostrumIo,
  deps: { maxBytes: number; logger: Logger; metrics: HubMetrics; everyMs?: number },
): () => void {
  const { maxBytes, logger, metrics } = deps;
  function check(conn: EngineSocket): void {
    const unsent = unsentBytes(conn);
    if (unsent <= maxBytes) return;
    logger.warn(
      { address: conn.remoteAddress, transport: conn.transport.name, unsent, maxBytes },
      'connection cut: its client is not reading (output backlog over the bound)',
    );
    metrics.connectionCut('outputBacklog');
    cutConnection(conn);
  }
  const timer = setInterval(() => {
    for (const socket of io.of('/').sockets.values()) check(socket.conn);
  }, deps.everyMs ?? BACKLOG_CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
