// The batch list commands: addSpeakers and replaceList, each one version and one undo step.
import { describe, expect, it } from 'vitest';
import { applyInput } from '../../shared/domain/apply.ts';
import type { Command, SpeakerEntry } from '../../shared/domain/commands.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import { MAX_SPEAKERS } from '../../shared/domain/list-order.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  hasListShape,
  listOf,
  makeRoom,
  meetingOf,
  minutes,
  roomWithSpeakers,
  speakerOf,
  T0,
} from './fixtures.ts';

const room = makeRoom();
/** s1 spoke, s2 has the floor with a running clock, s3..s5 waiting. */
const secondOnFloor = accept(
  accept(room, { type: 'nextSpeaker', start: true }),
  { type: 'nextSpeaker', start: true },
  after(minutes(3)),
);
/** As secondOnFloor, with s3 passed over (absent, at the end). */
const withAbsent = accept(
  secondOnFloor,
  { type: 'skipSpeaker', speakerId: 's3' },
  after(minutes(4)),
);
const closed = accept(room, { type: 'closeList' });
const adjourned = accept(room, { type: 'adjournMeeting' });
const suspended = accept(secondOnFloor, { type: 'suspendMeeting' }, after(minutes(4)));

/** `count` speakers 'New 1'..'New N'. */
const entries = (count: number): SpeakerEntry[] =>
  Array.from({ length: count }, (_, i) => ({ delegation: `New ${i + 1}` }));

const delegationsOf = (state: RoomState) => meetingOf(state).speakers.map((s) => s.delegation);

