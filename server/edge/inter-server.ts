// What comes out of Redis is checked before an edge uses it, like anything from outside: the
// envelopes an edge relies on (room, versions) are parsed; the rest is relayed as the hub built
// it, so the edge does not depend on the inner shape of a change or of the state.
import { z } from 'zod';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { RoomChanged } from '../../shared/protocol.ts';

const version = z.int().min(0);

const changeEnvelope = z.looseObject({
  roomId: z.string().min(1),
  fromVersion: version,
  version,
  serverNow: z.number(),
  parts: z.looseObject({}),
});

/** A change published by the hub: checked envelope, parts relayed as they are. */
export const roomChangedSchema = z.custom<RoomChanged>(
  (value) => changeEnvelope.safeParse(value).success,
);

const stateEnvelope = z.looseObject({
  roomId: z.string().min(1),
  version,
  room: z.looseObject({ name: z.string(), timeZone: z.string() }),
  // A room with no meeting open has none: null is a state, not a broken one.
  meeting: z.looseObject({ title: z.string(), room: z.string() }).nullable(),
  status: z.looseObject({ kind: z.string() }),
  pace: z.looseObject({ factor: z.number(), changeoverMs: z.number() }),
});

/** A room's public state as the hub wrote it to its snapshot key. */
export const publicStateSchema = z.custom<PublicRoomState>(
  (value) => stateEnvelope.safeParse(value).success,
);

/** The hub's notice that it (re)wrote a room's snapshot key at `version`. */
export const snapshotWrittenSchema = z.object({ roomId: z.string().min(1), version });
export type SnapshotWritten = z.infer<typeof snapshotWrittenSchema>;

/** The hub's rooms, as written to ROOMS_KEY. */
export const roomIdsSchema = z.array(z.string().min(1));

/** Parses JSON text read from Redis with `schema`; undefined when it is not what was expected. */
export function parseStored<Value>(
  text: string | null,
  schema: z.ZodType<Value>,
): Value | undefined {
  if (text === null) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
