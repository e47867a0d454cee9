// Puts the configured rooms into the store: new rooms are created with their calendars, rooms
// already there are kept exactly as they are (the store, not the file, holds a room once it
// exists; its calendar is then the secretariat's to change, from /admin).
import { createRoom, type RoomSeed } from '../shared/domain/create-room.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import { firstStart } from '../shared/domain/calendar.ts';
import type { EpochMs } from '../shared/time.ts';
import type { CalendarService } from './calendar-service.ts';
import type { Logger } from './logger.ts';
import type { RoomEngine } from './room-engine.ts';
import type { RoomStore } from './store/room-store.ts';

export interface SeedOutcome {
  created: string[];
  kept: string[];
  /** The keys of the rooms created: the only time they are known (the store keeps a hash). */
  chairKeys: Record<string, string>;
}

/** Creates each seeded room missing from the store; throws naming the room and field at fault. */
export function seedRooms(store: RoomStore, seeds: readonly RoomSeed[], now: EpochMs): SeedOutcome {
  const existing = new Set(store.loadRooms().map((r) => r.state.roomId));
  const outcome: SeedOutcome = { created: [], kept: [], chairKeys: {} };
  for (const seed of seeds) {
    if (existing.has(seed.id)) {
      outcome.kept.push(seed.id);
      continue;
    }
    const room = createRoom(seed, now);
    if (!room.ok) {
      throw new Error(`Room ${seed.id}: ${room.error.path ?? ''} ${room.error.message}`.trim());
    }
    const chairKey = generateChairKey();
    store.createRoom(room.value, chairKey);
    outcome.created.push(seed.id);
    outcome.chairKeys[seed.id] = chairKey;
  }
  return outcome;
}

/**
 * For the rooms the file names that were already there, schedules the file's meetings that their
 * calendars do not have yet (a meeting is known by its title and first sitting), so that adding
 * a meeting to the file and restarting puts it on the calendar; one that no longer fits the
 * calendar is left out, with a warning naming it.
 */
export function scheduleSeededMeetings(
  calendar: CalendarService,
  engine: RoomEngine,
  seeds: readonly RoomSeed[],
  outcome: SeedOutcome,
  logger: Logger,
): void {
  for (const seed of seeds) {
    if (!outcome.kept.includes(seed.id)) continue;
    const known = new Set(
      (engine.calendar(seed.id) ?? []).map((m) => `${m.title} ${firstStart(m.sittings)}`),
    );
    for (const setup of seed.meetings) {
      if (known.has(`${setup.title} ${firstStart(setup.sittings)}`)) continue;
      const scheduled = calendar.schedule(seed.id, setup);
      if (scheduled.ok) {
        logger.info(
          { roomId: seed.id, meetingId: scheduled.value.meetingId },
          'meeting scheduled from the rooms file',
        );
      } else {
        logger.warn(
          { roomId: seed.id, title: setup.title, error: scheduled.error },
          'a meeting of the rooms file was not scheduled',
        );
      }
    }
  }
}
