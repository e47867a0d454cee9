// The commands that change a room: one zod schema each, the type inferred from the schema.
// The names and payload fields are the public contract (docs/protocol.md).
import { z } from 'zod';
import { MAX_DATE_MS, MINUTE_MS } from '../time.ts';
import {
  limitMsSchema,
  localTimeSchema,
  meetingSchema,
  sittingsSchema,
  warningMsSchema,
} from './meeting-schema.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import { MAX_SPEAKERS } from './list-order.ts';
import { blankableText, idText, text, translations } from './text-schema.ts';
import { SPEAKER_CATEGORIES, UN_LANGUAGES } from './types.ts';

const speakerId = idText(40);
/** An instant a Date can hold, from 1970 on; what it may mean for the meeting is apply's to say. */
const instantSchema = z
  .int()
  .min(0, { error: 'An instant is epoch ms, from 0 (1970-01-01)' })
  .max(MAX_DATE_MS, { error: 'An instant is at most 8640000000000000 ms (the last a date holds)' });
const index = z.int().min(0).max(10_000);
const optionalText = (max: number) => text(max).optional();
/** On update: a text to set, or null to clear the field. */
const clearableText = (max: number) => text(max).nullable().optional();

/** Every command may carry the version it was made on; a stale one is refused as a conflict. */
function command<Type extends string, Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
  return z.strictObject({
    type: z.literal(type),
    expectedVersion: z.int().min(0).optional(),
    ...shape,
  });
}

export const speakerFields = {
  delegation: text(TEXT_LIMITS.shortName),
  speakerName: optionalText(TEXT_LIMITS.shortName),
  title: optionalText(TEXT_LIMITS.shortName),
  onBehalfOf: optionalText(TEXT_LIMITS.onBehalfOf),
  category: z.enum(SPEAKER_CATEGORIES).optional(),
  limitMs: limitMsSchema.optional(),
};

/** One speaker of a batch (addSpeakers, replaceList): the fields of addSpeaker. */
export const speakerEntrySchema = z.strictObject(speakerFields);
export type SpeakerEntry = z.infer<typeof speakerEntrySchema>;

/** A batch holds at most a whole list. */
const speakerBatch = z
  .array(speakerEntrySchema)
  .max(MAX_SPEAKERS, { error: `At most ${MAX_SPEAKERS} speakers (a whole list) at once` });

/** The chair may add speakers after the list is closed, saying so explicitly. */
const afterClosure = z.boolean().optional();

