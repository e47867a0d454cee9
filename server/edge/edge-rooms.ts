// What an edge knows of the hub's rooms: for each, the last snapshot it read from Redis and the
// version its clients were last brought to. Changes from the hub are relayed to the edge's own
// clients; a gap (a change missed) or a notice of a newer snapshot brings the whole room a fresh
// snapshot instead. While Redis is away the edge keeps serving what it has, says it is stale,
// and once Redis is back it reads every room again until it has them all.
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomSnapshot, StaleNotice } from '../../shared/protocol.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { channelOf, type RostrumIo } from '../realtime/io-server.ts';
import {
  parseStored,
  publicStateSchema,
  roomChangedSchema,
  roomIdsSchema,
  snapshotWrittenSchema,
} from './inter-server.ts';
import { HUB_BEAT_MS } from './hub-publisher.ts';
import { ROOMS_KEY, snapshotKey, type RedisLink } from './redis-link.ts';

/** How often a stale edge reads the rooms again once Redis answers (ms). */
const RESYNC_EVERY_MS = 500;

/**
 * Redis up but no word from the hub for this long (three missed heartbeats): the hub is down or
 * cut off, and what the edge serves may be behind. Its clients are told, as for Redis away.
 */
export const HUB_SILENT_AFTER_MS = 3 * HUB_BEAT_MS;

interface EdgeRoom {
  /** The last snapshot read from Redis. */
  cached: PublicRoomState | undefined;
  /** The version this edge's clients were last brought to (a relayed change or a snapshot). */
  relayed: number;
}

export interface EdgeRooms {
  /**
   * The room's state, at least as new as anything relayed: from the cache when it is, else read
   * from Redis. Undefined when Redis has no such room; rejects when Redis cannot be reached and
   * nothing is cached.
   */
  current(roomId: string): Promise<PublicRoomState | undefined>;
  /** The hub's rooms as it last listed them in Redis (the cached ones when Redis is away). */
  roomIds(): Promise<string[]>;
  /** True while what the edge serves may be behind the hub (Redis away, or not read again yet). */
  stale(): boolean;
  /** The staleness notice for a client, stamped with the edge's clock. */
  staleNotice(): StaleNotice;
  /** Resolves once the edge is in step with the hub (Redis read); at once if it is now. */
  inStep(): Promise<void>;
  /** Stops reading Redis again. */
  close(): void;
}

