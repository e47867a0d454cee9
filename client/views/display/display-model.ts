// Pure helpers of the wall display: what to show, derived from the room. Tested on their own.
import { callOrder } from '../../../shared/domain/list-order.ts';
import type { MeetingStatus, PublicRoomState, Speaker } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { localTimeAt } from '../../../shared/zoned-time.ts';
import { format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages.ts';

/** How many upcoming speakers the wall lists. */
export const NEXT_COUNT = 3;

/** The speaker on the floor and their place in the list ("Speaker 12 of 64"). */
export interface FloorSpeaker {
  speaker: Speaker;
  position: number;
  total: number;
}

export function floorSpeaker(room: PublicRoomState): FloorSpeaker | undefined {
  const floor = room.floor;
  if (!floor) return undefined;
  const index = room.speakers.findIndex((s) => s.id === floor.speakerId);
  const speaker = room.speakers[index];
  return speaker && { speaker, position: index + 1, total: room.speakers.length };
}

/** The next speakers in the order they would be called. */
export function nextSpeakers(speakers: readonly Speaker[], count = NEXT_COUNT): Speaker[] {
  return callOrder(speakers).slice(0, count);
}

/** The status line of the header, in the screen's language and the room's time. */
export function statusText(status: MeetingStatus, timeZone: string, messages: Messages): string {
  switch (status.kind) {
    case 'notStarted':
      return messages.notStarted;
    case 'inSession':
      return messages.inSession;
    case 'suspended':
      return status.resumesAt === undefined
        ? messages.suspended
        : format(messages.suspendedUntil, { time: localTimeAt(status.resumesAt, timeZone) });
    case 'adjourned':
      return messages.adjourned;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** The full-screen message that replaces the speaker panel, if any: suspension, adjournment, announcement. */
export interface WallMessage {
  kind: 'suspended' | 'adjourned' | 'announcement';
  heading: string;
  body?: string;
}

export function wallMessage(room: PublicRoomState, messages: Messages): WallMessage | undefined {
  const { status, announcement, meeting } = room;
  if (status.kind === 'adjourned') {
    return {
      kind: 'adjourned',
      heading: messages.meetingAdjourned,
      ...(announcement && { body: announcement.text }),
    };
  }
  if (status.kind === 'suspended') {
    const parts = [
      status.resumesAt === undefined
        ? undefined
        : format(messages.willResumeAt, { time: localTimeAt(status.resumesAt, meeting.timeZone) }),
      announcement?.text ?? status.note,
    ].filter((p): p is string => Boolean(p));
    return {
      kind: 'suspended',
      heading: messages.meetingSuspended,
      ...(parts.length > 0 && { body: parts.join(' · ') }),
    };
  }
  if (announcement)
    return { kind: 'announcement', heading: messages.announcement, body: announcement.text };
  return undefined;
}

/** The room's local time now, 'HH:MM'. */
export function roomTime(serverNow: EpochMs, timeZone: string): string {
  return localTimeAt(serverNow, timeZone);
}

/** How long a name is, for sizing it so that it is never cut. */
export function nameLength(name: string): 'short' | 'medium' | 'long' {
  if (name.length > 36) return 'long';
  return name.length > 22 ? 'medium' : 'short';
}
