// Puts the configured rooms into the store: new rooms are created with their calendars, rooms
// already there are kept exactly as they are (the store, not the file, holds a room once it
// exists; its calendar is then the secretariat's to change, from /admin).
import { createRoom, type RoomSeed } from '../shared/domain/create-room.ts';
import { generateChairKey } from './auth/chair-keys.ts';
import { z } from 'zod';
import { firstStart } from '../shared/domain/calendar.ts';
import type { MeetingSetup } from '../shared/domain/meeting-setup.ts';
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
  /** The interpreters' booth keys of the rooms created, known this once too. */
  boothKeys: Record<string, string>;
}

/** Creates each seeded room missing from the store; throws naming the room and field at fault. */
export function seedRooms(store: RoomStore, seeds: readonly RoomSeed[], now: EpochMs): SeedOutcome {
  const existing = new Set(store.loadRooms().map((r) => r.state.roomId));
  const outcome: SeedOutcome = { created: [], kept: [], chairKeys: {}, boothKeys: {} };
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
    const boothKey = generateChairKey();
    store.setBoothKey(seed.id, boothKey);
    remember(store, seed.id, new Set(seed.meetings.map(fileKey)));
    outcome.created.push(seed.id);
    outcome.chairKeys[seed.id] = chairKey;
    outcome.boothKeys[seed.id] = boothKey;
  }
  return outcome;
}

/** A rooms-file meeting, known by its title and first sitting. */
const fileKey = (setup: Pick<MeetingSetup, 'title' | 'sittings'>) =>
  `${setup.title} ${firstStart(setup.sittings)}`;

/** The setting that lists what the rooms file has put on a room's calendar, once each. */
const appliedSetting = (roomId: string) => `rooms-file:${roomId}`;

/** The rooms-file meetings already put on the room's calendar. */
function appliedOf(store: Pick<RoomStore, 'setting'>, roomId: string): Set<string> {
  const parsed = z
    .array(z.string())
    .safeParse(JSON.parse(store.setting(appliedSetting(roomId)) ?? '[]'));
  return new Set(parsed.success ? parsed.data : []);
}

function remember(store: Pick<RoomStore, 'setSetting'>, roomId: string, applied: Set<string>) {
  store.setSetting(appliedSetting(roomId), JSON.stringify([...applied]));
}

/**
 * For the rooms the file names that were already there, schedules the file's meetings it has not
 * put on their calendars before, so that adding a meeting to the file and restarting puts it on
 * the calendar. Each goes on once: one the secretariat has since changed or cancelled is not put
 * back. One that no longer fits the calendar is left out, with a warning naming it.
 */
export function scheduleSeededMeetings(
  deps: {
    calendar: CalendarService;
    engine: RoomEngine;
    store: Pick<RoomStore, 'setting' | 'setSetting'>;
    logger: Logger;
  },
  seeds: readonly RoomSeed[],
  outcome: SeedOutcome,
): void {
  const { calendar, engine, store, logger } = deps;
  for (const seed of seeds) {
    if (!outcome.kept.includes(seed.id)) continue;
    const applied = appliedOf(store, seed.id);
    // A room made before the file's meetings were remembered: what its calendar holds counts.
    for (const m of engine.calendar(seed.id) ?? []) applied.add(fileKey(m));
    for (const setup of seed.meetings) {
      if (applied.has(fileKey(setup))) continue;
      const scheduled = calendar.schedule(seed.id, setup);
      if (scheduled.ok) {
        applied.add(fileKey(setup));
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
    remember(store, seed.id, applied);
  }
}