describe('addSpeakers', () => {
  it.each<[string, RoomState, Command, string[]]>([
    [
      'at the end by default, in order',
      room,
      { type: 'addSpeakers', speakers: entries(3) },
      ['FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'New 1', 'New 2', 'New 3'],
    ],
    [
      'at a position, in order',
      room,
      { type: 'addSpeakers', speakers: entries(2), position: 1 },
      ['FRA', 'New 1', 'New 2', 'DEU', 'GBR', 'JPN', 'BRA'],
    ],
    [
      'at position 0 of a list with no history',
      room,
      { type: 'addSpeakers', speakers: entries(1), position: 0 },
      ['New 1', 'FRA', 'DEU', 'GBR', 'JPN', 'BRA'],
    ],
    [
      'right after the history',
      secondOnFloor,
      { type: 'addSpeakers', speakers: entries(2), position: 2 },
      ['FRA', 'DEU', 'New 1', 'New 2', 'GBR', 'JPN', 'BRA'],
    ],
    [
      'to a closed list with afterClosure',
      closed,
      { type: 'addSpeakers', speakers: entries(1), afterClosure: true },
      ['FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'New 1'],
    ],
    [
      'while suspended, with a speech on the floor',
      suspended,
      { type: 'addSpeakers', speakers: entries(1) },
      ['FRA', 'DEU', 'GBR', 'JPN', 'BRA', 'New 1'],
    ],
  ])('%s', (_name, before, command, delegations) => {
    const next = accept(before, command);
    expect(delegationsOf(next)).toEqual(delegations);
    expect(hasListShape(meetingOf(next).speakers)).toBe(true);
    expect(meetingOf(next).floor).toEqual(meetingOf(before).floor);
    expect(meetingOf(next).listOpen).toBe(meetingOf(before).listOpen);
  });

  it('gives each new speaker the next id, as addSpeaker does', () => {
    const next = accept(room, { type: 'addSpeakers', speakers: entries(3) });
    expect(listOf(next).slice(-3)).toEqual(['s6:waiting', 's7:waiting', 's8:waiting']);
    expect(meetingOf(next).nextId).toBe(meetingOf(room).nextId + 3);
  });

  it('builds each speaker exactly as addSpeaker does', () => {
    const fields: SpeakerEntry[] = [
      { delegation: 'gbr' },
      { delegation: 'vat', speakerName: 'Mgr. X', title: 'Observer' },
      { delegation: 'European Union', onBehalfOf: 'its member States', limitMs: minutes(5) },
      { delegation: 'ICRC', category: 'civilSociety' },
    ];
    const batch = accept(room, { type: 'addSpeakers', speakers: fields });
    const oneByOne = fields.reduce<RoomState>(
      (state, entry) => accept(state, { type: 'addSpeaker', ...entry }),
      room,
    );
    expect(meetingOf(batch).speakers).toEqual(meetingOf(oneByOne).speakers);
    expect(
      meetingOf(batch)
        .speakers.slice(-4)
        .map((s) => [s.delegation, s.category, s.limitMs]),
    ).toEqual([
      ['GBR', 'memberState', null],
      ['VAT', 'observer', null],
      ['European Union', 'intergovernmental', minutes(5)],
      ['ICRC', 'civilSociety', null],
    ]);
  });

  it('fills the list to its maximum exactly', () => {
    const next = accept(roomWithSpeakers(MAX_SPEAKERS - 2), {
      type: 'addSpeakers',
      speakers: entries(2),
    });
    expect(meetingOf(next).speakers).toHaveLength(MAX_SPEAKERS);
  });

  it('is one undo step: undo takes the whole batch back', () => {
    const added = accept(room, { type: 'addSpeakers', speakers: entries(193) });
    expect(meetingOf(added).speakers).toHaveLength(198);
    expect(added.history.at(-1)?.commandType).toBe('addSpeakers');
    const undone = accept(added, { type: 'undo' });
    expect(meetingOf(undone).speakers).toEqual(meetingOf(room).speakers);
    // Ids handed out are never handed out again.
    expect(meetingOf(undone).nextId).toBe(meetingOf(room).nextId + 193);
  });
});

describe('replaceList', () => {
  it('replaces everyone still to speak, keeping the history and the floor', () => {
    const next = accept(withAbsent, { type: 'replaceList', speakers: entries(2) });
    const first = meetingOf(withAbsent).nextId;
    expect(listOf(next)).toEqual([
      's1:spoken',
      's2:speaking',
      `s${first}:waiting`,
      `s${first + 1}:waiting`,
    ]);
    expect(delegationsOf(next)).toEqual(['FRA', 'DEU', 'New 1', 'New 2']);
    expect(meetingOf(next).floor).toEqual(meetingOf(withAbsent).floor);
    expect(floorOf(next).speakerId).toBe('s2');
    expect(meetingOf(next).record).toEqual(meetingOf(withAbsent).record);
    expect(speakerOf(next, 's1')).toEqual(speakerOf(withAbsent, 's1'));
  });

  it.each<[string, RoomState, number, string[]]>([
    ['a list with no history', room, 2, ['New 1', 'New 2']],
    ['an empty batch clears who is still to speak', secondOnFloor, 0, ['FRA', 'DEU']],
    ['while suspended', suspended, 1, ['FRA', 'DEU', 'New 1']],
    ['up to the maximum, history included', secondOnFloor, MAX_SPEAKERS - 2, []],
  ])('%s', (_name, before, count, delegations) => {
    const next = accept(before, { type: 'replaceList', speakers: entries(count) });
    if (delegations.length > 0) expect(delegationsOf(next)).toEqual(delegations);
    expect(meetingOf(next).speakers).toHaveLength(historyOf(before) + count);
    expect(hasListShape(meetingOf(next).speakers)).toBe(true);
    expect(meetingOf(next).nextId).toBe(meetingOf(before).nextId + count);
  });

  it('keeps a closed list closed (afterClosure given)', () => {
    const next = accept(closed, { type: 'replaceList', speakers: entries(1), afterClosure: true });
    expect(meetingOf(next).listOpen).toBe(false);
    expect(delegationsOf(next)).toEqual(['New 1']);
  });

  it('is one undo step: undo brings the replaced speakers back', () => {
    const replaced = accept(withAbsent, { type: 'replaceList', speakers: entries(3) });
    const undone = accept(replaced, { type: 'undo' });
    expect(meetingOf(undone).speakers).toEqual(meetingOf(withAbsent).speakers);
    expect(meetingOf(undone).floor).toEqual(meetingOf(withAbsent).floor);
  });
});

function historyOf(state: RoomState): number {
  return meetingOf(state).speakers.filter((s) => s.status === 'spoken' || s.status === 'speaking')
    .length;
}

describe('refusals, whole', () => {
  it.each<[string, RoomState, Command, DomainErrorCode]>([
    [
      'addSpeakers to a closed list',
      closed,
      { type: 'addSpeakers', speakers: entries(2) },
      'listClosed',
    ],
    [
      'replaceList on a closed list',
      closed,
      { type: 'replaceList', speakers: entries(2) },
      'listClosed',
    ],
    [
      'addSpeakers inside the history',
      secondOnFloor,
      { type: 'addSpeakers', speakers: entries(2), position: 1 },
      'positionOutOfRange',
    ],
    [
      'addSpeakers past the end',
      room,
      { type: 'addSpeakers', speakers: entries(2), position: 6 },
      'positionOutOfRange',
    ],
    [
      'addSpeakers one past the maximum',
      roomWithSpeakers(MAX_SPEAKERS - 2),
      { type: 'addSpeakers', speakers: entries(3) },
      'listFull',
    ],
    [
      'replaceList one past the maximum with the history',
      secondOnFloor,
      { type: 'replaceList', speakers: entries(MAX_SPEAKERS - 1) },
      'listFull',
    ],
    [
      'addSpeakers after adjournment',
      adjourned,
      { type: 'addSpeakers', speakers: entries(1) },
      'meetingAdjourned',
    ],
    [
      'replaceList after adjournment',
      adjourned,
      { type: 'replaceList', speakers: [] },
      'meetingAdjourned',
    ],
  ])('%s', (_name, state, command, code) => {
    const error = expectRefused(state, command, code);
    if (code === 'positionOutOfRange') expect(error.path).toBe('position');
  });

  it('says how much room is left when a batch does not fit', () => {
    const error = expectRefused(
      roomWithSpeakers(MAX_SPEAKERS - 2),
      { type: 'addSpeakers', speakers: entries(3) },
      'listFull',
    );
    expect(error.message).toBe('The list holds at most 600 speakers: there is room for 2, not 3.');
  });
});

describe('bad input: the first bad speaker is named, nothing changes', () => {
  const good = entries(20);
  const withBad = (index: number, bad: Record<string, unknown>) =>
    good.map((entry, i) => (i === index ? bad : entry));

  it.each<[string, unknown, DomainErrorCode, string]>([
    ['an empty batch', { type: 'addSpeakers', speakers: [] }, 'invalidCommand', 'speakers'],
    [
      'more than a whole list',
      { type: 'addSpeakers', speakers: entries(MAX_SPEAKERS + 1) },
      'invalidCommand',
      'speakers',
    ],
    [
      'more than a whole list, replaceList',
      { type: 'replaceList', speakers: entries(MAX_SPEAKERS + 1) },
      'invalidCommand',
      'speakers',
    ],
    ['no speakers field', { type: 'replaceList' }, 'invalidCommand', 'speakers'],
    [
      'a delegation too long',
      { type: 'addSpeakers', speakers: withBad(17, { delegation: 'x'.repeat(121) }) },
      'textTooLong',
      'speakers.17.delegation',
    ],
    [
      'an empty delegation',
      { type: 'replaceList', speakers: withBad(3, { delegation: '   ' }) },
      'invalidCommand',
      'speakers.3.delegation',
    ],
    [
      'a hidden character',
      { type: 'addSpeakers', speakers: withBad(0, { delegation: 'Fr\u202Eance' }) },
      'invalidText',
      'speakers.0.delegation',
    ],
    [
      'a limit out of range',
      { type: 'addSpeakers', speakers: withBad(19, { delegation: 'FRA', limitMs: 5 }) },
      'outOfRange',
      'speakers.19.limitMs',
    ],
    [
      'an unknown category',
      { type: 'replaceList', speakers: withBad(5, { delegation: 'FRA', category: 'press' }) },
      'invalidCommand',
      'speakers.5.category',
    ],
    [
      'a status given',
      { type: 'addSpeakers', speakers: withBad(8, { delegation: 'FRA', status: 'spoken' }) },
      'invalidCommand',
      'speakers.8',
    ],
    [
      'the first of two bad ones',
      {
        type: 'addSpeakers',
        speakers: withBad(4, { delegation: '' }).map((e, i) => (i === 9 ? { delegation: '' } : e)),
      },
      'invalidCommand',
      'speakers.4.delegation',
    ],
  ])('%s', (_name, input, code, path) => {
    const before = JSON.stringify(room);
    const result = applyInput(room, input, T0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path).toBe(path);
    expect(result.error.message.startsWith(`${path}: `)).toBe(true);
    expect(JSON.stringify(room)).toBe(before);
  });
});
