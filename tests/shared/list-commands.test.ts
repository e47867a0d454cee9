// The list of speakers: adding, correcting, removing, moving, closing and reopening.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/domain/commands.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import { MAX_SPEAKERS } from '../../shared/domain/list-order.ts';
import type { RoomState, Speaker } from '../../shared/domain/types.ts';
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
  refuse,
  roomWithSpeakers,
  run,
  seconds,
  speakerOf,
} from './fixtures.ts';

const room = makeRoom();
/** s1 speaking, s2..s5 waiting. */
const speaking = accept(room, { type: 'nextSpeaker', start: true });
/** s1 spoke, s2 speaking, s3..s5 waiting. */
const secondOnFloor = accept(speaking, { type: 'nextSpeaker', start: true }, after(minutes(3)));
const closed = accept(room, { type: 'closeList' });

describe('refusals', () => {
  it.each<[string, RoomState, Command, DomainErrorCode]>([
    [
      'addSpeaker to a closed list',
      closed,
      { type: 'addSpeaker', delegation: 'CHN' },
      'listClosed',
    ],
    [
      'addSpeaker before the history',
      secondOnFloor,
      { type: 'addSpeaker', delegation: 'CHN', position: 1 },
      'positionOutOfRange',
    ],
    [
      'addSpeaker past the end',
      room,
      { type: 'addSpeaker', delegation: 'CHN', position: 6 },
      'positionOutOfRange',
    ],
    [
      'addSpeaker to a full list',
      roomWithSpeakers(MAX_SPEAKERS),
      { type: 'addSpeaker', delegation: 'CHN' },
      'listFull',
    ],
    [
      'updateSpeaker, unknown id',
      room,
      { type: 'updateSpeaker', speakerId: 's9' },
      'unknownSpeaker',
    ],
    [
      'updateSpeaker, limit of one who spoke',
      secondOnFloor,
      { type: 'updateSpeaker', speakerId: 's1', limitMs: minutes(1) },
      'speakerNotWaiting',
    ],
    [
      'removeSpeaker, unknown id',
      room,
      { type: 'removeSpeaker', speakerId: 's9' },
      'unknownSpeaker',
    ],
    [
      'removeSpeaker, spoken',
      secondOnFloor,
      { type: 'removeSpeaker', speakerId: 's1' },
      'speakerNotWaiting',
    ],
    [
      'removeSpeaker, on the floor',
      secondOnFloor,
      { type: 'removeSpeaker', speakerId: 's2' },
      'speakerNotWaiting',
    ],
    [
      'moveSpeaker, unknown id',
      room,
      { type: 'moveSpeaker', speakerId: 's9', toIndex: 0 },
      'unknownSpeaker',
    ],
    [
      'moveSpeaker, spoken',
      secondOnFloor,
      { type: 'moveSpeaker', speakerId: 's1', toIndex: 4 },
      'speakerNotWaiting',
    ],
    [
      'moveSpeaker, on the floor',
      secondOnFloor,
      { type: 'moveSpeaker', speakerId: 's2', toIndex: 4 },
      'speakerNotWaiting',
    ],
    [
      'moveSpeaker into the history',
      secondOnFloor,
      { type: 'moveSpeaker', speakerId: 's5', toIndex: 1 },
      'positionOutOfRange',
    ],
    [
      'moveSpeaker past the end',
      room,
      { type: 'moveSpeaker', speakerId: 's1', toIndex: 5 },
      'positionOutOfRange',
    ],
    ['closeList, already closed', closed, { type: 'closeList' }, 'listAlreadyClosed'],
    ['reopenList, already open', room, { type: 'reopenList' }, 'listAlreadyOpen'],
  ])('%s is refused', (_name, state, command, code) => {
    expectRefused(state, command, code);
  });

  it.each([
    {
      command: { type: 'addSpeaker', delegation: 'CHN', position: 1 } as Command,
      path: 'position',
    },
    { command: { type: 'moveSpeaker', speakerId: 's5', toIndex: 0 } as Command, path: 'toIndex' },
  ])('a position out of range names its field: $path', ({ command, path }) => {
    const error = expectRefused(secondOnFloor, command, 'positionOutOfRange');
    expect(error.path).toBe(path);
    expect(error.message).toContain('from 2 to');
  });
});

