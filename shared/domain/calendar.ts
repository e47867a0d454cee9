// A room's calendar: the rules of its schedule (no two meetings' sittings overlap in one room),
// the order meetings are listed in, and what the room's screens announce: the next meeting, and
// when an open meeting resumes between its sittings. Sittings are local dates and times on the
// room's clock, so within one room they compare as 'YYYY-MM-DD HH:MM' strings.
import { fail, ok } from '../result.ts';
import type { EpochMs } from '../time.ts';
import { zonedTimeToEpoch } from '../zoned-time.ts';
import { domainError } from './errors.ts';
import type { DomainResult } from './handler.ts';
import type {
  MeetingLifecycle,
  RoomStatus,
  Sitting,
  Translations,
  UpcomingMeeting,
} from './types.ts';
import { UPCOMING_SHOWN } from './types.ts';

/** One meeting of a room's calendar, as far as its schedule goes. */
export interface CalendarEntry {
  meetingId: string;
  title: string;
  /** The title in other languages, which the screens announce it with. */
  titleTranslations?: Translations;
  status: MeetingLifecycle;
  sittings: Sitting[];
}

const startOf = (s: Sitting) => `${s.date} ${s.start}`;
const endOf = (s: Sitting) => `${s.date} ${s.end}`;

/** When a meeting first sits, as 'YYYY-MM-DD HH:MM' on the room's clock: what it is sorted by. */
export function firstStart(sittings: readonly Sitting[]): string {
  const first = sittings[0];
  return first ? startOf(first) : '';
}

/** The calendar in order: by first sitting, then by id (two meetings cannot start together). */
export function inCalendarOrder<Entry extends Pick<CalendarEntry, 'meetingId' | 'sittings'>>(
  entries: readonly Entry[],
): Entry[] {
  return [...entries].sort(
    (a, b) =>
      firstStart(a.sittings).localeCompare(firstStart(b.sittings)) ||
      a.meetingId.localeCompare(b.meetingId),
  );
}

/** Whether two sittings share any minute (one ending as the other starts is no overlap). */
function sittingsOverlap(a: Sitting, b: Sitting): boolean {
  return startOf(a) < endOf(b) && startOf(b) < endOf(a);
}

/**
 * Refuses sittings that overlap a sitting of another meeting of the room (`except`: the meeting
 * being changed); the error names the sitting and the meeting it collides with. An adjourned
 * meeting holds no time any more: one that ended early leaves the rest of its sitting free.
 */
export function checkSchedule(
  sittings: readonly Sitting[],
  calendar: readonly CalendarEntry[],
  except?: string,
): DomainResult<true> {
  for (const [index, sitting] of sittings.entries()) {
    for (const other of calendar) {
      if (other.meetingId === except || other.status === 'adjourned') continue;
      const clash = other.sittings.find((s) => sittingsOverlap(sitting, s));
      if (clash) {
        return fail(
          domainError(
            'scheduleOverlap',
            `sittings.${index}: ${sitting.date} ${sitting.start}-${sitting.end} overlaps "${other.title}" (${other.meetingId}, ${clash.date} ${clash.start}-${clash.end}) in this room.`,
            `sittings.${index}`,
          ),
        );
      }
    }
  }
  return ok(true);
}

/** Whether a meeting's last sitting has ended by `now`. */
export function isOver(sittings: readonly Sitting[], now: EpochMs, timeZone: string): boolean {
  const last = sittingInstants(sittings, timeZone).at(-1);
  return last === undefined || last.endAt <= now;
}

/**
 * The scheduled meetings the room's screens may announce, soonest first: those not over at `now`
 * (a meeting left on the calendar and never held must not hide the next one).
 */
export function upcomingOf(
  calendar: readonly CalendarEntry[],
  now: EpochMs,
  timeZone: string,
): UpcomingMeeting[] {
  return inCalendarOrder(
    calendar.filter((m) => m.status === 'scheduled' && !isOver(m.sittings, now, timeZone)),
  )
    .slice(0, UPCOMING_SHOWN)
    .map(({ meetingId, title, titleTranslations, sittings }) => ({
      meetingId,
      title,
      // Tested here rather than with versions.ts: the phone imports this file, not that one.
      ...(titleTranslations && Object.keys(titleTranslations).length > 0 && { titleTranslations }),
      sittings,
    }));
}

/** The sittings of a meeting as instants, in order. */
export function sittingInstants(sittings: readonly Sitting[], timeZone: string) {
  return sittings.map((s) => ({
    startAt: zonedTimeToEpoch(s.date, s.start, timeZone),
    endAt: zonedTimeToEpoch(s.date, s.end, timeZone),
  }));
}

/** What the screens announce as next: the first scheduled meeting not yet over at `now`. */
export interface NextMeeting {
  meeting: UpcomingMeeting;
  /** When its next sitting starts (the first one not yet over). */
  startsAt: EpochMs;
}

export function nextMeeting(
  upcoming: readonly UpcomingMeeting[],
  now: EpochMs,
  timeZone: string,
): NextMeeting | null {
  for (const meeting of upcoming) {
    const sitting = sittingInstants(meeting.sittings, timeZone).find((s) => s.endAt > now);
    if (sitting) return { meeting, startsAt: sitting.startAt };
  }
  return null;
}

/**
 * When an open meeting resumes, if it is between sittings or suspended: the suspension's resume
 * time when the chair gave one; else, outside its sittings, the start of the next sitting. Null
 * while it sits, when nothing is scheduled after `now`, and after adjournment.
 */
export function resumesAt(
  status: RoomStatus,
  sittings: readonly Sitting[],
  now: EpochMs,
  timeZone: string,
): EpochMs | null {
  if (status.kind === 'adjourned' || status.kind === 'noMeeting') return null;
  if (status.kind === 'suspended' && status.resumesAt !== undefined) return status.resumesAt;
  const spans = sittingInstants(sittings, timeZone);
  if (spans.some((s) => s.startAt <= now && now < s.endAt)) return null;
  const next = spans.find((s) => s.startAt > now);
  const before = spans.some((s) => s.endAt <= now);
  // Before the first sitting the meeting has not begun: it "opens", it does not "resume".
  return next && before ? next.startAt : null;
}

/**
 * A new meeting's id: the date of its first sitting and a number, e.g. 2017-09-06-1, unique
 * among `taken` (the room's meetings). Readable on a printed sheet and in a URL.
 */
export function newMeetingId(sittings: readonly Sitting[], taken: ReadonlySet<string>): string {
  const date = sittings[0]?.date ?? 'meeting';
  for (let n = 1; ; n += 1) {
    const id = `${date}-${n}`;
    if (!taken.has(id)) return id;
  }
}
