// Segments: the parts of a meeting, each with its own list and default limit. startSegment puts
// one in play; the list and floor commands then act on its list, the record says which segment
// each speech was held in, and undo brings the segment before back.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/domain/commands.ts';
import type { DomainErrorCode } from '../../shared/domain/errors.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  listOf,
  makeRoom,
  meetingOf,
  minutes,
  run,
  segmentedRoom,
  speakerOf,
  timeline,
} from './fixtures.ts';

const room = segmentedRoom();
/** The opening held: s1 and s2 spoke in seg-1, the floor is free. */
const openingHeld = timeline(room, [
  [after(0), { type: 'nextSpeaker', start: true }],
  [after(minutes(8)), { type: 'nextSpeaker', start: true }],
  [after(minutes(17)), { type: 'endSpeech' }],
]);
/** The panel in play after the opening. */
const panel = accept(openingHeld, { type: 'startSegment', segmentId: 'seg-2' }, after(minutes(18)));

const delegationsOf = (state: RoomState) => meetingOf(state).speakers.map((s) => s.delegation);

describe('a meeting set up in segments', () => {
  it('opens with its segments in order, ids seg-1.., the first in play', () => {
    const core = meetingOf(room);
    expect(core.segments).toEqual([
      { id: 'seg-1', title: 'Opening segment' },
      { id: 'seg-2', title: 'Interactive panel' },
      { id: 'seg-3', title: 'Interactive dialogue' },
    ]);
    expect(core.segmentId).toBe('seg-1');
    expect(delegationsOf(room)).toEqual(['President of the General Assembly', 'Secretary-General']);
    expect(core.meeting.defaultLimitMs).toBe(minutes(10));
  });

  it('parks the other segments with their lists and limits; ids run on across segments', () => {
    const { parked } = meetingOf(room);
    expect(Object.keys(parked).sort()).toEqual(['seg-2', 'seg-3']);
    expect(listOf(parked['seg-2'] ?? { speakers: [] })).toEqual([
      's3:waiting',
      's4:waiting',
      's5:waiting',
      's6:waiting',
    ]);
    expect(parked['seg-2']?.defaultLimitMs).toBe(minutes(7));
    // A segment given no limit takes the meeting's.
    expect(parked['seg-3']?.defaultLimitMs).toBe(minutes(3));
    expect(listOf(parked['seg-3'] ?? { speakers: [] })).toEqual([
      's7:waiting',
      's8:waiting',
      's9:waiting',
    ]);
    expect(meetingOf(room).nextId).toBe(10);
  });

  it('a meeting given no segments has one, untitled, holding its list', () => {
    const single = meetingOf(makeRoom());
    expect(single.segments).toEqual([{ id: 'seg-1', title: '' }]);
    expect(single.parked).toEqual({});
    expect(single.speakers).toHaveLength(5);
  });

  it('the public view shows the segments and the one in play, not the parked lists', () => {
    const view = publicView(panel);
    expect(view.segments).toBe(meetingOf(panel).segments);
    expect(view.segmentId).toBe('seg-2');
    expect(view.speakers).toBe(meetingOf(panel).speakers);
    expect(view).not.toHaveProperty('parked');
  });
});

