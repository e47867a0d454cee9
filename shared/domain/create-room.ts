// A new room from its description (the rooms file or the demo): validated, with its list built by
// the same handler that `addSpeaker` uses, so a seeded list obeys the same rules as a typed one.
import { z } from 'zod';
import { fail, ok } from '../result.ts';
import { speakerFields } from './commands.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { addSpeaker } from './list-commands.ts';
import { meetingSchema, TEXT_LIMITS } from './meeting-schema.ts';
import { describeIssue } from './parse-command.ts';
import { blankableText } from './text-schema.ts';
import { UN_LANGUAGES, type RoomCore, type RoomState } from './types.ts';

export const roomIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: 'A room id is lower-case letters, digits and dashes, e.g. cr4',
});

export const roomSeedSchema = z.strictObject({
  id: roomIdSchema,
  meeting: meetingSchema,
  interpretation: z
    .strictObject({
      status: z.enum(['available', 'partial', 'unavailable']),
      languages: z.array(z.enum(UN_LANGUAGES)).default([]),
      note: blankableText(TEXT_LIMITS.note).optional(),
    })
    // The rule setInterpretation keeps: languages are named when, and only when, it is partial.
    .refine((i) => (i.status === 'partial' ? i.languages.length > 0 : i.languages.length === 0), {
      error: 'Languages are given when, and only when, interpretation is partial',
      path: ['languages'],
    })
    .default({ status: 'available', languages: [] }),
  listOpen: z.boolean().default(true),
  speakers: z.array(z.strictObject(speakerFields)).max(600).default([]),
});

/** A room as the rooms file describes it, before validation. */
export type RoomSeedInput = z.input<typeof roomSeedSchema>;
export type RoomSeed = z.output<typeof roomSeedSchema>;

/** Validates a room description; the error names the field at fault. */
export function parseRoomSeed(input: unknown): DomainResult<RoomSeed> {
  const parsed = roomSeedSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(describeIssue(parsed.error.issues[0]));
}

/** Builds the initial state of a room: version 0, nobody on the floor, nothing to undo. */
export function createRoom(seed: RoomSeed): DomainResult<RoomState> {
  let core: RoomCore = {
    roomId: seed.id,
    meeting: seed.meeting,
    status: { kind: 'notStarted' },
    listOpen: true,
    interpretation: seed.interpretation,
    announcement: null,
    speakers: [],
    floor: null,
    record: [],
    nextId: 1,
  };
  for (const [index, speaker] of seed.speakers.entries()) {
    const added = addSpeaker(core, { type: 'addSpeaker', ...speaker });
    if (!added.ok) {
      return fail(domainError(added.error.code, added.error.message, `speakers.${index}`));
    }
    core = added.value;
  }
  return ok({ ...core, listOpen: seed.listOpen, version: 0, history: [] });
}
