// What the hub shows of its health at /metrics (Prometheus text): clients connected by room and
// role, commands accepted and refused (by code), how long commands and commits take. Each hub
// has its own registry, so several hubs in one process (tests) never mix their figures.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../shared/domain/errors.ts';
import { ROLES, type Role } from '../shared/protocol.ts';
import type { CommandOrigin } from './store/room-store.ts';

/** Seconds: from half a millisecond (a refusal) to a second (a disk in trouble). */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** The room label of a request naming no room the hub has (its id is the caller's text). */
export const NO_ROOM = '-';

export interface HubMetrics {
  readonly registry: Registry;
  /** Shows every room and role from the start, at 0 clients. */
  rooms(roomIds: readonly string[]): void;
  clientJoined(roomId: string, role: Role): void;
  clientLeft(roomId: string, role: Role): void;
  accepted(roomId: string, origin: CommandOrigin, type: string): void;
  refused(roomId: string, origin: CommandOrigin, code: ErrorCode): void;
  /** A connection the handshake turned away. */
  handshakeRefused(code: ErrorCode): void;
  /** A connection closed by the hub for a reason of its own (e.g. 'outputBacklog'). */
  connectionCut(reason: string): void;
  /** Time to handle one command, from its arrival to its answer (seconds). */
  handled(origin: CommandOrigin, seconds: number): void;
  /** Time to commit one accepted command to the store (seconds). */
  committed(seconds: number): void;
}

/** A hub's metrics; `process` adds Node's own (memory, event loop, GC), for a real hub only. */
export function createHubMetrics(options: { process?: boolean } = {}): HubMetrics {
  const registry = new Registry();
  if (options.process) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const clients = new Gauge({
    name: 'rostrum_clients',
    help: 'Clients connected over Socket.IO, by room and role.',
    labelNames: ['room', 'role'] as const,
    registers,
  });
  const accepted = new Counter({
    name: 'rostrum_commands_accepted_total',
    help: 'Commands accepted (committed and broadcast), by room, origin and command type.',
    labelNames: ['room', 'origin', 'type'] as const,
    registers,
  });
  const refused = new Counter({
    name: 'rostrum_commands_refused_total',
    help: 'Commands refused, by room (- when unknown), origin and error code.',
    labelNames: ['room', 'origin', 'code'] as const,
    registers,
  });
  const handshakes = new Counter({
    name: 'rostrum_handshakes_refused_total',
    help: 'Socket.IO connections refused at the handshake, by error code.',
    labelNames: ['code'] as const,
    registers,
  });
  const cuts = new Counter({
    name: 'rostrum_connections_cut_total',
    help: 'Connections the hub closed itself, by reason (outputBacklog: the client read too little; flooding: it kept asking while refused).',
    labelNames: ['reason'] as const,
    registers,
  });
  const handling = new Histogram({
    name: 'rostrum_command_duration_seconds',
    help: 'Time to handle one command: validate, apply, commit, broadcast, answer.',
    labelNames: ['origin'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const commits = new Histogram({
    name: 'rostrum_commit_duration_seconds',
    help: 'Time to commit one accepted command to the store (one SQLite transaction, synced).',
    buckets: DURATION_BUCKETS,
    registers,
  });

  return {
    registry,
    rooms(roomIds) {
      for (const room of roomIds) for (const role of ROLES) clients.set({ room, role }, 0);
    },
    clientJoined: (room, role) => clients.inc({ room, role }),
    clientLeft: (room, role) => clients.dec({ room, role }),
    accepted: (room, origin, type) => accepted.inc({ room, origin, type }),
    refused: (room, origin, code) => refused.inc({ room, origin, code }),
    handshakeRefused: (code) => handshakes.inc({ code }),
    connectionCut: (reason) => cuts.inc({ reason }),
    handled: (origin, seconds) => handling.observe({ origin }, seconds),
    committed: (seconds) => commits.observe(seconds),
  };
}
