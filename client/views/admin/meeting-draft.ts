// A meeting as the secretariat's form holds it (texts as typed, limits as m:ss) and what it sends:
// the setup for POST and PATCH, checked first for what the form can tell on its own, in the
// console's words (a missing title, a sitting that ends before it starts, a limit out of range).
// The hub then checks the rest, and its refusals come back with the path of the field at fault.
import type { SpeakerEntry } from '../../../shared/domain/commands.ts';
import { limitMsSchema, warningMsSchema } from '../../../shared/domain/meeting-schema.ts';
import {
  segmentsOf,
  type MeetingSetup,
  type MeetingSetupInput,
  type MeetingSetupPatch,
} from '../../../shared/domain/meeting-setup.ts';
import type {
  InterpretationStatus,
  MeetingCore,
  Sitting,
  Translations,
  UnLanguage,
} from '../../../shared/domain/types.ts';
import { OPEN_MEETING_FIELDS } from '../../../shared/domain/schedule.ts';
import { givenVersions } from '../../../shared/domain/versions.ts';
import { MINUTE_MS, SECOND_MS, type LocalDate } from '../../../shared/time.ts';
import { formatLimit, parseLimit, readClockTime } from '../chair/typed-time.ts';

export interface SittingDraft {
  /** For React's list keys: stable while sittings are added and removed. */
  key: string;
  date: string;
  start: string;
  end: string;
}

export interface SegmentDraft {
  key: string;
  title: string;
  /** Its own default limit as typed (m:ss); '' for the meeting's. */
  limit: string;
}

export interface MeetingDraft {
  title: string;
  /** The title's versions in other languages, as typed. */
  titleTranslations: Translations;
  theme: string;
  themeTranslations: Translations;
  organ: string;
  format: string;
  sittings: SittingDraft[];
  defaultLimit: string;
  warning: string;
  note: string;
  interpretation: {
    status: InterpretationStatus;
    languages: UnLanguage[];
    note: string;
    noteTranslations: Translations;
  };
  listOpen: boolean;
  segments: SegmentDraft[];
}

/** What the form finds wrong on its own, named so that each language words it. */
export type DraftProblemKind =
  | 'required'
  | 'dateInvalid'
  | 'timeInvalid'
  | 'endBeforeStart'
  | 'sittingsOrder'
  | 'limitInvalid'
  | 'limitRange'
  | 'warningRange'
  | 'languagesRequired';

/** A problem and the field it belongs to (the path the hub would name: 'sittings.1.end'). */
export interface DraftProblem {
  field: string;
  kind: DraftProblemKind;
}

let keys = 0;
/** A new key for a sitting or segment of a draft. */
export const draftKey = (): string => `k${(keys += 1)}`;

export const sittingDraft = (s: Sitting): SittingDraft => ({ key: draftKey(), ...s });

/** A new meeting on `date`: one sitting 10:00-13:00, 3-minute speeches, one segment. */
export function newDraft(date: LocalDate): MeetingDraft {
  return {
    title: '',
    titleTranslations: {},
    theme: '',
    themeTranslations: {},
    organ: '',
    format: '',
    sittings: [sittingDraft({ date, start: '10:00', end: '13:00' })],
    defaultLimit: formatLimit(3 * MINUTE_MS),
    warning: formatLimit(30 * SECOND_MS),
    note: '',
    interpretation: { status: 'available', languages: [], note: '', noteTranslations: {} },
    listOpen: true,
    segments: [{ key: draftKey(), title: '', limit: '' }],
  };
}