describe('addSpeaker', () => {
  it('adds a waiting speaker at the end, with the next id', () => {
    const state = accept(room, { type: 'addSpeaker', delegation: 'CHN' });
    expect(meetingOf(state).speakers.at(-1)).toEqual<Speaker>({
      id: 's6',
      delegation: 'CHN',
      category: 'memberState',
      limitMs: null,
      status: 'waiting',
    });
    expect(meetingOf(state).nextId).toBe(7);
    expect(meetingOf(state).speakers.slice(0, 5)).toEqual(meetingOf(room).speakers);
  });

  it('keeps every field given', () => {
    const state = accept(room, {
      type: 'addSpeaker',
      delegation: 'NLD',
      speakerName: 'Karel van Oosterom',
      title: 'Permanent Representative',
      onBehalfOf: 'the Group of Friends of the Responsibility to Protect',
      category: 'memberState',
      limitMs: minutes(5),
    });
    expect(speakerOf(state, 's6')).toEqual<Speaker>({
      id: 's6',
      delegation: 'NLD',
      speakerName: 'Karel van Oosterom',
      title: 'Permanent Representative',
      onBehalfOf: 'the Group of Friends of the Responsibility to Protect',
      category: 'memberState',
      limitMs: minutes(5),
      status: 'waiting',
    });
  });

  it.each([
    // delegation typed, delegation stored, category by default
    ['FRA', 'FRA', 'memberState'],
    ['fra', 'FRA', 'memberState'],
    ['Gbr', 'GBR', 'memberState'],
    ['VAT', 'VAT', 'observer'],
    ['pse', 'PSE', 'observer'],
    ['European Union', 'European Union', 'intergovernmental'],
    // Three letters that are not a State stay as typed.
    ['Abc', 'Abc', 'intergovernmental'],
    ['ICRC', 'ICRC', 'intergovernmental'],
  ])('delegation %j is stored as %j, category %s', (typed, stored, category) => {
    const state = accept(room, { type: 'addSpeaker', delegation: typed });
    expect(speakerOf(state, 's6')).toMatchObject({ delegation: stored, category });
  });

  it('an explicit category wins over the default', () => {
    const state = accept(room, {
      type: 'addSpeaker',
      delegation: 'Global Centre for the Responsibility to Protect',
      category: 'civilSociety',
    });
    expect(speakerOf(state, 's6').category).toBe('civilSociety');
  });

  it.each([
    { position: 0, expected: ['s6', 's1', 's2', 's3', 's4', 's5'] },
    { position: 2, expected: ['s1', 's2', 's6', 's3', 's4', 's5'] },
    { position: 5, expected: ['s1', 's2', 's3', 's4', 's5', 's6'] },
  ])('at position $position', ({ position, expected }) => {
    const state = accept(room, { type: 'addSpeaker', delegation: 'CHN', position });
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual(expected);
  });

  it('the first free position is right after the history', () => {
    const state = accept(secondOnFloor, { type: 'addSpeaker', delegation: 'CHN', position: 2 });
    expect(listOf(state)).toEqual([
      's1:spoken',
      's2:speaking',
      's7:waiting', // s6 went to the record entry r6
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
  });

  it('adds to a closed list when the chair says so with afterClosure', () => {
    const state = accept(closed, { type: 'addSpeaker', delegation: 'CHN', afterClosure: true });
    expect(speakerOf(state, 's6').delegation).toBe('CHN');
    expect(meetingOf(state).listOpen).toBe(false);
  });

  it('fills the list to its last place', () => {
    const state = accept(roomWithSpeakers(MAX_SPEAKERS - 1), {
      type: 'addSpeaker',
      delegation: 'CHN',
    });
    expect(meetingOf(state).speakers).toHaveLength(MAX_SPEAKERS);
  });

  it('gives ids that are never reused, even after a removal', () => {
    const state = run(room, [
      { type: 'addSpeaker', delegation: 'CHN' },
      { type: 'removeSpeaker', speakerId: 's6' },
      { type: 'addSpeaker', delegation: 'IND' },
    ]);
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's7',
    ]);
  });
});

