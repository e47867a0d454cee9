// Socket.IO: clients join one room in the handshake, get its snapshot at once, then every change.
// Only a chair with the room's key may send commands; the engine does the rest. Every request is
// answered with its result or a typed error, within the limits of the hub's guard.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ErrorCode, RostrumError } from '../../shared/domain/errors.ts';
import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type CommandAck,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/protocol.ts';
import { handshakeSchema } from '../../shared/handshake-schema.ts';
import { keyMatches } from '../auth/chair-keys.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import { originAllowed } from '../guard/web-security.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type { RoomEngine } from '../room-engine.ts';

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

export type RostrumIo = Server<ClientToServerEvents, ServerToClientEvents, never, SocketData>;
type RostrumSocket = Socket<ClientToServerEvents, ServerToClientEvents, never, SocketData>;

/** The events a client may send; any other is answered with `invalidRequest`. */
const CLIENT_EVENTS: readonly string[] = ['command', 'time', 'sync'];

/** The Socket.IO room that all clients of a meeting room join. */
export const channelOf = (roomId: string) => `room:${roomId}`;

/** A handshake refusal that reaches the client as `connect_error` with `data.code`. */
function refusal(error: RostrumError): Error & { data: RostrumError } {
  return Object.assign(new Error(error.message), { data: error });
}

/** A message's own arguments and its acknowledgement callback, which Socket.IO puts last. */
function split(args: unknown[]): {
  payload: unknown[];
  ack: ((answer: unknown) => void) | undefined;
} {
  const last = args.at(-1);
  if (typeof last !== 'function') return { payload: args, ack: undefined };
  return { payload: args.slice(0, -1), ack: (answer) => void last(answer) };
}

export function attachSocketServer(deps: {
  httpServer: HttpServer;
  engine: RoomEngine;
  clock: Clock;
  logger: Logger;
  chairKey: (roomId: string) => string | undefined;
  guard: Guard;
  metrics: HubMetrics;
  /** Origins of other sites whose pages may connect (ROSTRUM_CORS_ORIGIN). */
  corsOrigins: readonly string[];
  heartbeat?: Heartbeat;
}): RostrumIo {
  const { httpServer, engine, clock, logger, chairKey, guard, metrics, corsOrigins } = deps;
  const heartbeat = deps.heartbeat ?? DEFAULT_HEARTBEAT;
  const io: RostrumIo = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    pingInterval: heartbeat.intervalMs,
    pingTimeout: heartbeat.timeoutMs,
    perMessageDeflate: false,
    serveClient: false,
    ...(corsOrigins.length > 0 && { cors: { origin: [...corsOrigins], methods: ['GET', 'POST'] } }),
  });

  io.use((socket, next) => {
    const refuse = (error: RostrumError) => {
      metrics.handshakeRefused(error.code);
      next(refusal(error));
    };
    const { origin, host } = socket.handshake.headers;
    if (!originAllowed(origin, host, corsOrigins)) {
      refuse({
        code: 'forbidden',
        message: 'This hub does not take connections from other sites.',
      });
      return;
    }
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      refuse({ code: 'invalidHandshake', message: 'Join with auth { roomId, role, key? }.' });
      return;
    }
    const { roomId, role, key, protocol } = parsed.data;
    if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
      refuse({
        code: 'unsupportedProtocol',
        message: `This hub speaks protocol ${PROTOCOL_VERSION}; reload the page.`,
      });
      return;
    }
    if (!engine.has(roomId)) {
      refuse({ code: 'unknownRoom', message: `There is no room "${roomId}".` });
      return;
    }
    if (role === 'chair') {
      const address = socket.handshake.address;
      const blocked = guard.keyAttempt(address);
      if (blocked) {
        refuse(blocked);
        return;
      }
      if (key === undefined) {
        refuse({ code: 'unauthorized', message: 'The chair joins with the room key.' });
        return;
      }
      if (!keyMatches(key, chairKey(roomId))) {
        guard.keyFailed(address);
        logger.warn({ roomId, address, via: 'socket' }, 'wrong chair key');
        refuse({ code: 'forbidden', message: 'That is not the chair key of this room.' });
        return;
      }
    }
    socket.data = { roomId, role };
    next();
  });

  io.on('connection', (socket: RostrumSocket) => {
    const { roomId, role } = socket.data;
    metrics.clientJoined(roomId, role);
    void socket.join(channelOf(roomId));
    const snapshot = engine.snapshot(roomId);
    if (snapshot) socket.emit('snapshot', snapshot);

    socket.on('disconnect', (reason) => {
      metrics.clientLeft(roomId, role);
      guard.forget(socket.id);
      logger.debug({ roomId, role, reason }, 'client left');
    });

    // Any other event gets a typed error, if it asked for an answer (and is not flooding).
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && CLIENT_EVENTS.includes(event)) return;
      const { ack } = split(args);
      if (!ack || !guard.read(socket.id)) return;
      ack({
        ok: false,
        error: { code: 'invalidRequest', message: 'Unknown event: send command, time or sync.' },
      });
    });

    socket.on('time', (...args: unknown[]) => {
      const { ack } = split(args);
      if (ack && guard.read(socket.id)) ack(clock());
    });

    socket.on('sync', (...args: unknown[]) => {
      const { ack } = split(args);
      const current = engine.snapshot(roomId);
      if (ack && current && guard.read(socket.id)) ack(current);
    });

    socket.on('command', (...args: unknown[]) => {
      const { payload, ack } = split(args);
      const reply = (answer: CommandAck) => ack?.(answer);
      const refuse = (code: ErrorCode, message: string, extra: Partial<RostrumError> = {}) => {
        metrics.refused(roomId, 'socket', code);
        reply({ ok: false, error: { ...extra, code, message } });
      };
      const tooFast = guard.command(socket.id);
      if (tooFast) {
        refuse(tooFast.code, tooFast.message, tooFast);
        return;
      }
      if (role !== 'chair') {
        refuse('forbidden', 'Only the chair can change the meeting.');
        return;
      }
      if (payload.length !== 1) {
        refuse('invalidCommand', 'Send one command, then the acknowledgement callback.');
        return;
      }
      reply(engine.execute(roomId, payload[0], 'socket'));
    });
  });

  engine.onChange((change) => {
    io.to(channelOf(change.roomId)).emit('changed', change);
  });

  logger.debug('socket server attached');
  return io;
}
