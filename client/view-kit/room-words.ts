// What the wall and the phone both say of the room, in the screen's language: the status line,
// the segment in play, who has the floor and their place in the list, and the message that a
// suspension, an adjournment, a break between sittings or an announcement puts before everyone.
// Pure, and free of any language's texts (they come in as an argument), so the phone bundles only
// the language it shows.
import { UN_LANGUAGES } from '../../shared/domain/types.ts';
import type {
  Interpretation,
  PublicRoomState,
  RoomStatus,
  Speaker,
  UnLanguage,
} from '../../shared/domain/types.ts';
import { localized } from '../../shared/domain/localized.ts';
import { localTimeAt } from '../../shared/zoned-time.ts';
import { format } from '../i18n/format.ts';
import { joinList, languageNames } from '../i18n/language.ts';
import type { MeetingTexts } from '../i18n/meeting-texts/meeting-texts.ts';
import type { RoomPhase } from './room-phase.ts';
import { whenText } from './when-words.ts';

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

/**
 * The title of the segment in play, when the meeting has several (one segment is the meeting
 * itself, and its title, often '', says nothing more).
 */
export function segmentTitle(
  room: Pick<PublicRoomState, 'segments' | 'segmentId'>,
): string | undefined {
  if (room.segments.length < 2) return undefined;
  const title = room.segments.find((s) => s.id === room.segmentId)?.title;
  return title || undefined;
}

/** The room's status in a few words, times in the room's time zone. */
export function statusText(status: RoomStatus, timeZone: string, texts: MeetingTexts): string {
  switch (status.kind) {
    case 'noMeeting':
      return texts.noMeeting;
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

/**
 * A suspension, an adjournment, a break between sittings or an announcement: what every
 * delegate should read before anything else.
 */
export interface MeetingMessage {
  kind: 'suspended' | 'adjourned' | 'resumes' | 'announcement';
  heading: string;
  body?: string;
}

/** What the message needs besides the room: where the room stands now, the screen's language. */
export interface MessageContext {
  phase: RoomPhase | undefined;
  language: UnLanguage;
}

export function meetingMessage(
  room: Pick<PublicRoomState, 'status' | 'announcement' | 'room'>,
  texts: MeetingTexts,
  context: MessageContext,
): MeetingMessage | undefined {
  const { status, announcement } = room;
  const { timeZone } = room.room;
  const { language } = context;
  // The chair's words in the screen's language where a version is given (localized.ts).
  const announced =
    announcement && localized(announcement.text, announcement.textTranslations, language);
  if (status.kind === 'adjourned') {
    return {
      kind: 'adjourned',
      heading: texts.meetingAdjourned,
      ...(announced && { body: announced }),
    };
  }
  if (status.kind === 'suspended') {
    const parts = [
      status.resumesAt === undefined
        ? undefined
        : format(texts.willResumeAt, { time: localTimeAt(status.resumesAt, timeZone) }),
      announced ?? (status.note && localized(status.note, status.noteTranslations, language)),
    ].filter((p): p is string => Boolean(p));
    return {
      kind: 'suspended',
      heading: texts.meetingSuspended,
      ...(parts.length > 0 && { body: parts.join(' · ') }),
    };
  }
  const { phase } = context;
  if (phase?.kind === 'betweenSittings') {
    const when = whenText(phase.resumes, texts, timeZone, language);
    return {
      kind: 'resumes',
      // Opened after its first sitting, it has not begun: it starts, it does not resume.
      heading: status.kind === 'notStarted' ? texts.meetingWillStart : texts.meetingWillResume,
      body: announced ? `${when} · ${announced}` : when,
    };
  }
  if (announced) return { kind: 'announcement', heading: texts.announcement, body: announced };
  return undefined;
}

/**
 * The interpretation notice's words: none at all, or the languages that have it and those that
 * do not ("Interpretation only in: English, French · Not available: Arabic, Chinese, …").
 */
export function interpretationWords(
  interpretation: Pick<Interpretation, 'status' | 'languages'>,
  texts: MeetingTexts,
  language: UnLanguage,
): string {
  if (interpretation.status === 'unavailable') return texts.interpretationUnavailable;
  const list = (codes: readonly UnLanguage[]) => joinList(languageNames(codes, language), language);
  const missing = UN_LANGUAGES.filter((code) => !interpretation.languages.includes(code));
  const given = format(texts.interpretationPartial, { languages: list(interpretation.languages) });
  if (missing.length === 0) return given;
  return `${given} · ${format(texts.interpretationNotIn, { languages: list(missing) })}`;
}
