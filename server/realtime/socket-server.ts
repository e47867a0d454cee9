// Socket.IO: clients join one room in the handshake, get its snapshot at once, then every change.
// Only a chair with the room's key may send commands; the engine does the rest.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { RostrumError } from '../../shared/domain/errors.ts';
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
import type { Logger } from '../logger.ts';
import type { RoomEngine } from '../room-engine.ts';

/** Largest message a client may send. Commands are small; this leaves room and no more. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

export type RostrumIo = Server<ClientToServerEvents, ServerToClientEvents, never, SocketData>;
type RostrumSocket = Socket<ClientToServerEvents, ServerToClientEvents, never, SocketData>;

/** The Socket.IO room that all clients of a meeting room join. */
export const channelOf = (roomId: string) => `room:${roomId}`;

/** A handshake refusal that reaches the client as `connect_error` with `data.code`. */
function refusal(error: RostrumError): Error & { data: RostrumError } {
  return Object.assign(new Error(error.message), { data: error });
}

/** A client's acknowledgement callback, if it sent a real one. */
function callable<Args extends unknown[]>(ack: unknown): ((...args: Args) => void) | undefined {
  return typeof ack === 'function' ? (ack as (...args: Args) => void) : undefined;
}

export function attachSocketServer(deps: {
  httpServer: HttpServer;
  engine: RoomEngine;
  clock: Clock;
  logger: Logger;
  chairKey: (roomId: string) => string | undefined;
}): RostrumIo {
  const { httpServer, engine, clock, logger, chairKey } = deps;
  const io: RostrumIo = new Server(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    perMessageDeflate: false,
    serveClient: false,
  });

  io.use((socket, next) => {
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) {
      next(
        refusal({ code: 'invalidHandshake', message: 'Join with auth { roomId, role, key? }.' }),
      );
      return;
    }
    const { roomId, role, key, protocol } = parsed.data;
    if (protocol !== undefined && protocol !== PROTOCOL_VERSION) {
      next(
        refusal({
          code: 'unsupportedProtocol',
          message: `This hub speaks protocol ${PROTOCOL_VERSION}; reload the page.`,
        }),
      );
      return;
    }
    if (!engine.has(roomId)) {
      next(refusal({ code: 'unknownRoom', message: `There is no room "${roomId}".` }));
      return;
    }
    if (role === 'chair' && !keyMatches(key, chairKey(roomId))) {
      next(
        refusal(
          key === undefined
            ? { code: 'unauthorized', message: 'The chair joins with the room key.' }
            : { code: 'forbidden', message: 'That is not the chair key of this room.' },
        ),
      );
      return;
    }
    socket.data = { roomId, role };
    next();
  });

  io.on('connection', (socket: RostrumSocket) => {
    const { roomId, role } = socket.data;
    void socket.join(channelOf(roomId));
    const snapshot = engine.snapshot(roomId);
    if (snapshot) socket.emit('snapshot', snapshot);

    socket.on('time', (ack: unknown) => {
      callable<[number]>(ack)?.(clock());
    });

    socket.on('sync', (ack: unknown) => {
      const current = engine.snapshot(roomId);
      if (current) callable<[typeof current]>(ack)?.(current);
    });

    socket.on('command', (input: unknown, ack: unknown) => {
      const reply = callable<[CommandAck]>(ack) ?? (() => undefined);
      if (role !== 'chair') {
        reply({
          ok: false,
          error: { code: 'forbidden', message: 'Only the chair can change the meeting.' },
        });
        return;
      }
      reply(engine.execute(roomId, input, 'socket'));
    });
  });

  engine.onChange((change) => {
    io.to(channelOf(change.roomId)).emit('changed', change);
  });

  logger.debug('socket server attached');
  return io;
}
