// The list of speakers on the wire: when a command touches a few speakers (the next one is
// called, one is edited or moved), clients get those speakers and, if it changed, the order of
// ids — not the whole list again. With 193 delegations on the list that is the difference
// between ~600 bytes and ~25 KB for every "next speaker", multiplied by every phone in the room.
import type { Speaker } from './types.ts';

/** The speakers that changed, and the new order of ids when it is not the old one. */
export interface SpeakerPatch {
  updated: Speaker[];
  order?: string[];
}

/** How the list travels in a change: absent when untouched, patched, or whole when that is shorter. */
export type SpeakersChange = { speakers?: Speaker[]; speakerPatch?: SpeakerPatch };

/** Past this share of the list changed (an import), the whole list is sent instead of a patch. */
const WHOLE_LIST_SHARE = 0.5;

/** Whether two speakers hold the same values (every field of a speaker is a plain value). */
function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof Speaker)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** What the change of `before` into `after` sends of the list. */
export function speakersChange(before: Speaker[], after: Speaker[]): SpeakersChange {
  if (before === after) return {};
  const old = new Map(before.map((s) => [s.id, s]));
  const updated = after.filter((s) => {
    const was = old.get(s.id);
    return !was || !sameSpeaker(was, s);
  });
  const sameOrder = before.length === after.length && before.every((s, i) => s.id === after[i]?.id);
  if (sameOrder && updated.length === 0) return {};
  if (updated.length > after.length * WHOLE_LIST_SHARE) return { speakers: after };
  return { speakerPatch: sameOrder ? { updated } : { updated, order: after.map((s) => s.id) } };
}

/**
 * The list after a patch, or undefined when the patch does not fit the list it is applied to
 * (an id it names is unknown): the client then asks for the whole state. Speakers the patch did
 * not name keep their identity, so their rows on screen do not re-render.
 */
export function patchSpeakers(speakers: Speaker[], patch: SpeakerPatch): Speaker[] | undefined {
  const byId = new Map(speakers.map((s) => [s.id, s]));
  if (!patch.order && patch.updated.some((s) => !byId.has(s.id))) return undefined;
  for (const speaker of patch.updated) byId.set(speaker.id, speaker);
  const order = patch.order ?? speakers.map((s) => s.id);
  const list: Speaker[] = [];
  for (const id of order) {
    const speaker = byId.get(id);
    if (!speaker) return undefined;
    list.push(speaker);
  }
  return list;
}
