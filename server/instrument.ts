// The store and the engine with their time measured for /metrics, behind the same interfaces:
// the engine and its callers do not know they are watched.
import { COMMAND_TYPES } from '../shared/domain/commands.ts';
import type { Ticks } from './clock.ts';
import { NO_ROOM, type HubMetrics } from './metrics.ts';
import type { RoomEngine } from './room-engine.ts';
import type { RoomStore } from './store/room-store.ts';

/** The store, each commit timed. */
export function timedStore(store: RoomStore, metrics: HubMetrics, ticks: Ticks): RoomStore {
  return {
    createdNow: store.createdNow,
    loadRooms: () => store.loadRooms(),
    createRoom: (room, chairKey) => store.createRoom(room, chairKey),
    commit(state, entry, calendar) {
      const start = ticks();
      try {
        store.commit(state, entry, calendar);
      } finally {
        metrics.committed((ticks() - start) / 1000);
      }
    },
    chairKeyHash: (roomId) => store.chairKeyHash(roomId),
    setChairKey: (roomId, key) => store.setChairKey(roomId, key),
    boothKeyHash: (roomId) => store.boothKeyHash(roomId),
    setBoothKey: (roomId, key) => store.setBoothKey(roomId, key),
    health: () => store.health(),
    journal: (roomId, meetingId) => store.journal(roomId, meetingId),
    meeting: (roomId, meetingId) => store.meeting(roomId, meetingId),
    setting: (key) => store.setting(key),
    setSetting: (key, value) => store.setSetting(key, value),
    close: () => store.close(),
  };
}

/** The command type of an accepted input (already validated, so one of the known types). */
function typeOf(input: unknown): string {
  const type = typeof input === 'object' && input !== null && 'type' in input ? input.type : '';
  return COMMAND_TYPES.find((known) => known === type) ?? 'unknown';
}

/** The engine, each command counted by outcome and timed. */
export function measuredEngine(engine: RoomEngine, metrics: HubMetrics, ticks: Ticks): RoomEngine {
  return {
    has: (roomId) => engine.has(roomId),
    roomIds: () => engine.roomIds(),
    state: (roomId) => engine.state(roomId),
    snapshot: (roomId) => engine.snapshot(roomId),
    onChange: (listener) => engine.onChange(listener),
    onRoomAdded: (listener) => engine.onRoomAdded(listener),
    clockStepped: (stepMs) => engine.clockStepped(stepMs),
    calendar: (roomId) => engine.calendar(roomId),
    meeting: (roomId, meetingId) => engine.meeting(roomId, meetingId),
    addRoom: (room, chairKey) => engine.addRoom(room, chairKey),
    change: (roomId, change, origin) => engine.change(roomId, change, origin),
    execute(roomId, input, origin, issuer) {
      const start = ticks();
      const ack = engine.execute(roomId, input, origin, issuer);
      metrics.handled(origin, (ticks() - start) / 1000);
      if (ack.ok) metrics.accepted(roomId, origin, typeOf(input));
      else metrics.refused(engine.has(roomId) ? roomId : NO_ROOM, origin, ack.error.code);
      return ack;
    },
  };
}