/** The form for a meeting as set up, and each segment's list (in the segments' order). */
export function draftFromSetup(setup: MeetingSetup): {
  draft: MeetingDraft;
  lists: SpeakerEntry[][];
} {
  const segments = segmentsOf(setup);
  return {
    draft: {
      title: setup.title,
      titleTranslations: setup.titleTranslations ?? {},
      theme: setup.theme,
      themeTranslations: setup.themeTranslations ?? {},
      organ: setup.organ,
      format: setup.format,
      sittings: setup.sittings.map(sittingDraft),
      defaultLimit: formatLimit(setup.defaultLimitMs),
      warning: formatLimit(setup.warningMs),
      note: setup.note ?? '',
      interpretation: {
        status: setup.interpretation.status,
        languages: setup.interpretation.languages,
        note: setup.interpretation.note ?? '',
        noteTranslations: setup.interpretation.noteTranslations ?? {},
      },
      listOpen: setup.listOpen,
      segments: segments.map((s) => ({
        key: draftKey(),
        title: s.title,
        limit: s.defaultLimitMs === undefined ? '' : formatLimit(s.defaultLimitMs),
      })),
    },
    lists: segments.map((s) => s.speakers),
  };
}

const DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * The sittings as typed: times on a 24-hour clock, read as the chair's console reads them
 * (15:00, 9:30, 0930, 15.00), so that the form never shows an AM/PM the room does not use.
 */
function readSittings(sittings: readonly SittingDraft[], problems: DraftProblem[]): Sitting[] {
  const read = sittings.map((s, i) => {
    const at = `sittings.${i}`;
    if (!DATE.test(s.date)) {
      problems.push({ field: `${at}.date`, kind: s.date === '' ? 'required' : 'dateInvalid' });
    }
    const time = (part: 'start' | 'end') => {
      const typed = readClockTime(s[part]);
      if (typed === '' || typed === undefined) {
        problems.push({ field: `${at}.${part}`, kind: typed === '' ? 'required' : 'timeInvalid' });
      }
      return typed ?? '';
    };
    const sitting = { date: s.date, start: time('start'), end: time('end') };
    if (sitting.start !== '' && sitting.end !== '' && sitting.end <= sitting.start) {
      problems.push({ field: `${at}.end`, kind: 'endBeforeStart' });
    }
    return sitting;
  });
  read.forEach((s, i) => {
    const before = read[i - 1];
    // Compared only once both are readable: an unreadable one has its own problem said.
    const readable = before && [s.date, before.date].every((d) => DATE.test(d));
    if (readable && s.start !== '' && `${s.date} ${s.start}` < `${before.date} ${before.end}`) {
      problems.push({ field: `sittings.${i}.start`, kind: 'sittingsOrder' });
    }
  });
  return read;
}

/** A limit as typed: its milliseconds, or the problem with it (blank: `blank`). */
function readLimit(
  text: string,
  field: string,
  schema: typeof limitMsSchema | typeof warningMsSchema,
  range: DraftProblemKind,
  problems: DraftProblem[],
): number | undefined {
  const limit = parseLimit(text);
  if (limit.kind === 'empty') return undefined;
  if (limit.kind === 'invalid') {
    problems.push({ field, kind: 'limitInvalid' });
    return undefined;
  }
  if (!schema.safeParse(limit.ms).success) {
    problems.push({ field, kind: range });
    return undefined;
  }
  return limit.ms;
}

/**
 * The setup the form describes, with each segment's list (`lists[i]` for segment i), or what is
 * wrong with it. Every field is sent, the note as '' when blank, so that a change clears it.
 */