describe('updateSpeaker', () => {
  const named = makeRoom({
    speakers: [
      {
        delegation: 'NLD',
        speakerName: 'Karel van Oosterom',
        title: 'Permanent Representative',
        onBehalfOf: 'the Group of Friends',
        limitMs: minutes(5),
      },
    ],
  });

  it('changes the fields given and leaves the rest', () => {
    const state = accept(named, {
      type: 'updateSpeaker',
      speakerId: 's1',
      delegation: 'bel',
      title: 'Deputy Permanent Representative',
    });
    expect(speakerOf(state, 's1')).toEqual<Speaker>({
      id: 's1',
      delegation: 'BEL',
      speakerName: 'Karel van Oosterom',
      title: 'Deputy Permanent Representative',
      onBehalfOf: 'the Group of Friends',
      category: 'memberState',
      limitMs: minutes(5),
      status: 'waiting',
    });
  });

  it('clears the text fields given as null, and the limit back to the default', () => {
    const state = accept(named, {
      type: 'updateSpeaker',
      speakerId: 's1',
      speakerName: null,
      title: null,
      onBehalfOf: null,
      limitMs: null,
    });
    expect(speakerOf(state, 's1')).toEqual<Speaker>({
      id: 's1',
      delegation: 'NLD',
      category: 'memberState',
      limitMs: null,
      status: 'waiting',
    });
  });

  it('changes the category', () => {
    const state = accept(named, { type: 'updateSpeaker', speakerId: 's1', category: 'chair' });
    expect(speakerOf(state, 's1').category).toBe('chair');
  });

  it('a new limit for the speaker on the floor reaches their clock; null means the default', () => {
    const withLimit = accept(speaking, {
      type: 'updateSpeaker',
      speakerId: 's1',
      limitMs: minutes(4),
    });
    expect(floorOf(withLimit).timer.limitMs).toBe(minutes(4));
    const back = accept(withLimit, { type: 'updateSpeaker', speakerId: 's1', limitMs: null });
    expect(speakerOf(back, 's1').limitMs).toBeNull();
    expect(floorOf(back).timer.limitMs).toBe(minutes(3));
  });

  it('corrects a speaker who has spoken in the record of their speech too', () => {
    const state = accept(secondOnFloor, {
      type: 'updateSpeaker',
      speakerId: 's1',
      speakerName: 'Jean Dupont',
      delegation: 'BEL',
    });
    expect(speakerOf(state, 's1')).toMatchObject({ speakerName: 'Jean Dupont', delegation: 'BEL' });
    expect(meetingOf(state).record[0]).toMatchObject({
      speakerName: 'Jean Dupont',
      delegation: 'BEL',
    });
    expect(meetingOf(state).record[0]?.spokenMs).toBe(meetingOf(secondOnFloor).record[0]?.spokenMs);
  });

  it('re-derives a default category when the delegation changes, keeps a chosen one', () => {
    const derived = accept(makeRoom({ speakers: [{ delegation: 'European Union' }] }), {
      type: 'updateSpeaker',
      speakerId: 's1',
      delegation: 'FRA',
    });
    expect(speakerOf(derived, 's1')).toMatchObject({ delegation: 'FRA', category: 'memberState' });
    const chosen = accept(
      makeRoom({ speakers: [{ delegation: 'Global Centre', category: 'civilSociety' }] }),
      { type: 'updateSpeaker', speakerId: 's1', delegation: 'Global Centre for R2P' },
    );
    expect(speakerOf(chosen, 's1').category).toBe('civilSociety');
  });

  it('refuses an update that names no field', () => {
    expect(refuse(room, { type: 'updateSpeaker', speakerId: 's1' }).code).toBe('invalidCommand');
  });
});