export const commandSchemas = {
  startSpeech: command('startSpeech', {}),
  pauseSpeech: command('pauseSpeech', {}),
  resumeSpeech: command('resumeSpeech', {}),
  endSpeech: command('endSpeech', {}),
  nextSpeaker: command('nextSpeaker', { start: z.boolean().optional() }),
  previousSpeaker: command('previousSpeaker', {}),
  skipSpeaker: command('skipSpeaker', { speakerId: speakerId.optional() }),
  adjustTime: command('adjustTime', {
    deltaMs: z
      .int()
      .min(-60 * MINUTE_MS, { error: 'An adjustment is at most an hour less (-3600000 ms)' })
      .max(60 * MINUTE_MS, { error: 'An adjustment is at most an hour more (3600000 ms)' })
      .refine((n) => n !== 0, { error: 'deltaMs must not be 0' }),
  }),
  setTimeLimit: command('setTimeLimit', {
    speakerId: speakerId.optional(),
    limitMs: limitMsSchema,
  }),
  addSpeaker: command('addSpeaker', {
    ...speakerFields,
    position: index.optional(),
    afterClosure,
  }),
  /** Several speakers in one version and one undo step (an established list, imported). */
  addSpeakers: command('addSpeakers', {
    speakers: speakerBatch.min(1, { error: 'Name at least one speaker' }),
    position: index.optional(),
    afterClosure,
  }),
  /** Everyone still to speak replaced by these; the history stays. An empty array clears them. */
  replaceList: command('replaceList', { speakers: speakerBatch, afterClosure }),
  updateSpeaker: command('updateSpeaker', {
    speakerId,
    delegation: text(TEXT_LIMITS.shortName).optional(),
    speakerName: clearableText(TEXT_LIMITS.shortName),
    title: clearableText(TEXT_LIMITS.shortName),
    onBehalfOf: clearableText(TEXT_LIMITS.onBehalfOf),
    category: z.enum(SPEAKER_CATEGORIES).optional(),
    /** null: back to the meeting's default limit. */
    limitMs: limitMsSchema.nullable().optional(),
  }),
  removeSpeaker: command('removeSpeaker', { speakerId }),
  moveSpeaker: command('moveSpeaker', { speakerId, toIndex: index }),
  closeList: command('closeList', {}),
  reopenList: command('reopenList', {}),
  setInterpretation: command('setInterpretation', {
    status: z.enum(['available', 'partial', 'unavailable']),
    languages: z.array(z.enum(UN_LANGUAGES)).max(UN_LANGUAGES.length).optional(),
    note: optionalText(TEXT_LIMITS.note),
    noteTranslations: translations(TEXT_LIMITS.note).optional(),
  }),
  announce: command('announce', {
    text: text(TEXT_LIMITS.announcement),
    textTranslations: translations(TEXT_LIMITS.announcement).optional(),
  }),
  clearAnnouncement: command('clearAnnouncement', {}),
  suspendMeeting: command('suspendMeeting', {
    /**
     * Epoch ms, or 'HH:MM' on the room's clock (shared/time-of-day.ts). apply bounds it by `now`:
     * at most a minute past, at most 7 days ahead (meeting-commands.ts).
     */
    resumesAt: z.union([instantSchema, localTimeSchema]).optional(),
    note: optionalText(TEXT_LIMITS.note),
    noteTranslations: translations(TEXT_LIMITS.note).optional(),
  }),
  resumeMeeting: command('resumeMeeting', {}),
  adjournMeeting: command('adjournMeeting', {}),
  updateMeeting: command('updateMeeting', {
    title: meetingSchema.shape.title.optional(),
    /** The whole set of versions: those left out are removed, `{}` removes them all. */
    titleTranslations: meetingSchema.shape.titleTranslations,
    theme: blankableText(TEXT_LIMITS.theme).optional(),
    themeTranslations: meetingSchema.shape.themeTranslations,
    organ: blankableText(TEXT_LIMITS.shortName).optional(),
    format: blankableText(TEXT_LIMITS.shortName).optional(),
    // Not the room or its time zone: those are the room's (PATCH /api/rooms/:roomId).
    sittings: sittingsSchema.optional(),
    defaultLimitMs: limitMsSchema.optional(),
    warningMs: warningMsSchema.optional(),
    note: blankableText(TEXT_LIMITS.note).optional(),
  }),
  /** Opens a scheduled meeting of the room (refused while another is open). */
  openMeeting: command('openMeeting', { meetingId: idText(64) }),
  /** Puts a segment of the open meeting in play: the list commands then act on its list. */
  startSegment: command('startSegment', { segmentId: idText(40) }),
  /** The chair: the interpretation notice follows the booths' reports (setInterpretation ends it). */
  followBooths: command('followBooths', {}),
  /** A booth: whether interpretation into its language is provided now. */
  setBoothStatus: command('setBoothStatus', {
    language: z.enum(UN_LANGUAGES),
    available: z.boolean(),
  }),
  /** A booth: asks the speaker on the floor to slow down (shared/domain/slower.ts). */
  askSlower: command('askSlower', {}),
  undo: command('undo', {}),
} as const;

export type CommandType = keyof typeof commandSchemas;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

export const commandSchema = z.discriminatedUnion(
  'type',
  Object.values(commandSchemas) as [
    (typeof commandSchemas)[CommandType],
    ...(typeof commandSchemas)[CommandType][],
  ],
);

/** Any valid command, as it comes out of the schema. */
export type Command = z.infer<typeof commandSchema>;

/** The command of one type. */
export type CommandOf<Type extends CommandType> = Extract<Command, { type: Type }>;

/** What a client may send: a command as it goes into the schema (defaults not yet applied). */
export type CommandInput = z.input<typeof commandSchema>;
