// Commands that manage the list of speakers.
import { fail, ok } from '../result.ts';
import type { CommandOf, SpeakerEntry } from './commands.ts';
import { defaultCategory, normalizeDelegation } from './delegation-defaults.ts';
import { domainError } from './errors.ts';
import { unknownSpeaker, withSpeakerLimit } from './floor-commands.ts';
import type { DomainResult } from './handler.ts';
import { findSpeaker, historyLength, MAX_SPEAKERS, moveTo, updateSpeakerIn } from './list-order.ts';
import type { MeetingCore, Speaker, SpeechRecord } from './types.ts';

/** Positions a new or moved speaker may take: after the history, up to `last`. */
function checkPosition(core: MeetingCore, index: number, last: number): DomainResult<number> {
  const first = historyLength(core.speakers);
  if (index < first || index > last) {
    return fail(
      domainError(
        'positionOutOfRange',
        first > last
          ? 'There is no place in the list to put a speaker.'
          : `Position must be from ${first} to ${last}: speakers who have spoken or have the floor stay where they are.`,
        'position',
      ),
    );
  }
  return ok(index);
}

/** A speaker who is still to speak (waiting or absent), or why not. */
function requireNotYetSpoken(core: MeetingCore, speakerId: string): DomainResult<Speaker> {
  const speaker = findSpeaker(core, speakerId);
  if (!speaker) return unknownSpeaker(speakerId);
  if (speaker.status === 'spoken' || speaker.status === 'speaking') {
    return fail(
      domainError(
        'speakerNotWaiting',
        speaker.status === 'spoken'
          ? 'This speaker has already spoken.'
          : 'This speaker has the floor: end or skip the speech first.',
      ),
    );
  }
  return ok(speaker);
}

/** Refused on a closed list unless the chair says afterClosure. */
function checkListOpen(core: MeetingCore, afterClosure: boolean | undefined): DomainResult<true> {
  if (!core.listOpen && !afterClosure) {
    return fail(
      domainError(
        'listClosed',
        'The list of speakers is closed: reopen it, or add the speakers with afterClosure.',
      ),
    );
  }
  return ok(true);
}

/** Room for `adding` more speakers on a list of `kept` entries, or listFull. */
function checkRoom(kept: number, adding: number): DomainResult<true> {
  if (kept + adding <= MAX_SPEAKERS) return ok(true);
  const room = Math.max(0, MAX_SPEAKERS - kept);
  return fail(
    domainError(
      'listFull',
      adding === 1
        ? `The list holds at most ${MAX_SPEAKERS} speakers.`
        : `The list holds at most ${MAX_SPEAKERS} speakers: there is room for ${room}, not ${adding}.`,
    ),
  );
}

/** A new waiting speaker from a command's fields, with the id `s<id>`. */
function newSpeaker(fields: SpeakerEntry, id: number): Speaker {
  const delegation = normalizeDelegation(fields.delegation);
  return {
    id: `s${id}`,
    delegation,
    ...(fields.speakerName !== undefined && { speakerName: fields.speakerName }),
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.onBehalfOf !== undefined && { onBehalfOf: fields.onBehalfOf }),
    category: fields.category ?? defaultCategory(delegation),
    limitMs: fields.limitMs ?? null,
    status: 'waiting',
  };
}

/** New speakers from their fields, in order, each with the next id. */
function newSpeakers(core: MeetingCore, entries: readonly SpeakerEntry[]) {
  return {
    speakers: entries.map((fields, i) => newSpeaker(fields, core.nextId + i)),
    nextId: core.nextId + entries.length,
  };
}

/** Inserts speakers at `position` (default: the end), under addSpeaker's rules. */
function insertSpeakers(
  core: MeetingCore,
  entries: readonly SpeakerEntry[],
  position: number | undefined,
  afterClosure: boolean | undefined,
): DomainResult<MeetingCore> {
  const open = checkListOpen(core, afterClosure);
  if (!open.ok) return open;
  const room = checkRoom(core.speakers.length, entries.length);
  if (!room.ok) return room;
  const at = checkPosition(core, position ?? core.speakers.length, core.speakers.length);
  if (!at.ok) return at;
  const added = newSpeakers(core, entries);
  const speakers = [...core.speakers];
  speakers.splice(at.value, 0, ...added.speakers);
  return ok({ ...core, speakers, nextId: added.nextId });
}

/** Inscribes one speaker: a batch of one. */
export function addSpeaker(core: MeetingCore, cmd: CommandOf<'addSpeaker'>) {
  return insertSpeakers(core, [cmd], cmd.position, cmd.afterClosure);
}

/** Adds the speakers in order at one position: one version, one undo step. */
export function addSpeakers(core: MeetingCore, cmd: CommandOf<'addSpeakers'>) {
  return insertSpeakers(core, cmd.speakers, cmd.position, cmd.afterClosure);
}

/**
 * Replaces everyone still to speak (waiting or absent) by the given speakers. The history (who
 * has spoken, and whoever has the floor, with their clock) stays where it is, and so does the
 * list's open or closed state; a closed list takes it only with afterClosure.
 */
