// What a hub and an edge are both built from: their clock, logger, client and limits.
import type { Clock, Ticks } from './clock.ts';
import type { HubLimits } from './guard/limits.ts';
import type { FrontNetwork } from './http/web-front.ts';
import type { Logger } from './logger.ts';
import type { Heartbeat } from './realtime/io-server.ts';

export interface ServerDeps {
  /** The instants in states and answers (an edge's is its own: NTP-synced with the hub's). */
  clock: Clock;
  logger: Logger;
  /** The built client (dist/client); when absent the server serves a page saying how to build it. */
  clientDir?: string;
  /** The monotonic clock of rate limits and timings (the system's by default). */
  ticks?: Ticks;
  /** Rate limits, where they differ from DEFAULT_LIMITS. */
  limits?: Partial<HubLimits>;
  /** Origins of other sites whose pages may use the API and connect (ROSTRUM_CORS_ORIGIN). */
  corsOrigins?: readonly string[];
  /** Adds Node's own figures (memory, event loop, GC) to /metrics: for a real server, not tests. */
  processMetrics?: boolean;
  /** How long `close` lets requests in flight finish before cutting them (ms). */
  closeGraceMs?: number;
  /** How often clients are pinged, and how long an answer may take (DEFAULT_HEARTBEAT). */
  heartbeat?: Heartbeat;
  /** Reverse proxies whose X-Forwarded-For is believed (ROSTRUM_TRUST_PROXY); none by default. */
  trustedProxies?: readonly string[];
  /** Connections one client address may hold (DEFAULT_MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress?: number;
  /** Unsent output beyond which a connection is cut, in bytes (DEFAULT_MAX_BACKLOG_BYTES). */
  maxBacklogBytes?: number;
  /** The public address, the certificate and the redirect port (ROSTRUM_PUBLIC_URL, ROSTRUM_TLS_*). */
  network?: FrontNetwork;
}
