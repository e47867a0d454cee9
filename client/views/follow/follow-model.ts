// Pure helpers of the phone view: where a delegation stands, how each entry of the list reads,
// which delegations can be picked. Derived from the room and its projection; tested on their own.
// What the wall says too (status line, floor speaker, full message) is in view-kit/room-words.ts.
import { delegationName } from '../../../shared/delegations/display-name.ts';
import { fold } from '../../../shared/delegations/fold.ts';
import { callOrder } from '../../../shared/domain/list-order.ts';
import type { Projection } from '../../../shared/domain/projection.ts';
import type { Speaker, UnLanguage } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { localTimeAt, localTimeWithSecondsAt } from '../../../shared/zoned-time.ts';
import { format } from '../../i18n/format.ts';
import type { FollowMessages } from './messages/follow-messages.ts';

/** The alert comes when the delegation is this far up the line or closer: two speakers away. */
export const ALERT_AT_PLACE = 2;

/** Where a delegation stands in the meeting: what its pinned card says. */
export type DelegationTurn =
  | { kind: 'notOnList' }
  | { kind: 'speaking'; speakerId: string }
  | { kind: 'spoken'; speakerId: string }
  | {
      kind: 'waiting';
      speakerId: string;
      /** 1 for the next to be called. */
      place: number;
      /** null when the sittings end first (or the meeting is adjourned). */
      estimatedStartAt: EpochMs | null;
      /** Passed over once: called again once nobody is waiting. */
      secondCall: boolean;
    }
  | { kind: 'passedOver'; speakerId: string };

/** The estimate of each speaker still to be called, by speaker id. */
export function estimatesById(projection: Projection | undefined): Map<string, EpochMs | null> {
  return new Map(projection?.speakers.map((p) => [p.speakerId, p.estimatedStartAt]) ?? []);
}

/**
 * Where `delegation` stands. A delegation may be inscribed more than once (a group statement,
 * then its own): the entry on the floor comes first, then the next one to be called, then a
 * speech already held, then an entry that will not be called again.
 */
export function delegationTurn(
  speakers: readonly Speaker[],
  projection: Projection | undefined,
  delegation: string,
): DelegationTurn {
  const entries = speakers.filter((s) => s.delegation === delegation);
  if (entries.length === 0) return { kind: 'notOnList' };
  const speaking = entries.find((s) => s.status === 'speaking');
  if (speaking) return { kind: 'speaking', speakerId: speaking.id };
  const order = callOrder(speakers);
  const index = order.findIndex((s) => s.delegation === delegation);
  const next = order[index];
  if (next) {
    return {
      kind: 'waiting',
      speakerId: next.id,
      place: index + 1,
      estimatedStartAt: estimatesById(projection).get(next.id) ?? null,
      secondCall: next.status === 'absent',
    };
  }
  const spoken = entries.find((s) => s.status === 'spoken');
  if (spoken) return { kind: 'spoken', speakerId: spoken.id };
  return { kind: 'passedOver', speakerId: (entries[0] as Speaker).id };
}

/** True when the delegation is two speakers away or closer, and not yet on the floor. */
export function isTurnNear(
  turn: DelegationTurn,
): turn is Extract<DelegationTurn, { kind: 'waiting' }> {
  return turn.kind === 'waiting' && turn.place <= ALERT_AT_PLACE;
}

/** How one entry of the list stands. */
export type RowStatus = 'spoken' | 'speaking' | 'waiting' | 'secondCall' | 'passedOver';

export interface SpeakerRow {
  speaker: Speaker;
  /** The entry's number on the list, from 1. */
  number: number;
  status: RowStatus;
  /** Estimated start for those still to be called; null when not reached. */
  estimatedStartAt: EpochMs | null;
}

