// What clients see, and which parts a change message carries.
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../shared/domain/apply-change.ts';
import type { Command } from '../../shared/domain/commands.ts';
import {
  changedParts,
  publicView,
  ROOM_PARTS,
  type RoomPart,
} from '../../shared/domain/public-view.ts';
import { UNDO_DEPTH, type RoomState } from '../../shared/domain/types.ts';
import { accept, after, makeRoom, meetingOf, minutes, run, seconds } from './fixtures.ts';

const room = makeRoom();
const called = accept(room, { type: 'nextSpeaker' });
const speaking = accept(called, { type: 'startSpeech' });
const paused = accept(speaking, { type: 'pauseSpeech' }, after(seconds(20)));
const spoken = accept(speaking, { type: 'endSpeech' }, after(minutes(2)));
const announced = accept(room, { type: 'announce', text: 'Welcome' });
const closed = accept(room, { type: 'closeList' });

/** The parts a command changes, in ROOM_PARTS order (a patch of the list counts as `speakers`). */
function partsChangedBy(state: RoomState, command: Command, at = after(minutes(1))): RoomPart[] {
  const next = accept(state, command, at);
  const change = changedParts(publicView(state), publicView(next));
  // Each change, applied to the view before it, gives the view after it.
  const rebuilt = applyChange(publicView(state), change);
  expect({ ...rebuilt, version: next.version }).toEqual(publicView(next));
  return Object.keys(change).map((k) => (k === 'speakerPatch' ? 'speakers' : k)) as RoomPart[];
}

describe('publicView', () => {
  it('shows everything but the record, the undo history, the parked lists and the id counter', () => {
    const view = publicView(spoken);
    expect(Object.keys(view).sort()).toEqual(
      [
        'roomId',
        'version',
        'room',
        'meetingId',
        'meeting',
        'segments',
        'segmentId',
        'upcoming',
        'status',
        'listOpen',
        'interpretation',
        'booths',
        'announcement',
        'speakers',
        'floor',
        'undo',
        'pace',
      ].sort(),
    );
    expect(view).toMatchObject({
      roomId: 'cr4',
      version: 3,
      room: { name: 'cr4', timeZone: 'America/New_York' },
      meetingId: '2017-09-06-1',
      segments: [{ id: 'seg-1', title: '' }],
      segmentId: 'seg-1',
      upcoming: [],
      speakers: meetingOf(spoken).speakers,
      floor: null,
      undo: { available: 3, next: 'endSpeech' },
      pace: { factor: 1, changeoverMs: 15_000 },
    });
  });

  it('a new room has nothing to undo', () => {
    expect(publicView(room).undo).toEqual({ available: 0, next: null });
  });

  it('shares the parts of the state, so unchanged parts keep their identity', () => {
    const view = publicView(room);
    expect(view.meeting).toBe(meetingOf(room).meeting);
    expect(view.speakers).toBe(meetingOf(room).speakers);
  });
});