export function replaceList(core: MeetingCore, cmd: CommandOf<'replaceList'>) {
  const open = checkListOpen(core, cmd.afterClosure);
  if (!open.ok) return open;
  // The history leads the list (list-order.ts), so keeping it keeps its places too.
  const history = core.speakers.slice(0, historyLength(core.speakers));
  const room = checkRoom(history.length, cmd.speakers.length);
  if (!room.ok) return room;
  const added = newSpeakers(core, cmd.speakers);
  return ok({ ...core, speakers: [...history, ...added.speakers], nextId: added.nextId });
}

/** Sets or clears (null) an optional text field of a speaker; undefined leaves it. */
function withText(
  speaker: Speaker,
  field: 'speakerName' | 'title' | 'onBehalfOf',
  value: string | null | undefined,
): Speaker {
  if (value === undefined) return speaker;
  const { [field]: _cleared, ...rest } = speaker;
  return value === null ? rest : { ...rest, [field]: value };
}

export function updateSpeaker(core: MeetingCore, cmd: CommandOf<'updateSpeaker'>) {
  const original = findSpeaker(core, cmd.speakerId);
  if (!original) return unknownSpeaker(cmd.speakerId);
  const { type: _type, expectedVersion: _expected, speakerId: _id, ...fields } = cmd;
  if (Object.values(fields).every((value) => value === undefined)) {
    return fail(domainError('invalidCommand', 'Nothing to update: name at least one field.'));
  }
  let next = core;
  if (cmd.limitMs !== undefined) {
    const limited = withSpeakerLimit(core, cmd.speakerId, cmd.limitMs);
    if (!limited.ok) return limited;
    next = limited.value;
  }
  const speakers = updateSpeakerIn(next.speakers, cmd.speakerId, (before) => {
    let s = before;
    if (cmd.delegation !== undefined) {
      const delegation = normalizeDelegation(cmd.delegation);
      // A category that was only the old delegation's default follows the new delegation.
      const keptDefault = s.category === defaultCategory(s.delegation);
      s = { ...s, delegation, ...(keptDefault && { category: defaultCategory(delegation) }) };
    }
    if (cmd.category !== undefined) s = { ...s, category: cmd.category };
    s = withText(s, 'speakerName', cmd.speakerName);
    s = withText(s, 'title', cmd.title);
    return withText(s, 'onBehalfOf', cmd.onBehalfOf);
  });
  const updated = speakers.find((s) => s.id === cmd.speakerId) ?? original;
  // Only what the record holds is carried into it; a new title or limit leaves it alone.
  const touchesRecord = [cmd.delegation, cmd.category, cmd.speakerName, cmd.onBehalfOf].some(
    (value) => value !== undefined,
  );
  const record = touchesRecord ? correctRecord(next.record, updated) : next.record;
  return ok({ ...next, speakers, record });
}

/**
 * A correction of a speaker (a misspelt delegation, a wrong group) is also a correction of the
 * record of their speeches; the journal keeps what it said before.
 */
function correctRecord(record: SpeechRecord[], speaker: Speaker): SpeechRecord[] {
  if (!record.some((r) => r.speakerId === speaker.id)) return record;
  return record.map((r) => {
    if (r.speakerId !== speaker.id) return r;
    const { speakerName: _name, onBehalfOf: _behalf, ...rest } = r;
    return {
      ...rest,
      delegation: speaker.delegation,
      category: speaker.category,
      ...(speaker.speakerName !== undefined && { speakerName: speaker.speakerName }),
      ...(speaker.onBehalfOf !== undefined && { onBehalfOf: speaker.onBehalfOf }),
    };
  });
}

export function removeSpeaker(core: MeetingCore, cmd: CommandOf<'removeSpeaker'>) {
  const speaker = requireNotYetSpoken(core, cmd.speakerId);
  if (!speaker.ok) return speaker;
  return ok({ ...core, speakers: core.speakers.filter((s) => s.id !== cmd.speakerId) });
}

export function moveSpeaker(core: MeetingCore, cmd: CommandOf<'moveSpeaker'>) {
  const speaker = requireNotYetSpoken(core, cmd.speakerId);
  if (!speaker.ok) return speaker;
  const position = checkPosition(core, cmd.toIndex, core.speakers.length - 1);
  if (!position.ok) return { ...position, error: { ...position.error, path: 'toIndex' } };
  return ok({ ...core, speakers: moveTo(core.speakers, cmd.speakerId, position.value) });
}

export function closeList(core: MeetingCore) {
  if (!core.listOpen) {
    return fail(domainError('listAlreadyClosed', 'The list of speakers is already closed.'));
  }
  return ok({ ...core, listOpen: false });
}

export function reopenList(core: MeetingCore) {
  if (core.listOpen) {
    return fail(domainError('listAlreadyOpen', 'The list of speakers is already open.'));
  }
  return ok({ ...core, listOpen: true });
}
