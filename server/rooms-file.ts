// The rooms file: which rooms a hub hosts. Validated whole before anything starts, with every
// bad field named, so a typo is found at the desk and not in the meeting.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { roomSeedSchema, type RoomSeed } from '../shared/domain/create-room.ts';

const roomsFileSchema = z.strictObject({
  rooms: z
    .array(roomSeedSchema)
    .min(1)
    .refine((rooms) => new Set(rooms.map((r) => r.id)).size === rooms.length, {
      error: 'Room ids must be unique',
    }),
});

/** Parses rooms-file JSON text; throws an Error that lists every problem with its path. */
export function parseRoomsFile(text: string, source = 'rooms file'): RoomSeed[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = roomsFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`,
    );
    throw new Error(`${source} has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  return parsed.data.rooms;
}

/** Reads and validates a rooms file from disk. */
export function readRoomsFile(file: string): RoomSeed[] {
  return parseRoomsFile(readFileSync(file, 'utf8'), file);
}