describe('changedParts', () => {
  it.each<[string, RoomState, Command, RoomPart[]]>([
    ['pauseSpeech', speaking, { type: 'pauseSpeech' }, ['floor', 'undo']],
    ['resumeSpeech', paused, { type: 'resumeSpeech' }, ['floor', 'undo']],
    ['adjustTime', speaking, { type: 'adjustTime', deltaMs: seconds(30) }, ['floor', 'undo']],
    [
      'startSpeech opening the meeting',
      called,
      { type: 'startSpeech' },
      ['status', 'floor', 'undo'],
    ],
    [
      'startSpeech in session',
      run(room, [{ type: 'resumeMeeting' }, { type: 'nextSpeaker' }]),
      { type: 'startSpeech' },
      ['floor', 'undo'],
    ],
    ['nextSpeaker', room, { type: 'nextSpeaker' }, ['speakers', 'floor', 'undo']],
    [
      'nextSpeaker with start',
      room,
      { type: 'nextSpeaker', start: true },
      ['status', 'speakers', 'floor', 'undo'],
    ],
    ['endSpeech', speaking, { type: 'endSpeech' }, ['speakers', 'floor', 'undo']],
    [
      'skipSpeaker of a waiting speaker',
      speaking,
      { type: 'skipSpeaker', speakerId: 's3' },
      ['speakers', 'undo'],
    ],
    [
      'setTimeLimit of a waiting speaker',
      speaking,
      { type: 'setTimeLimit', speakerId: 's3', limitMs: minutes(1) },
      ['speakers', 'undo'],
    ],
    [
      'setTimeLimit on the floor',
      speaking,
      { type: 'setTimeLimit', limitMs: minutes(1) },
      ['speakers', 'floor', 'undo'],
    ],
    ['addSpeaker', room, { type: 'addSpeaker', delegation: 'CHN' }, ['speakers', 'undo']],
    [
      'updateSpeaker',
      room,
      { type: 'updateSpeaker', speakerId: 's1', title: 'Ambassador' },
      ['speakers', 'undo'],
    ],
    ['removeSpeaker', room, { type: 'removeSpeaker', speakerId: 's1' }, ['speakers', 'undo']],
    [
      'moveSpeaker',
      room,
      { type: 'moveSpeaker', speakerId: 's1', toIndex: 3 },
      ['speakers', 'undo'],
    ],
    ['closeList', room, { type: 'closeList' }, ['listOpen', 'undo']],
    ['reopenList', closed, { type: 'reopenList' }, ['listOpen', 'undo']],
    [
      'setInterpretation',
      room,
      { type: 'setInterpretation', status: 'unavailable' },
      ['interpretation', 'undo'],
    ],
    ['announce', room, { type: 'announce', text: 'Hello' }, ['announcement', 'undo']],
    ['clearAnnouncement', announced, { type: 'clearAnnouncement' }, ['announcement', 'undo']],
    ['suspendMeeting, nobody speaking', room, { type: 'suspendMeeting' }, ['status', 'undo']],
    [
      'suspendMeeting, clock running',
      speaking,
      { type: 'suspendMeeting' },
      ['status', 'floor', 'undo'],
    ],
    [
      'resumeMeeting',
      accept(room, { type: 'suspendMeeting' }),
      { type: 'resumeMeeting' },
      ['status', 'undo'],
    ],
    ['adjournMeeting, nobody on the floor', room, { type: 'adjournMeeting' }, ['status', 'undo']],
    [
      'adjournMeeting, speech under way',
      speaking,
      { type: 'adjournMeeting' },
      ['status', 'speakers', 'floor', 'undo'],
    ],
    [
      'updateMeeting',
      room,
      { type: 'updateMeeting', title: 'High-level dialogue' },
      ['meeting', 'undo'],
    ],
    ['undo of pauseSpeech', paused, { type: 'undo' }, ['floor', 'undo']],
    ['undo of closeList', closed, { type: 'undo' }, ['listOpen', 'undo']],
    ['undo of endSpeech', spoken, { type: 'undo' }, ['speakers', 'floor', 'undo']],
  ])('%s changes only %j', (_name, state, command, parts) => {
    expect(partsChangedBy(state, command)).toEqual(parts);
  });

  it('carries the new value of each part changed', () => {
    const change = changedParts(publicView(speaking), publicView(paused));
    const { pauses: _pauses, ...clock } = meetingOf(paused).floor?.timer ?? { pauses: [] };
    expect(change).toEqual({
      floor: { speakerId: meetingOf(paused).floor?.speakerId, timer: clock },
      undo: { available: 3, next: 'pauseSpeech' },
    });
  });

  it('sends the clock without its pauses, however often the chair paused', () => {
    let state = speaking;
    for (let i = 1; i <= 20; i += 1) {
      state = accept(state, { type: 'pauseSpeech' }, after(seconds(2 * i)));
      state = accept(state, { type: 'resumeSpeech' }, after(seconds(2 * i + 1)));
    }
    expect(meetingOf(state).floor?.timer.pauses).toHaveLength(20);
    const paused = accept(state, { type: 'pauseSpeech' }, after(seconds(60)));
    const change = changedParts(publicView(state), publicView(paused));
    expect(change.floor?.timer).not.toHaveProperty('pauses');
    expect(JSON.stringify(change).length).toBeLessThan(200);
  });

  it('calls the next speaker with a patch of two speakers, not the list', () => {
    const long = makeRoom({
      speakers: Array.from({ length: 193 }, (_, i) => ({ delegation: `Delegation ${i}` })),
    });
    const first = accept(long, { type: 'nextSpeaker', start: true });
    const second = accept(first, { type: 'nextSpeaker', start: true }, after(minutes(3)));
    const change = changedParts(publicView(first), publicView(second));
    expect(change.speakers).toBeUndefined();
    expect(change.speakerPatch?.updated.map((s) => s.status)).toEqual(['spoken', 'speaking']);
    expect(change.speakerPatch?.order).toBeUndefined();
    const whole = JSON.stringify(meetingOf(second).speakers).length;
    expect(JSON.stringify(change).length).toBeLessThan(whole / 20);
  });

  it('sends the new order when a speaker moves, and the speaker itself only if it changed', () => {
    const change = changedParts(
      publicView(room),
      publicView(accept(room, { type: 'moveSpeaker', speakerId: 's1', toIndex: 3 })),
    );
    expect(change.speakerPatch?.updated).toEqual([]);
    expect(change.speakerPatch?.order?.indexOf('s1')).toBe(3);
  });

  it('sends the whole list when most of it changed', () => {
    const empty = makeRoom({ speakers: [] });
    const filled = run(empty, [
      { type: 'addSpeaker', delegation: 'FRA' },
      { type: 'addSpeaker', delegation: 'CHN' },
    ]);
    const change = changedParts(publicView(empty), publicView(filled));
    expect(change.speakers).toEqual(meetingOf(filled).speakers);
    expect(change.speakerPatch).toBeUndefined();
  });

  it('undo information equal by value is not a change', () => {
    // A full history whose last command is an announcement: one more keeps it full, same type.
    let state = room;
    for (let i = 0; i < UNDO_DEPTH; i += 1)
      state = accept(state, { type: 'announce', text: `${i}` });
    expect(partsChangedBy(state, { type: 'announce', text: 'again' })).toEqual(['announcement']);
  });

  it('two views of one state differ in nothing', () => {
    expect(changedParts(publicView(spoken), publicView(spoken))).toEqual({});
  });

  it('knows every part of the public state but the room id and version', () => {
    const keys = Object.keys(publicView(room)).filter((k) => k !== 'roomId' && k !== 'version');
    expect([...ROOM_PARTS].sort()).toEqual(keys.sort());
  });
});