describe('startSegment', () => {
  it('swaps the list in play and its default limit, parking the one before', () => {
    const core = meetingOf(panel);
    expect(core.segmentId).toBe('seg-2');
    expect(listOf(panel)).toEqual(['s3:waiting', 's4:waiting', 's5:waiting', 's6:waiting']);
    expect(core.meeting.defaultLimitMs).toBe(minutes(7));
    expect(core.parked['seg-1']).toEqual({
      speakers: meetingOf(openingHeld).speakers,
      defaultLimitMs: minutes(10),
    });
    expect(core.parked['seg-3']).toBe(meetingOf(openingHeld).parked['seg-3']);
    expect(core.parked).not.toHaveProperty('seg-2');
  });

  it('keeps the record, the notice and the rest of the meeting as they were', () => {
    const before = meetingOf(openingHeld);
    const core = meetingOf(panel);
    expect(core.record).toBe(before.record);
    expect(core.interpretation).toBe(before.interpretation);
    expect(core.status).toBe(before.status);
    expect({ ...core.meeting, defaultLimitMs: 0 }).toEqual({
      ...before.meeting,
      defaultLimitMs: 0,
    });
  });

  it('may go back to a segment held before: its list comes back as it was left', () => {
    const back = accept(panel, { type: 'startSegment', segmentId: 'seg-1' });
    expect(meetingOf(back).speakers).toBe(meetingOf(openingHeld).speakers);
    expect(listOf(back)).toEqual(['s1:spoken', 's2:spoken']);
    expect(meetingOf(back).meeting.defaultLimitMs).toBe(minutes(10));
  });

  it('may skip a segment, and is taken while the meeting is suspended', () => {
    const suspended = accept(room, { type: 'suspendMeeting' });
    const dialogue = accept(suspended, { type: 'startSegment', segmentId: 'seg-3' });
    expect(meetingOf(dialogue).segmentId).toBe('seg-3');
    expect(delegationsOf(dialogue)).toEqual(['FRA', 'DEU', 'GBR']);
    expect(meetingOf(dialogue).meeting.defaultLimitMs).toBe(minutes(3));
  });

  it.each<[string, RoomState, Command, DomainErrorCode, string | undefined]>([
    [
      'a segment the meeting does not have',
      room,
      { type: 'startSegment', segmentId: 'seg-4' },
      'unknownSegment',
      'segmentId',
    ],
    [
      'a segment given by its title',
      room,
      { type: 'startSegment', segmentId: 'Interactive panel' },
      'unknownSegment',
      'segmentId',
    ],
    [
      'the segment already in play',
      room,
      { type: 'startSegment', segmentId: 'seg-1' },
      'segmentInPlay',
      'segmentId',
    ],
    [
      'while a speech runs',
      accept(room, { type: 'nextSpeaker', start: true }),
      { type: 'startSegment', segmentId: 'seg-2' },
      'speechInProgress',
      undefined,
    ],
    [
      'in a meeting of one segment',
      makeRoom(),
      { type: 'startSegment', segmentId: 'seg-2' },
      'unknownSegment',
      'segmentId',
    ],
  ])('refuses %s', (_name, state, command, code, path) => {
    expect(expectRefused(state, command, code).path).toBe(path);
  });

  it('takes a speaker called but not started back to their place, the floor free', () => {
    const called = accept(room, { type: 'nextSpeaker' });
    const calledId = meetingOf(called).floor?.speakerId;
    const moved = accept(called, { type: 'startSegment', segmentId: 'seg-2' });
    expect(meetingOf(moved).floor).toBeNull();
    const back = accept(moved, { type: 'startSegment', segmentId: 'seg-1' });
    expect(listOf(back)).toEqual(listOf(room));
    expect(meetingOf(back).speakers.find((s) => s.id === calledId)?.status).toBe('waiting');
    // Undo brings the call back, in the segment it was made in.
    const undone = accept(moved, { type: 'undo' });
    expect(meetingOf(undone).floor?.speakerId).toBe(calledId);
    expect(meetingOf(undone).segmentId).toBe('seg-1');
  });

  it('names the segments the meeting has when one is unknown', () => {
    const error = expectRefused(
      room,
      { type: 'startSegment', segmentId: 'seg-9' },
      'unknownSegment',
    );
    expect(error.message).toContain('seg-1, seg-2, seg-3');
  });
});

describe('the list commands act on the segment in play', () => {
  it("addSpeaker adds to the segment in play's list, the parked lists untouched", () => {
    const state = accept(panel, { type: 'addSpeaker', delegation: 'Panellist 5' });
    // s10 and s11 went to the record of the opening's two speeches (r10, r11).
    expect(speakerOf(state, 's12').delegation).toBe('Panellist 5');
    expect(listOf(state).at(-1)).toBe('s12:waiting');
    expect(meetingOf(state).parked).toBe(meetingOf(panel).parked);
  });

  it('a speaker of a parked segment is not on the list in play', () => {
    expectRefused(
      panel,
      { type: 'updateSpeaker', speakerId: 's7', title: 'Ambassador' },
      'unknownSpeaker',
    );
    expectRefused(panel, { type: 'removeSpeaker', speakerId: 's1' }, 'unknownSpeaker');
    expectRefused(panel, { type: 'skipSpeaker', speakerId: 's8' }, 'unknownSpeaker');
  });

  it("nextSpeaker calls the segment's first speaker with the segment's limit", () => {
    const state = accept(panel, { type: 'nextSpeaker', start: true }, after(minutes(20)));
    expect(floorOf(state)).toMatchObject({
      speakerId: 's3',
      timer: { limitMs: minutes(7), startedAt: after(minutes(20)) },
    });
  });

  it('a speaker with their own limit keeps it in any segment', () => {
    const state = run(panel, [
      { type: 'setTimeLimit', speakerId: 's3', limitMs: minutes(4) },
      { type: 'nextSpeaker' },
    ]);
    expect(floorOf(state).timer.limitMs).toBe(minutes(4));
  });

  it('previousSpeaker does not reach back into another segment', () => {
    expectRefused(panel, { type: 'previousSpeaker' }, 'noPreviousSpeech');
  });

  it('closing the list closes it for the meeting, whichever segment is in play', () => {
    const closed = accept(room, { type: 'closeList' });
    const later = accept(closed, { type: 'startSegment', segmentId: 'seg-2' });
    expect(meetingOf(later).listOpen).toBe(false);
    expectRefused(later, { type: 'addSpeaker', delegation: 'Panellist 5' }, 'listClosed');
  });

  it('updateMeeting changes the default limit of the segment in play only', () => {
    const state = run(panel, [
      { type: 'updateMeeting', defaultLimitMs: minutes(5) },
      { type: 'startSegment', segmentId: 'seg-3' },
    ]);
    expect(meetingOf(state).parked['seg-2']?.defaultLimitMs).toBe(minutes(5));
    expect(meetingOf(state).meeting.defaultLimitMs).toBe(minutes(3));
  });
});

