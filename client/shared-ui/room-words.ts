// What the wall and the phone both say of the room, in the screen's language: the status line,
// who has the floor and their place in the list, and the message that a suspension, an
// adjournment or an announcement puts before everyone. Pure, and free of any language's texts
// (they come in as an argument), so the phone bundles only the language it shows.
import type { MeetingStatus, PublicRoomState, Speaker } from '../../shared/domain/types.ts';
import { localTimeAt } from '../../shared/zoned-time.ts';
import { format } from '../i18n/format.ts';
import type { MeetingTexts } from '../i18n/meeting-texts/meeting-texts.ts';

/** The speaker on the floor and their place in the list ("Speaker 12 of 64"). */
export interface FloorSpeaker {
  speaker: Speaker;
  position: number;
  total: number;
}

export function floorSpeaker(
  room: Pick<PublicRoomState, 'floor' | 'speakers'>,
): FloorSpeaker | undefined {
  const floor = room.floor;
  if (!floor) return undefined;
  const index = room.speakers.findIndex((s) => s.id === floor.speakerId);
  const speaker = room.speakers[index];
  return speaker && { speaker, position: index + 1, total: room.speakers.length };
}

/** The meeting's status in a few words, times in the room's time zone. */
export function statusText(status: MeetingStatus, timeZone: string, texts: MeetingTexts): string {
  switch (status.kind) {
    case 'notStarted':
      return texts.notStarted;
    case 'inSession':
      return texts.inSession;
    case 'suspended':
      return status.resumesAt === undefined
        ? texts.suspended
        : format(texts.suspendedUntil, { time: localTimeAt(status.resumesAt, timeZone) });
    case 'adjourned':
      return texts.adjourned;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** A suspension, an adjournment or an announcement: what the chair wants every delegate to read. */
export interface MeetingMessage {
  kind: 'suspended' | 'adjourned' | 'announcement';
  heading: string;
  body?: string;
}

export function meetingMessage(
  room: Pick<PublicRoomState, 'status' | 'announcement' | 'meeting'>,
  texts: MeetingTexts,
): MeetingMessage | undefined {
  const { status, announcement, meeting } = room;
  if (status.kind === 'adjourned') {
    return {
      kind: 'adjourned',
      heading: texts.meetingAdjourned,
      ...(announcement && { body: announcement.text }),
    };
  }
  if (status.kind === 'suspended') {
    const parts = [
      status.resumesAt === undefined
        ? undefined
        : format(texts.willResumeAt, { time: localTimeAt(status.resumesAt, meeting.timeZone) }),
      announcement?.text ?? status.note,
    ].filter((p): p is string => Boolean(p));
    return {
      kind: 'suspended',
      heading: texts.meetingSuspended,
      ...(parts.length > 0 && { body: parts.join(' · ') }),
    };
  }
  if (announcement)
    return { kind: 'announcement', heading: texts.announcement, body: announcement.text };
  return undefined;
}
