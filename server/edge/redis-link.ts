// The hub's and the edges' connections to Redis: one for commands and publishing, one for
// subscribing (Redis reserves a subscribed connection for that), the sharded Socket.IO adapter
// over them, and whether Redis is reachable right now, with listeners for both turns.
import { createShardedAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Logger } from '../logger.ts';
import type { RostrumIo } from '../realtime/io-server.ts';

export type RedisClient = ReturnType<typeof createClient>;

/** The key holding a room's public state (a RoomSnapshot without serverNow), as JSON. */
export const snapshotKey = (roomId: string) => `rostrum:snapshot:${roomId}`;
/** The key holding the ids of the hub's rooms, as a JSON array. */
export const ROOMS_KEY = 'rostrum:rooms';

/** Retry every 0.1 s at first, then every second: Redis back means edges fresh within ~1 s. */
const reconnectDelayMs = (retries: number) => Math.min(100 * 2 ** retries, 1_000);

export interface RedisLink {
  /**
   * Commands (SET, GET) and the adapter's publishes share this connection, so Redis runs them in
   * the order they were sent: the hub's SET of a snapshot lands before the change it publishes.
   * Its offline queue is off: while Redis is away a command fails at once instead of piling up.
   */
  readonly commands: RedisClient;
  /** Whether both connections are ready now. */
  up(): boolean;
  /** Calls `listener` each time both connections become ready (at start, and after an outage). */
  onUp(listener: () => void): void;
  /** Calls `listener` each time Redis becomes unreachable after being up. */
  onDown(listener: () => void): void;
  /** Puts the sharded adapter on `io`: broadcasts and `serverSideEmit` go through Redis. */
  attach(io: RostrumIo): void;
  /** Closes both connections. */
  close(): Promise<void>;
}

/** Connects to Redis at `url` in the background; the link reports when it is up. */
export function openRedisLink(url: string, logger: Logger): RedisLink {
  const socket = { reconnectStrategy: reconnectDelayMs, connectTimeout: 2_000 };
  const commands: RedisClient = createClient({ url, socket, disableOfflineQueue: true });
  // The subscriber keeps its queue: the adapter subscribes at once, and that must wait for the
  // connection rather than fail; node-redis subscribes again by itself after a reconnection.
  const subscriber: RedisClient = createClient({ url, socket });
  const upListeners: (() => void)[] = [];
  const downListeners: (() => void)[] = [];
  let isUp = false;
  let closing = false;

  function check(): void {
    const nowUp = commands.isReady && subscriber.isReady;
    if (nowUp === isUp || closing) return;
    isUp = nowUp;
    if (nowUp) logger.info('Redis reachable');
    else logger.warn('Redis unreachable: retrying every second');
    for (const listener of nowUp ? upListeners : downListeners) listener();
  }

  for (const client of [commands, subscriber]) {
    client.on('ready', check);
    client.on('end', check);
    client.on('reconnecting', check);
    // Logged once per outage by check(); each retry's error would only repeat it.
    client.on('error', (error: unknown) => {
      logger.debug({ err: error }, 'Redis connection error');
      check();
    });
    client.connect().catch((error: unknown) => {
      if (!closing) logger.error({ err: error }, 'Redis connection gave up');
    });
  }

  return {
    commands,
    up: () => isUp,
    onUp: (listener) => void upListeners.push(listener),
    onDown: (listener) => void downListeners.push(listener),
    attach(io) {
      // 'static': every message on the namespace's one channel. Rostrum sends little (one
      // message per accepted command) to every edge, so per-room channels would buy nothing.
      io.adapter(createShardedAdapter(commands, subscriber, { subscriptionMode: 'static' }));
    },
    async close() {
      closing = true;
      await Promise.all(
        [commands, subscriber].map(async (client) => {
          // A ready connection says goodbye; one still retrying is simply stopped.
          if (client.isReady) await client.close().catch(() => undefined);
          else if (client.isOpen) client.destroy();
        }),
      );
    },
  };
}
