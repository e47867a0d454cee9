// A meeting as the secretariat sets it up: its details, its notice, its segments and their lists.
// What the calendar keeps for a scheduled meeting, what `POST .../meetings` and the rooms file
// take, and what `openMeeting` turns into a running meeting (createMeeting), through the same
// handler that `addSpeakers` uses, so a list set up in advance obeys the rules of a typed one.
import { NO_BOOTH_REPORTS } from './booths.ts';
import { z } from 'zod';
import { fail, ok } from '../result.ts';
import { speakerEntrySchema } from './commands.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import { addSpeakers } from './list-commands.ts';
import { MAX_SPEAKERS } from './list-order.ts';
import { hasTranslations, untranslatable, withoutEmptyVersions } from './versions.ts';
import { limitMsSchema, meetingSchema, timeZoneSchema } from './meeting-schema.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import { describeIssue } from './parse-command.ts';
import { blankableText, text, translations } from './text-schema.ts';
import { UN_LANGUAGES, type MeetingCore, type ParkedSegment, type RoomInfo } from './types.ts';

/** The most segments a meeting has (an opening, panels, a dialogue, a closing...). */
export const MAX_SEGMENTS = 20;

export const roomInfoSchema = z.strictObject({
  name: text(TEXT_LIMITS.shortName),
  timeZone: timeZoneSchema,
});

export const interpretationSchema = z
  .strictObject({
    status: z.enum(['available', 'partial', 'unavailable']),
    languages: z.array(z.enum(UN_LANGUAGES)).max(UN_LANGUAGES.length).default([]),
    note: blankableText(TEXT_LIMITS.note).optional(),
    noteTranslations: translations(TEXT_LIMITS.note).optional(),
  })
  // The rule setInterpretation keeps: languages are named when, and only when, it is partial.
  .refine((i) => (i.status === 'partial' ? i.languages.length > 0 : i.languages.length === 0), {
    error: 'Languages are given when, and only when, interpretation is partial',
    path: ['languages'],
  });

const speakerList = z
  .array(speakerEntrySchema)
  .max(MAX_SPEAKERS, { error: `A list holds at most ${MAX_SPEAKERS} speakers` });

export const segmentSetupSchema = z.strictObject({
  title: blankableText(TEXT_LIMITS.title),
  /** Absent: the meeting's default limit. */
  defaultLimitMs: limitMsSchema.optional(),
  speakers: speakerList.default([]),
});

/** The fields of a meeting's details that a setup gives (the room gives its name and clock). */
const details = meetingSchema.omit({ room: true, timeZone: true }).shape;

export const meetingSetupSchema = z
  .strictObject({
    ...details,
    interpretation: interpretationSchema.default({ status: 'available', languages: [] }),
    listOpen: z.boolean().default(true),
    /** The list of a meeting of one segment; with segments, each has its own. */
    speakers: speakerList.optional(),
    segments: z
      .array(segmentSetupSchema)
      .max(MAX_SEGMENTS, { error: `A meeting has at most ${MAX_SEGMENTS} segments` })
      .optional(),
  })
  .refine((setup) => !(setup.speakers && setup.segments?.length), {
    error: "Give the speakers in each segment's own list, not beside the segments",
    path: ['speakers'],
  })
  // A set of versions emptied ({} in a patch, to clear it) is kept as none.
  .transform(({ titleTranslations, themeTranslations, interpretation, ...setup }) => {
    const { noteTranslations, ...notice } = interpretation;
    return {
      ...setup,
      ...(hasTranslations(titleTranslations) && { titleTranslations }),
      ...(hasTranslations(themeTranslations) && { themeTranslations }),
      interpretation: { ...notice, ...(hasTranslations(noteTranslations) && { noteTranslations }) },
    };
  });

/** A meeting as the secretariat sends it, before validation. */
export type MeetingSetupInput = z.input<typeof meetingSetupSchema>;
export type MeetingSetup = z.output<typeof meetingSetupSchema>;

/**
 * The details as a patch takes them: without their defaults, which `.partial()` would keep (a
 * patch naming only the title would then reset the theme, organ, format and limits).
 */