/** Every entry of the list, in list order, with its status and estimated start. */
export function speakerRows(
  speakers: readonly Speaker[],
  projection: Projection | undefined,
): SpeakerRow[] {
  const estimates = estimatesById(projection);
  const called = new Set(callOrder(speakers).map((s) => s.id));
  return speakers.map((speaker, index) => {
    let status: RowStatus;
    if (speaker.status === 'absent') status = called.has(speaker.id) ? 'secondCall' : 'passedOver';
    else status = speaker.status;
    return {
      speaker,
      number: index + 1,
      status,
      estimatedStartAt: estimates.get(speaker.id) ?? null,
    };
  });
}

/** A delegation that can be picked: its code or name as listed, and how it reads. */
export interface DelegationChoice {
  delegation: string;
  name: string;
}

/** The delegations on the list, once each, named in `language`, in that language's order. */
export function delegationChoices(
  speakers: readonly Speaker[],
  language: UnLanguage,
): DelegationChoice[] {
  const seen = new Set<string>();
  const choices: DelegationChoice[] = [];
  for (const { delegation } of speakers) {
    if (seen.has(delegation)) continue;
    seen.add(delegation);
    choices.push({ delegation, name: delegationName(delegation, language) });
  }
  const collator = new Intl.Collator(language);
  return choices.sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The choices matching `query`, in the reader's language or in English, or by ISO code: a
 * delegate may type 'Allemagne', 'Germany' or 'DEU'.
 */
export function matchingChoices(
  choices: readonly DelegationChoice[],
  query: string,
): DelegationChoice[] {
  const wanted = fold(query);
  if (wanted === '') return [...choices];
  return choices.filter((choice) =>
    [choice.name, delegationName(choice.delegation, 'en'), choice.delegation].some((text) =>
      fold(text).includes(wanted),
    ),
  );
}

/** An instant as the room's clock shows it, 'HH:MM'. */
export function roomTime(at: EpochMs, timeZone: string): string {
  return localTimeAt(at, timeZone);
}

/** An instant as the room's clock shows it, to the second, 'HH:MM:SS'. */
export function roomTimeWithSeconds(at: EpochMs, timeZone: string): string {
  return localTimeWithSecondsAt(at, timeZone);
}

/** What the pinned card says of a delegation's turn, times in the room's time zone. */
export function turnText(turn: DelegationTurn, text: FollowMessages, timeZone: string): string {
  switch (turn.kind) {
    case 'notOnList':
      return text.notOnList;
    case 'speaking':
      return text.speakingNow;
    case 'spoken':
      return text.hasSpoken;
    case 'passedOver':
      return text.passedOver;
    case 'waiting': {
      const place = text.ordinal(turn.place);
      return turn.estimatedStartAt === null
        ? format(text.inLineUnreached, { place })
        : format(text.inLineAround, { place, time: roomTime(turn.estimatedStartAt, timeZone) });
    }
    default: {
      const unreachable: never = turn;
      return unreachable;
    }
  }
}

/** The alert's words: next, or two away; with the estimated time when there is one. */
export function alertText(
  turn: Extract<DelegationTurn, { kind: 'waiting' }>,
  text: FollowMessages,
  timeZone: string,
): string {
  const time = turn.estimatedStartAt === null ? '–' : roomTime(turn.estimatedStartAt, timeZone);
  return turn.place === 1
    ? format(text.turnNext, { time })
    : format(text.turnNear, { place: text.ordinal(turn.place), time });
}

/** What the list says of an entry's turn. */
export function rowText(row: SpeakerRow, text: FollowMessages, timeZone: string): string {
  const time = row.estimatedStartAt === null ? null : roomTime(row.estimatedStartAt, timeZone);
  switch (row.status) {
    case 'spoken':
      return text.rowSpoken;
    case 'speaking':
      return text.rowSpeaking;
    case 'passedOver':
      return text.rowPassedOver;
    case 'waiting':
      return time === null ? text.rowUnreached : format(text.rowAround, { time });
    case 'secondCall':
      return time === null ? text.rowUnreached : format(text.rowSecondCall, { time });
    default: {
      const unreachable: never = row.status;
      return unreachable;
    }
  }
}
