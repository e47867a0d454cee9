// The hub's side of Redis: after every accepted change, the room's snapshot key is written and
// the change is published to the edges, in that order, on one connection. The hub never waits
// for Redis: the meeting is run from SQLite, and a failed publish is logged, not refused. When
// Redis comes back (or first comes up), every room's key is written afresh and the edges told.
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { Logger } from '../logger.ts';
import type { RostrumIo } from '../realtime/io-server.ts';
import type { RoomEngine } from '../room-engine.ts';
import { ROOMS_KEY, snapshotKey, type RedisLink } from './redis-link.ts';

/**
 * How often the hub tells the edges it is alive (ms). An edge that hears nothing for
 * HUB_SILENT_AFTER_MS (edge-rooms.ts) says it is stale: the hub may be down while Redis is up.
 */
export const HUB_BEAT_MS = 2_000;

/** One line for the log: while Redis is away every write fails the same way. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Publishes the hub's changes and snapshots to the edges through `link`, and a heartbeat every
 * `beatMs`; returns the way to stop the heartbeat.
 */
export function publishToEdges(deps: {
  io: RostrumIo;
  engine: RoomEngine;
  link: RedisLink;
  logger: Logger;
  beatMs?: number;
}): { stop(): void } {
  const { io, engine, link, logger } = deps;

  function publicState(roomId: string): PublicRoomState | undefined {
    const snapshot = engine.snapshot(roomId);
    if (!snapshot) return undefined;
    const { serverNow: _serverNow, ...state } = snapshot;
    return state;
  }

  /**
   * Sends SET of the room's snapshot key. Not awaited before the publish that follows: both go
   * out on the same connection (link.commands), and Redis runs one connection's commands in the
   * order they arrive, so any edge that receives the publish and then GETs the key reads this
   * version or a later one. That is the one guarantee the edges rely on.
   */
  function writeSnapshot(state: PublicRoomState): void {
    link.commands.set(snapshotKey(state.roomId), JSON.stringify(state)).catch((error: unknown) => {
      logger.warn(
        { reason: reasonOf(error), roomId: state.roomId, version: state.version },
        'snapshot not written to Redis (the edges will catch up when it is back)',
      );
    });
  }

  engine.onChange((change) => {
    const state = publicState(change.roomId);
    if (!state) return;
    writeSnapshot(state);
    // Through the adapter's SPUBLISH on the same connection, after the SET. A failure is only
    // swallowed by the adapter: the SET above has already logged that Redis is away.
    void io.serverSideEmit('roomChanged', change);
  });

  // A room the secretariat adds is on the edges at once: the list of rooms, then its snapshot.
  engine.onRoomAdded((roomId) => {
    writeRoomList();
    const state = publicState(roomId);
    if (state) writeSnapshot(state);
  });

  function writeRoomList(): void {
    link.commands.set(ROOMS_KEY, JSON.stringify(engine.roomIds())).catch((error: unknown) => {
      logger.warn({ reason: reasonOf(error) }, 'room list not written to Redis');
    });
  }

  function writeAll(): void {
    const roomIds = engine.roomIds();
    writeRoomList();
    for (const roomId of roomIds) {
      const state = publicState(roomId);
      if (!state) continue;
      writeSnapshot(state);
      void io.serverSideEmit('snapshotWritten', { roomId, version: state.version });
    }
    logger.info({ rooms: roomIds }, 'snapshots written to Redis');
  }

  link.onUp(writeAll);
  if (link.up()) writeAll();

  // Sent only while Redis is up: the adapter would only swallow it otherwise.
  const beat = setInterval(() => {
    if (link.up()) void io.serverSideEmit('hubAlive');
  }, deps.beatMs ?? HUB_BEAT_MS);
  beat.unref();
  return { stop: () => clearInterval(beat) };
}