const { theme, organ, format, defaultLimitMs, warningMs, ...undefaulted } = details;
const detailsPatch = {
  ...undefaulted,
  theme: theme.unwrap(),
  organ: organ.unwrap(),
  format: format.unwrap(),
  defaultLimitMs: defaultLimitMs.unwrap(),
  warningMs: warningMs.unwrap(),
};

/** What a change to a scheduled meeting may name: any field of a setup, and only those named. */
export const meetingSetupPatchSchema = z
  .strictObject({
    ...detailsPatch,
    interpretation: interpretationSchema,
    listOpen: z.boolean(),
    speakers: speakerList,
    segments: z.array(segmentSetupSchema).max(MAX_SEGMENTS),
  })
  .partial();
export type MeetingSetupPatch = z.output<typeof meetingSetupPatchSchema>;

/** The segments of a setup, as given, or the one segment of a meeting given none. */
export function segmentsOf(setup: MeetingSetup): z.output<typeof segmentSetupSchema>[] {
  if (setup.segments && setup.segments.length > 0) return setup.segments;
  return [{ title: '', speakers: setup.speakers ?? [] }];
}

/** The id of the segment at `index` (0-based): seg-1, seg-2... */
export const segmentIdAt = (index: number): string => `seg-${index + 1}`;

/**
 * The meeting `meetingId` as it opens in `room`: nobody on the floor, nothing in the record, the
 * first segment in play. Each segment's list is built by addSpeakers, so a bad entry is refused
 * with its path (segments.1.speakers.17.delegation).
 */
export function createMeeting(
  setup: MeetingSetup,
  room: RoomInfo,
  meetingId: string,
): DomainResult<MeetingCore> {
  const { interpretation, listOpen, speakers: _speakers, segments: _segments, ...fields } = setup;
  const { noteTranslations, ...notice } = interpretation;
  // The rule of setInterpretation and updateMeeting: versions come with the text itself.
  const orphan =
    untranslatable(notice.note, noteTranslations, 'interpretation.noteTranslations') ??
    untranslatable(setup.theme, setup.themeTranslations, 'themeTranslations');
  if (orphan) return orphan;
  const segments = segmentsOf(setup);
  let core: MeetingCore = {
    meetingId,
    meeting: withoutEmptyVersions({ ...fields, room: room.name, timeZone: room.timeZone }),
    status: { kind: 'notStarted' },
    listOpen: true,
    interpretation: { ...notice, ...(hasTranslations(noteTranslations) && { noteTranslations }) },
    booths: NO_BOOTH_REPORTS,
    announcement: null,
    segments: segments.map((segment, i) => ({ id: segmentIdAt(i), title: segment.title })),
    segmentId: segmentIdAt(0),
    parked: {},
    speakers: [],
    floor: null,
    record: [],
    nextId: 1,
  };
  const lists: Record<string, ParkedSegment> = {};
  for (const [index, segment] of segments.entries()) {
    let speakers: MeetingCore['speakers'] = [];
    if (segment.speakers.length > 0) {
      const added = addSpeakers(
        { ...core, speakers: [] },
        { type: 'addSpeakers', speakers: segment.speakers },
      );
      if (!added.ok) {
        const where = setup.segments?.length ? `segments.${index}.speakers` : 'speakers';
        const inner = added.error.path === undefined ? '' : `.${added.error.path}`;
        return fail(domainError(added.error.code, added.error.message, `${where}${inner}`));
      }
      speakers = added.value.speakers;
      core = { ...core, nextId: added.value.nextId };
    }
    lists[segmentIdAt(index)] = {
      speakers,
      defaultLimitMs: segment.defaultLimitMs ?? setup.defaultLimitMs,
    };
  }
  const { [segmentIdAt(0)]: first, ...parked } = lists;
  return ok({
    ...core,
    listOpen,
    speakers: first?.speakers ?? [],
    meeting: { ...core.meeting, defaultLimitMs: first?.defaultLimitMs ?? setup.defaultLimitMs },
    parked,
  });
}

/** Validates input with `schema`; the error names the field at fault (as a command's does). */
export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): DomainResult<z.output<Schema>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(describeIssue(parsed.error.issues[0]));
}
