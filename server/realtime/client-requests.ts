// What a joined client may ask, answered the same way by the hub and the edges: `time`, `sync`,
// `command` (whose outcome each side decides), and a typed error for any other event, all within
// the limits of the guard: beyond them, the answer is a `rateLimited` refusal, which costs the
// hub next to nothing. No request a client can make without a key costs more than one snapshot
// a second.
import type { ErrorCode } from '../../shared/domain/errors.ts';
import {
  isKeyedRole,
  type CommandAck,
  type RoomSnapshot,
  type SyncAnswer,
} from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import type { Guard } from '../guard/limits.ts';
import { cutConnection } from '../guard/output-bound.ts';
import type { Logger } from '../logger.ts';
import type { HubMetrics } from '../metrics.ts';
import type { RostrumSocket } from './io-server.ts';

/** Requests left unanswered in a row (asked while refused) after which a connection is cut. */
export const MAX_UNANSWERED_IN_A_ROW = 100;

/** The events a client may send; any other is answered with `invalidRequest`. */
const CLIENT_EVENTS: readonly string[] = ['command', 'time', 'sync'];

/** A message's own arguments and its acknowledgement callback, which Socket.IO puts last. */
function split(args: unknown[]): {
  payload: unknown[];
  ack: ((answer: unknown) => void) | undefined;
} {
  const last = args.at(-1);
  if (typeof last !== 'function') return { payload: args, ack: undefined };
  return { payload: args.slice(0, -1), ack: (answer) => void last(answer) };
}

/** How one side answers what its clients ask. */
export interface RequestAnswers {
  /** The room's current snapshot (for `sync`); an edge may read it from Redis. */
  snapshot(roomId: string): RoomSnapshot | undefined | Promise<RoomSnapshot | undefined>;
  /**
   * The outcome of one command (its arguments before the callback), once within the limits; a
   * refusal made here is counted with `refuseCommand`.
   */
  command(socket: RostrumSocket, payload: unknown[]): CommandAck;
}

/** Answers `socket`'s requests until it leaves, and forgets it then. */
export function serveRequests(
  socket: RostrumSocket,
  deps: {
    answers: RequestAnswers;
    guard: Guard;
    clock: Clock;
    metrics: HubMetrics;
    logger: Logger;
  },
): void {
  const { answers, guard, clock, metrics, logger } = deps;
  const { roomId, role } = socket.data;

  // A client that keeps asking while it is refused is no client of ours: a real one waits the
  // `retryAfterMs` it was told. Past this many requests left unanswered in a row, its connection
  // is cut, so that a flood costs the hub one connection's parsing, not a stream of it.
  let unanswered = 0;
  const answered = () => (unanswered = 0);
  const leftUnanswered = () => {
    unanswered += 1;
    if (unanswered !== MAX_UNANSWERED_IN_A_ROW + 1) return;
    logger.warn({ roomId, role, address: socket.handshake.address }, 'connection cut: flooding');
    metrics.connectionCut('flooding');
    cutConnection(socket.conn);
  };

  socket.on('disconnect', (reason) => {
    metrics.clientLeft(roomId, role);
    guard.forget(socket.id);
    logger.debug({ roomId, role, reason }, 'client left');
  });

  // Any other event gets a typed error, if it asked for an answer (and is not flooding).
  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && CLIENT_EVENTS.includes(event)) return;
    const { ack } = split(args);
    if (!ack || guard.otherRequest(socket.id)) {
      leftUnanswered();
      return;
    }
    ack({
      ok: false,
      error: { code: 'invalidRequest', message: 'Unknown event: send command, time or sync.' },
    });
  });

  socket.on('time', (...args: unknown[]) => {
    const { ack } = split(args);
    // Asked with nothing to answer to: no client of ours does that, but a flood can.
    if (!ack) return void leftUnanswered();
    const verdict = guard.time(socket.id);
    if (verdict.ok) {
      answered();
      ack(clock());
    } else if (verdict.tell) {
      ack({ ok: false, error: verdict.error });
    } else {
      leftUnanswered();
    }
  });

  socket.on('sync', (...args: unknown[]) => {
    const { payload, ack } = split(args);
    if (!ack) return void leftUnanswered();
    const verdict = guard.sync(socket.id);
    if (!verdict.ok) {
      if (verdict.tell) ack({ ok: false, error: verdict.error });
      else leftUnanswered();
      return;
    }
    answered();
    const held = heldVersion(payload[0]);
    const answer = (snapshot: RoomSnapshot | undefined) => {
      if (snapshot) ack(syncAnswer(snapshot, held));
    };
    const current = answers.snapshot(roomId);
    if (current instanceof Promise) void current.then(answer);
    else answer(current);
  });

  socket.on('command', (...args: unknown[]) => {
    const { payload, ack } = split(args);
    const reply = (answer: CommandAck) => ack?.(answer);
    // Only a keyed client's command (a chair's, a booth's) may draw on the room's allowance: a
    // display or a phone is held to its own connection's rate, and refused for its role anyway.
    const keyed = isKeyedRole(role);
    const tooFast = keyed
      ? guard.command(socket.id, roomId, commandBytes(payload[0]))
      : guard.command(socket.id, undefined);
    if (tooFast) {
      metrics.refused(roomId, 'socket', tooFast.code);
      // A chair or a booth is told every time (its screen must know); a keyless client has been
      // told its role is wrong, and a flood of such answers is what it would like the hub to send.
      if (keyed) reply({ ok: false, error: tooFast });
      else leftUnanswered();
      return;
    }
    reply(answers.command(socket, payload));
  });
}

/**
 * A command refused before it reaches an engine, counted in the metrics (the engine counts its
 * own refusals).
 */
export function refuseCommand(
  socket: RostrumSocket,
  metrics: HubMetrics,
  code: ErrorCode,
  message: string,
): CommandAck {
  metrics.refused(socket.data.roomId, 'socket', code);
  return { ok: false, error: { code, message } };
}

/** A command's size as the journal will hold it (its JSON), for the room's byte allowance. */
function commandBytes(command: unknown): number {
  try {
    return JSON.stringify(command)?.length ?? 0;
  } catch {
    return 0; // not JSON at all: the engine refuses it as invalidCommand
  }
}

/** The version a `sync` request says the client holds, if it says one. */
function heldVersion(request: unknown): number | undefined {
  if (typeof request !== 'object' || request === null || !('version' in request)) return undefined;
  const { version } = request;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/** The snapshot, or just `upToDate` for a client that already holds its version. */
function syncAnswer(snapshot: RoomSnapshot, held: number | undefined): SyncAnswer {
  if (held !== snapshot.version) return snapshot;
  return { upToDate: true, version: snapshot.version, serverNow: snapshot.serverNow };
}
