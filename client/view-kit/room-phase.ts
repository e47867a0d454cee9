// Where the room stands at an instant, as its screens announce it: no meeting open (and what is
// scheduled next), the current meeting adjourned (and what comes next), an open meeting between
// two of its sittings (and when it resumes), or sitting. Pure: the instant comes in as an
// argument, so the screens recompute it as their clock moves and tests pass a fixed one.
import { nextMeeting, resumesAt } from '../../shared/domain/calendar.ts';
import type { PublicRoomState, UpcomingMeeting } from '../../shared/domain/types.ts';
import type { EpochMs, LocalDate } from '../../shared/time.ts';
import { addDays, localDateAt } from '../../shared/zoned-time.ts';

/** Which day an instant falls on, seen from now on the room's clock: what the words say. */
export type DayWord = 'today' | 'tomorrow' | 'later';

/** An instant to announce, with its day seen from now (so "today" turns over at midnight). */
export interface Moment {
  at: EpochMs;
  day: DayWord;
  /** Its date on the room's clock, 'YYYY-MM-DD', for the words of a later day. */
  date: LocalDate;
}

/** The next scheduled meeting, as the screens announce it. */
export interface NextUp {
  meeting: UpcomingMeeting;
  starts: Moment;
}

export type RoomPhase =
  | { kind: 'noMeeting'; next: NextUp | null }
  | { kind: 'adjourned'; next: NextUp | null }
  /** Open, nobody on the floor, outside its sittings with one ahead (or suspended with a time). */
  | { kind: 'betweenSittings'; resumes: Moment }
  | { kind: 'sitting' };

/** What the phase is worked out from: the public state's parts that say it. */
export type PhaseInput = Pick<PublicRoomState, 'room' | 'meeting' | 'status' | 'upcoming'> & {
  /** Whether someone has the floor (the clock's own changes do not matter here). */
  onFloor: boolean;
};

/** The phase's input out of a public state. */
export function phaseInput(room: PublicRoomState): PhaseInput {
  const { meeting, status, upcoming } = room;
  return { room: room.room, meeting, status, upcoming, onFloor: room.floor !== null };
}

/** `at` as a moment seen from `now`, on the clock of `timeZone`. */
export function momentOf(at: EpochMs, now: EpochMs, timeZone: string): Moment {
  const date = localDateAt(at, timeZone);
  const today = localDateAt(now, timeZone);
  const day: DayWord = date === today ? 'today' : date === addDays(today, 1) ? 'tomorrow' : 'later';
  return { at, day, date };
}

function nextUp(room: PhaseInput, now: EpochMs): NextUp | null {
  const { timeZone } = room.room;
  const found = nextMeeting(room.upcoming, now, timeZone);
  return found && { meeting: found.meeting, starts: momentOf(found.startsAt, now, timeZone) };
}

/** Where the room stands at `now` (server clock). */
export function roomPhase(room: PhaseInput, now: EpochMs): RoomPhase {
  const { meeting, status } = room;
  if (!meeting || status.kind === 'noMeeting')
    return { kind: 'noMeeting', next: nextUp(room, now) };
  if (status.kind === 'adjourned') return { kind: 'adjourned', next: nextUp(room, now) };
  // A speech left on the floor past a sitting's end is still shown as such, not hidden.
  if (room.onFloor) return { kind: 'sitting' };
  // The sittings are in the meeting's time zone (the room's when it opened).
  const at = resumesAt(status, meeting.sittings, now, meeting.timeZone);
  if (at === null) return { kind: 'sitting' };
  return { kind: 'betweenSittings', resumes: momentOf(at, now, room.room.timeZone) };
}

/**
 * Whether two phases say the same (the screens re-render only when they do not). A phase is a
 * few plain fields, so its JSON is compared: smaller on the phone's budget than field by field.
 */
export function samePhase(a: RoomPhase | undefined, b: RoomPhase | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