describe('removeSpeaker', () => {
  it('takes a waiting speaker off the list', () => {
    const state = accept(room, { type: 'removeSpeaker', speakerId: 's3' });
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's5']);
  });

  it('takes an absent speaker off the list', () => {
    const state = run(room, [
      { type: 'skipSpeaker', speakerId: 's1' },
      { type: 'removeSpeaker', speakerId: 's1' },
    ]);
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual(['s2', 's3', 's4', 's5']);
  });
});

describe('moveSpeaker', () => {
  it.each([
    { id: 's5', toIndex: 0, expected: ['s5', 's1', 's2', 's3', 's4'] },
    { id: 's1', toIndex: 4, expected: ['s2', 's3', 's4', 's5', 's1'] },
    { id: 's2', toIndex: 3, expected: ['s1', 's3', 's4', 's2', 's5'] },
    { id: 's3', toIndex: 2, expected: ['s1', 's2', 's3', 's4', 's5'] },
  ])('$id to $toIndex', ({ id, toIndex, expected }) => {
    const state = accept(room, { type: 'moveSpeaker', speakerId: id, toIndex });
    expect(meetingOf(state).speakers.map((s) => s.id)).toEqual(expected);
  });

  it('moves only among those still to speak', () => {
    const state = accept(secondOnFloor, { type: 'moveSpeaker', speakerId: 's5', toIndex: 2 });
    expect(listOf(state)).toEqual([
      's1:spoken',
      's2:speaking',
      's5:waiting',
      's3:waiting',
      's4:waiting',
    ]);
  });

  it('an absent speaker moved up stays absent until called', () => {
    const state = run(room, [
      { type: 'skipSpeaker', speakerId: 's1' },
      { type: 'moveSpeaker', speakerId: 's1', toIndex: 1 },
    ]);
    expect(listOf(state)).toEqual([
      's2:waiting',
      's1:absent',
      's3:waiting',
      's4:waiting',
      's5:waiting',
    ]);
    expect(hasListShape(meetingOf(state).speakers)).toBe(true);
    // The waiting are called before the absent, wherever the absent stand.
    expect(floorOf(accept(state, { type: 'nextSpeaker' })).speakerId).toBe('s2');
    const next = run(state, [{ type: 'nextSpeaker', start: true }, { type: 'nextSpeaker' }]);
    expect(floorOf(next).speakerId).toBe('s3');
  });
});

describe('closeList and reopenList', () => {
  it('close and reopen the list', () => {
    expect(meetingOf(closed).listOpen).toBe(false);
    expect(meetingOf(accept(closed, { type: 'reopenList' })).listOpen).toBe(true);
  });

  it('a closed list still runs: speakers are called and removed', () => {
    const state = run(closed, [
      { type: 'nextSpeaker', start: true },
      { type: 'removeSpeaker', speakerId: 's5' },
      { type: 'moveSpeaker', speakerId: 's4', toIndex: 1 },
      { type: 'adjustTime', deltaMs: seconds(30) },
    ]);
    expect(listOf(state)).toEqual(['s1:speaking', 's4:waiting', 's2:waiting', 's3:waiting']);
  });
});

describe('updateSpeaker and the record', () => {
  it('leaves the record alone when only a title or a limit changes', () => {
    let state = makeRoom({ speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }] });
    state = run(state, [{ type: 'nextSpeaker', start: true }, { type: 'endSpeech' }]);
    const retitled = accept(state, { type: 'updateSpeaker', speakerId: 's1', title: 'Minister' });
    expect(meetingOf(retitled).record).toBe(meetingOf(state).record);
  });
});