describe('the record says which segment each speech was held in', () => {
  it('speeches of the opening are in seg-1, of the panel in seg-2', () => {
    const state = timeline(panel, [
      [after(minutes(20)), { type: 'nextSpeaker', start: true }],
      [after(minutes(26)), { type: 'endSpeech' }],
    ]);
    expect(meetingOf(state).record.map((r) => [r.id, r.speakerId, r.segmentId, r.limitMs])).toEqual(
      [
        ['r10', 's1', 'seg-1', minutes(10)],
        ['r11', 's2', 'seg-1', minutes(10)],
        ['r12', 's3', 'seg-2', minutes(7)],
      ],
    );
  });

  it('a speech ended by adjournment is recorded in the segment in play', () => {
    const state = timeline(panel, [
      [after(minutes(20)), { type: 'nextSpeaker', start: true }],
      [after(minutes(21)), { type: 'adjournMeeting' }],
    ]);
    expect(meetingOf(state).record.at(-1)).toMatchObject({ speakerId: 's3', segmentId: 'seg-2' });
  });
});

describe('undo inside segments', () => {
  it('undo of startSegment brings the segment before back, with its list and limit', () => {
    const undone = accept(panel, { type: 'undo' });
    expect(meetingOf(undone)).toEqual(meetingOf(openingHeld));
    expect(meetingOf(undone).segmentId).toBe('seg-1');
    expect(meetingOf(undone).meeting.defaultLimitMs).toBe(minutes(10));
  });

  it('undo of a command in a segment leaves the segment in play', () => {
    const added = accept(panel, { type: 'addSpeaker', delegation: 'Panellist 5' });
    const undone = accept(added, { type: 'undo' });
    expect(meetingOf(undone).segmentId).toBe('seg-2');
    expect(listOf(undone)).toEqual(listOf(panel));
  });
});

describe('the batch commands inside a segment', () => {
  const entries = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ delegation: `Delegation ${i + 1}` }));
  /** The dialogue in play, its first speaker (s7) has spoken, the second (s8) on the floor. */
  const dialogue = timeline(panel, [
    [after(minutes(19)), { type: 'startSegment', segmentId: 'seg-3' }],
    [after(minutes(20)), { type: 'nextSpeaker', start: true }],
    [after(minutes(23)), { type: 'nextSpeaker', start: true }],
  ]);

  it('addSpeakers adds the whole batch to the list in play: one version, one undo step', () => {
    const added = accept(dialogue, { type: 'addSpeakers', speakers: entries(193) });
    expect(meetingOf(added).speakers).toHaveLength(3 + 193);
    expect(meetingOf(added).parked).toBe(meetingOf(dialogue).parked);
    expect(added.history.at(-1)?.commandType).toBe('addSpeakers');
    const undone = accept(added, { type: 'undo' });
    expect(meetingOf(undone).speakers).toEqual(meetingOf(dialogue).speakers);
    expect(meetingOf(undone).segmentId).toBe('seg-3');
    // Ids handed out are never handed out again.
    expect(meetingOf(undone).nextId).toBe(meetingOf(dialogue).nextId + 193);
  });

  it("replaceList replaces who is still to speak in the segment's list, keeping its history", () => {
    const replaced = accept(dialogue, { type: 'replaceList', speakers: entries(2) });
    const first = meetingOf(dialogue).nextId;
    expect(listOf(replaced)).toEqual([
      's7:spoken',
      's8:speaking',
      `s${first}:waiting`,
      `s${first + 1}:waiting`,
    ]);
    expect(meetingOf(replaced).floor).toBe(meetingOf(dialogue).floor);
    // The other segments' lists are theirs: the opening's history and the panel's waiting.
    expect(meetingOf(replaced).parked).toBe(meetingOf(dialogue).parked);
    expect(listOf(meetingOf(replaced).parked['seg-2'] ?? { speakers: [] })).toEqual(listOf(panel));
  });

  it('undo of replaceList brings the replaced speakers of the segment back', () => {
    const replaced = accept(dialogue, { type: 'replaceList', speakers: [] });
    expect(listOf(replaced)).toEqual(['s7:spoken', 's8:speaking']);
    const undone = accept(replaced, { type: 'undo' });
    expect(meetingOf(undone).speakers).toEqual(meetingOf(dialogue).speakers);
    expect(meetingOf(undone).floor).toEqual(meetingOf(dialogue).floor);
  });

  it('a batch set in one segment stays there when another comes into play', () => {
    const state = run(panel, [
      { type: 'addSpeakers', speakers: entries(2), position: 0 },
      { type: 'startSegment', segmentId: 'seg-3' },
    ]);
    expect(delegationsOf(state)).toEqual(['FRA', 'DEU', 'GBR']);
    expect(
      meetingOf(state)
        .parked['seg-2']?.speakers.map((s) => s.delegation)
        .slice(0, 3),
    ).toEqual(['Delegation 1', 'Delegation 2', 'Panellist 1']);
  });
});
