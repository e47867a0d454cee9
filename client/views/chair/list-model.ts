// The list of speakers as the console edits it: where a speaker may go, where a drag drops them,
// and the commands an entry form sends. Pure, tested on its own.
import type { CommandInput } from '../../../shared/domain/commands.ts';
import { historyLength } from '../../../shared/domain/list-order.ts';
import type { Speaker, SpeakerCategory, UnLanguage } from '../../../shared/domain/types.ts';
import { delegationName } from '../../../shared/delegations/display-name.ts';
import type { DurationMs } from '../../../shared/time.ts';
import { resolveDelegation } from './delegation-search.ts';

/** True for a speaker the list can still move or remove: not spoken, not on the floor. */
export function isStillToSpeak(speaker: Speaker): boolean {
  return speaker.status === 'waiting' || speaker.status === 'absent';
}

/**
 * The index a speaker takes (moveSpeaker's toIndex, an index of the resulting list) when dropped
 * before or after the entry now at `overIndex`; undefined when that changes nothing or would put
 * the speaker into the history (those who have spoken, and the floor).
 */
export function dropIndex(
  speakers: readonly Speaker[],
  speakerId: string,
  overIndex: number,
  side: 'before' | 'after',
): number | undefined {
  const from = speakers.findIndex((s) => s.id === speakerId);
  if (from < 0) return undefined;
  // The list without the moving speaker: the drop point is counted in it.
  let to = side === 'before' ? overIndex : overIndex + 1;
  if (from < to) to -= 1;
  to = Math.max(to, historyLength(speakers));
  to = Math.min(to, speakers.length - 1);
  return to === from ? undefined : to;
}

/** The index one place up (-1) or down (+1), or undefined at the edge of what may move. */
export function stepIndex(
  speakers: readonly Speaker[],
  speakerId: string,
  delta: -1 | 1,
): number | undefined {
  const from = speakers.findIndex((s) => s.id === speakerId);
  const to = from + delta;
  if (from < 0 || to < historyLength(speakers) || to >= speakers.length) return undefined;
  return to;
}

/** What the entry form holds, as typed. */
export interface SpeakerDraft {
  /** As typed: a State's name (in the console's language) or code, or an organization's name. */
  delegation: string;
  speakerName: string;
  title: string;
  onBehalfOf: string;
  /** '' for the delegation's default category. */
  category: SpeakerCategory | '';
  /** undefined: the meeting's default limit. */
  limitMs: DurationMs | undefined;
}

export const EMPTY_DRAFT: SpeakerDraft = {
  delegation: '',
  speakerName: '',
  title: '',
  onBehalfOf: '',
  category: '',
  limitMs: undefined,
};

/** The form filled with a speaker's entry, for editing: a State by its name. */
export function draftOf(speaker: Speaker, language: UnLanguage): SpeakerDraft {
  return {
    // A State or known organization by its name in the console's language; it resolves back.
    delegation: delegationName(speaker.delegation, language),
    speakerName: speaker.speakerName ?? '',
    title: speaker.title ?? '',
    onBehalfOf:
      speaker.onBehalfOf === undefined ? '' : delegationName(speaker.onBehalfOf, language),
    category: speaker.category,
    limitMs: speaker.limitMs ?? undefined,
  };
}

/** The addSpeaker command for a draft; fields left blank are left out. */
export function addCommand(
  draft: SpeakerDraft,
  options: { position?: number; afterClosure?: boolean } = {},
): CommandInput {
  const given = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const speakerName = given(draft.speakerName);
  const title = given(draft.title);
  const onBehalfOf = given(draft.onBehalfOf) && resolveDelegation(draft.onBehalfOf);
  return {
    type: 'addSpeaker',
    delegation: resolveDelegation(draft.delegation),
    ...(speakerName !== undefined && { speakerName }),
    ...(title !== undefined && { title }),
    ...(onBehalfOf !== undefined && { onBehalfOf }),
    ...(draft.category !== '' && { category: draft.category }),
    ...(draft.limitMs !== undefined && { limitMs: draft.limitMs }),
    ...(options.position !== undefined && { position: options.position }),
    ...(options.afterClosure === true && { afterClosure: true }),
  };
}

/**
 * The updateSpeaker command that turns `speaker` into the draft: only the fields that differ,
 * a blank text clearing its field; undefined when nothing differs.
 */
export function updateCommand(speaker: Speaker, draft: SpeakerDraft): CommandInput | undefined {
  const text = (before: string | undefined, after: string) => {
    const value = after.trim();
    if (value === (before ?? '')) return undefined;
    return { value: value === '' ? null : value };
  };
  const delegation = resolveDelegation(draft.delegation);
  const speakerName = text(speaker.speakerName, draft.speakerName);
  const title = text(speaker.title, draft.title);
  const onBehalfOf = text(speaker.onBehalfOf, resolveDelegation(draft.onBehalfOf));
  const limitMs = draft.limitMs ?? null;
  const changes = {
    ...(delegation !== speaker.delegation && { delegation }),
    ...(speakerName && { speakerName: speakerName.value }),
    ...(title && { title: title.value }),
    ...(onBehalfOf && { onBehalfOf: onBehalfOf.value }),
    ...(draft.category !== '' &&
      draft.category !== speaker.category && { category: draft.category }),
    ...(limitMs !== speaker.limitMs && { limitMs }),
  };
  if (Object.keys(changes).length === 0) return undefined;
  return { type: 'updateSpeaker', speakerId: speaker.id, ...changes };
}