export function setupOfDraft(
  draft: MeetingDraft,
  lists: readonly SpeakerEntry[][],
):
  | { ok: true; setup: MeetingSetupInput & MeetingSetupPatch }
  | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', kind: 'required' });
  const sittings = readSittings(draft.sittings, problems);
  const defaultLimitMs = readLimit(
    draft.defaultLimit,
    'defaultLimitMs',
    limitMsSchema,
    'limitRange',
    problems,
  );
  if (defaultLimitMs === undefined && draft.defaultLimit.trim() === '') {
    problems.push({ field: 'defaultLimitMs', kind: 'required' });
  }
  const warningMs = readLimit(
    draft.warning,
    'warningMs',
    warningMsSchema,
    'warningRange',
    problems,
  );
  if (warningMs === undefined && draft.warning.trim() === '') {
    problems.push({ field: 'warningMs', kind: 'required' });
  }
  const { interpretation } = draft;
  const partial = interpretation.status === 'partial';
  if (partial && interpretation.languages.length === 0) {
    problems.push({ field: 'interpretation.languages', kind: 'languagesRequired' });
  }
  const segments = draft.segments.map((segment, i) => {
    const limitMs = readLimit(
      segment.limit,
      `segments.${i}.defaultLimitMs`,
      limitMsSchema,
      'limitRange',
      problems,
    );
    return {
      title: segment.title.trim(),
      ...(limitMs !== undefined && { defaultLimitMs: limitMs }),
      speakers: lists[i] ?? [],
    };
  });
  if (problems.length > 0 || defaultLimitMs === undefined || warningMs === undefined) {
    return { ok: false, problems };
  }
  const interpretationNote = interpretation.note.trim();
  const noteTranslations = givenVersions(interpretation.noteTranslations);
  return {
    ok: true,
    setup: {
      title: draft.title.trim(),
      // Sent whole, {} when none: a change then takes back the versions cleared.
      titleTranslations: givenVersions(draft.titleTranslations),
      theme: draft.theme.trim(),
      themeTranslations: givenVersions(draft.themeTranslations),
      organ: draft.organ.trim(),
      format: draft.format.trim(),
      sittings,
      defaultLimitMs,
      warningMs,
      note: draft.note.trim(),
      interpretation: {
        status: interpretation.status,
        languages: partial ? interpretation.languages : [],
        ...(interpretationNote !== '' && { note: interpretationNote }),
        // Sent even without the note: the hub then says versions need it, rather than lose them.
        ...(Object.keys(noteTranslations).length > 0 && { noteTranslations }),
      },
      listOpen: draft.listOpen,
      segments,
    },
  };
}

/**
 * The change to an open meeting (the fields the hub still takes, OPEN_MEETING_FIELDS), or
 * undefined when none of its details changed. All its details are sent, changed or not: the form
 * edits them as one, and what the hub is sent is what the form shows.
 */
export function openMeetingChange(
  setup: MeetingSetupPatch,
  before: MeetingSetup,
): MeetingSetupPatch | undefined {
  const change: MeetingSetupPatch = {};
  let changed = false;
  const keep = <Field extends (typeof OPEN_MEETING_FIELDS)[number]>(field: Field) => {
    // What the hub keeps as absent, the form sends as '' (the note) or {} (a set of versions).
    const was =
      field === 'note'
        ? (before.note ?? '')
        : field === 'titleTranslations' || field === 'themeTranslations'
          ? (before[field] ?? {})
          : before[field];
    const now = setup[field];
    if (now === undefined) return;
    change[field] = now;
    if (JSON.stringify(now) !== JSON.stringify(was)) changed = true;
  };
  OPEN_MEETING_FIELDS.forEach(keep);
  return changed ? change : undefined;
}

/**
 * An open meeting as its form starts: the setup, with the details as they are now (the chair may
 * have changed them since it opened; its default limit is the segment in play's).
 */
export function openMeetingSetup(setup: MeetingSetup, core: MeetingCore): MeetingSetup {
  const { title, theme, organ, format, sittings, defaultLimitMs, warningMs, note } = core.meeting;
  const { titleTranslations, themeTranslations } = core.meeting;
  const { note: _note, titleTranslations: _title, themeTranslations: _theme, ...rest } = setup;
  return {
    ...rest,
    title,
    ...(titleTranslations && { titleTranslations }),
    theme,
    ...(themeTranslations && { themeTranslations }),
    organ,
    format,
    sittings,
    defaultLimitMs,
    warningMs,
    ...(note !== undefined && { note }),
  };
}