export function createEdgeRooms(deps: {
  io: RostrumIo;
  link: RedisLink;
  clock: Clock;
  logger: Logger;
}): EdgeRooms {
  const { io, link, clock, logger } = deps;
  const rooms = new Map<string, EdgeRoom>();
  // Behind until Redis has been read once.
  let redisBehind = true;
  // No heartbeat from the hub lately, though Redis answers.
  let hubSilent = false;
  let lastHeardFromHub = clock();
  // What the clients were last told: stale when either holds.
  let stale = true;
  let resyncTimer: NodeJS.Timeout | undefined;
  const waitingForStep = new Set<() => void>();

  const stamp = (state: PublicRoomState): RoomSnapshot => ({ ...state, serverNow: clock() });
  const entry = (roomId: string): EdgeRoom => {
    let room = rooms.get(roomId);
    if (!room) {
      room = { cached: undefined, relayed: -1 };
      rooms.set(roomId, room);
    }
    return room;
  };

  /** Reads the room's snapshot key; rejects when Redis cannot be reached. */
  async function read(roomId: string): Promise<PublicRoomState | undefined> {
    const state = parseStored(await link.commands.get(snapshotKey(roomId)), publicStateSchema);
    if (state && state.roomId === roomId) {
      const room = entry(roomId);
      if (!room.cached || state.version >= room.cached.version) room.cached = state;
      // The first read: the clients get this version (or a later one) and nothing before it.
      if (room.relayed < 0) room.relayed = state.version;
    }
    return state;
  }

  async function current(roomId: string): Promise<PublicRoomState | undefined> {
    const known = rooms.get(roomId);
    if (known?.cached && (known.cached.version >= known.relayed || stale)) return known.cached;
    try {
      let state = await read(roomId);
      // The hub SETs the key before it publishes: a read made after a change was received sees
      // that change. A read that was already on its way may not, so it is made once more.
      const relayed = rooms.get(roomId)?.relayed ?? -1;
      if (state && state.version < relayed) state = await read(roomId);
      return state;
    } catch (error) {
      if (known?.cached) return known.cached;
      throw error;
    }
  }

  /** Brings the room's clients a fresh snapshot when Redis has a newer one than they got. */
  async function refresh(roomId: string): Promise<boolean> {
    const state = await read(roomId);
    if (!state) return false;
    const room = entry(roomId);
    if (state.version > room.relayed) {
      room.relayed = state.version;
      io.local.to(channelOf(roomId)).emit('snapshot', stamp(state));
    }
    return true;
  }

  /** Tells the clients when being stale (Redis behind, or the hub silent) turns. */
  function showStale(): void {
    const value = redisBehind || hubSilent;
    if (stale === value) return;
    stale = value;
    io.local.emit('stale', { stale, serverNow: clock() });
    if (!stale) for (const wake of [...waitingForStep]) wake();
  }

  function setRedisBehind(value: boolean): void {
    redisBehind = value;
    showStale();
  }

  /** Anything from the hub (a heartbeat, a change, a snapshot written) shows it is alive. */
  function heardFromHub(): void {
    lastHeardFromHub = clock();
    if (!hubSilent) return;
    hubSilent = false;
    logger.info('the hub is heard again');
    showStale();
  }

  const watchdog = setInterval(() => {
    if (hubSilent || !link.up() || clock() - lastHeardFromHub <= HUB_SILENT_AFTER_MS) return;
    hubSilent = true;
    logger.warn('no word from the hub: clients told the state may be behind');
    showStale();
  }, HUB_BEAT_MS / 2);
  watchdog.unref();

  /** Reads every known room again; clears `stale` once all are read, else tries again soon. */
  async function resync(): Promise<void> {
    resyncTimer = undefined;
    if (!link.up()) return;
    try {
      const read = await Promise.all([...rooms.keys()].map(refresh));
      if (read.every(Boolean)) {
        setRedisBehind(false);
        logger.info({ rooms: [...rooms.keys()] }, 'edge in step with the hub');
        return;
      }
    } catch (error) {
      logger.debug({ err: error }, 'resync failed');
    }
    // Redis is back but the hub has not written every room yet (an emptied Redis): read again.
    resyncTimer = setTimeout(() => void resync(), RESYNC_EVERY_MS);
  }

  link.onDown(() => {
    clearTimeout(resyncTimer);
    setRedisBehind(true);
  });
  link.onUp(() => {
    // The hub's heartbeats could not reach us while Redis was away: give it a fresh period.
    lastHeardFromHub = clock();
    void resync();
  });
  if (link.up()) void resync();

  io.on('hubAlive', heardFromHub);

  io.on('roomChanged', (input: unknown) => {
    heardFromHub();
    const parsed = roomChangedSchema.safeParse(input);
    if (!parsed.success) {
      logger.warn('a change from Redis that is not one: ignored');
      return;
    }
    const change = parsed.data;
    const room = entry(change.roomId);
    if (change.version <= room.relayed) return;
    if (room.relayed >= 0 && change.fromVersion !== room.relayed) {
      // A change was missed (published while this edge could not hear): the whole room again.
      void refresh(change.roomId).catch((error: unknown) => {
        logger.debug({ err: error }, 'refresh after a gap failed');
      });
      return;
    }
    room.relayed = change.version;
    io.local.to(channelOf(change.roomId)).emit('changed', change);
  });

  io.on('snapshotWritten', (input: unknown) => {
    heardFromHub();
    const parsed = snapshotWrittenSchema.safeParse(input);
    if (!parsed.success) return;
    const { roomId, version } = parsed.data;
    if (version <= entry(roomId).relayed) return;
    void refresh(roomId).catch((error: unknown) => {
      logger.debug({ err: error }, 'refresh after a new snapshot failed');
    });
  });

  return {
    current,
    async roomIds() {
      try {
        const ids = parseStored(await link.commands.get(ROOMS_KEY), roomIdsSchema);
        if (ids) return ids;
      } catch {
        // Redis away: the rooms this edge has seen.
      }
      return [...rooms.entries()].filter(([, room]) => room.cached).map(([roomId]) => roomId);
    },
    stale: () => stale,
    staleNotice: () => ({ stale, serverNow: clock() }),
    inStep() {
      if (!stale) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = () => {
          waitingForStep.delete(wake);
          resolve();
        };
        waitingForStep.add(wake);
      });
    },
    close() {
      clearTimeout(resyncTimer);
      clearInterval(watchdog);
    },
  };
}
