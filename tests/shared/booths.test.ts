// The interpreters' booths: their reports, the notice composed from them while the chair follows
// them, "slower, please" on the floor and in the record, and how the chair's undo leaves them.
import { describe, expect, it } from 'vitest';
import { interpretationFromBooths } from '../../shared/domain/booths.ts';
import { issuerOf } from '../../shared/domain/command-issuers.ts';
import { COMMAND_TYPES, type Command } from '../../shared/domain/commands.ts';
import { publicView } from '../../shared/domain/public-view.ts';
import { SLOWER_REPEAT_MS, SLOWER_SIGNAL_MS, slowerShownAt } from '../../shared/domain/slower.ts';
import { roomStateSchema } from '../../shared/domain/state-schema.ts';
import { UN_LANGUAGES, type BoothStatuses, type RoomState } from '../../shared/domain/types.ts';
import {
  accept,
  after,
  expectRefused,
  floorOf,
  makeRoom,
  meetingOf,
  run,
  seconds,
  T0,
  timeline,
} from './fixtures.ts';

const room = makeRoom();
const booth = (language: (typeof UN_LANGUAGES)[number], available: boolean): Command => ({
  type: 'setBoothStatus',
  language,
  available,
});

/** Every booth that says otherwise reporting `available`. */
function allBooths(state: RoomState, available: boolean): RoomState {
  const said = meetingOf(state).booths.statuses;
  return run(
    state,
    UN_LANGUAGES.filter((l) => said[l] !== available).map((l) => booth(l, available)),
  );
}

describe('the notice the booths make', () => {
  it.each<[string, BoothStatuses, ReturnType<typeof interpretationFromBooths>]>([
    ['no report', {}, { status: 'unavailable', languages: [] }],
    [
      'every booth off',
      { ar: false, zh: false, en: false, fr: false, ru: false, es: false },
      { status: 'unavailable', languages: [] },
    ],
    [
      'every booth on',
      { ar: true, zh: true, en: true, fr: true, ru: true, es: true },
      { status: 'available', languages: [] },
    ],
    [
      'English and French, in the UN order',
      { fr: true, en: true, ru: false },
      { status: 'partial', languages: ['en', 'fr'] },
    ],
    [
      'five of six',
      { ar: true, zh: true, en: true, fr: true, ru: true },
      { status: 'partial', languages: ['ar', 'zh', 'en', 'fr', 'ru'] },
    ],
  ])('%s', (_what, statuses, notice) => {
    expect(interpretationFromBooths(statuses)).toEqual(notice);
  });
});

describe('who sends which command', () => {
  it('the booths send setBoothStatus and askSlower; the chair every other, followBooths too', () => {
    const byBooth = COMMAND_TYPES.filter((type) => issuerOf(type) === 'booth');
    expect(byBooth.sort()).toEqual(['askSlower', 'setBoothStatus']);
    expect(issuerOf('followBooths')).toBe('chair');
    expect(issuerOf('setInterpretation')).toBe('chair');
  });
});

describe('booth reports', () => {
  it('are kept while the chair sets the notice, which stays the chair’s', () => {
    const chairSays = accept(room, {
      type: 'setInterpretation',
      status: 'unavailable',
      languages: [],
    });
    const reported = run(chairSays, [booth('fr', true), booth('en', true)]);
    expect(meetingOf(reported).booths).toEqual({
      statuses: { fr: true, en: true },
      source: 'chair',
    });
    expect(meetingOf(reported).interpretation).toEqual({ status: 'unavailable', languages: [] });
    expect(publicView(reported).booths).toEqual(meetingOf(reported).booths);
  });

  it('set the notice once the chair follows them, and at every later report', () => {
    const following = accept(run(room, [booth('en', true)]), { type: 'followBooths' });
    expect(meetingOf(following).booths.source).toBe('booths');
    expect(meetingOf(following).interpretation).toEqual({ status: 'partial', languages: ['en'] });
    const all = allBooths(following, true);
    expect(publicView(all).interpretation).toEqual({ status: 'available', languages: [] });
    const arabicLeaves = accept(all, booth('ar', false));
    expect(meetingOf(arabicLeaves).interpretation).toEqual({
      status: 'partial',
      languages: ['zh', 'en', 'fr', 'ru', 'es'],
    });
    expect(meetingOf(allBooths(all, false)).interpretation.status).toBe('unavailable');
  });

  it('drop the chair’s note when the notice follows the booths: it was written for another notice', () => {
    const noted = accept(room, {
      type: 'setInterpretation',
      status: 'unavailable',
      languages: [],
      note: 'No interpretation this morning',
    });
    const following = accept(accept(noted, booth('fr', true)), { type: 'followBooths' });
    expect(meetingOf(following).interpretation).toEqual({ status: 'partial', languages: ['fr'] });
  });

  it('the chair’s own setting takes the notice back; the reports stay', () => {
    const following = accept(run(room, [booth('en', true)]), { type: 'followBooths' });
    const chair = accept(following, {
      type: 'setInterpretation',
      status: 'available',
      languages: [],
    });
    expect(meetingOf(chair).booths).toEqual({ statuses: { en: true }, source: 'chair' });
    expect(meetingOf(accept(chair, booth('en', false))).interpretation.status).toBe('available');
  });

  it('refuse what changes nothing', () => {
    const reported = accept(room, booth('zh', true));
    expectRefused(reported, booth('zh', true), 'nothingToChange');
    const following = accept(reported, { type: 'followBooths' });
    expectRefused(following, { type: 'followBooths' }, 'nothingToChange');
  });

  it('take a room with no meeting open, or an adjourned one, as every command does', () => {
    expectRefused({ ...room, current: null }, booth('fr', true), 'noOpenMeeting');
    const adjourned = accept(room, { type: 'adjournMeeting' });
    expectRefused(adjourned, booth('fr', true), 'meetingAdjourned');
    expectRefused(adjourned, { type: 'askSlower' }, 'meetingAdjourned');
  });
});

describe('slower, please', () => {
  const speaking = accept(room, { type: 'nextSpeaker', start: true }, T0);

  it('is refused with nobody on the floor, before the clock starts and while it is paused', () => {
    expectRefused(room, { type: 'askSlower' }, 'nobodyOnFloor');
    const ready = accept(room, { type: 'nextSpeaker' });
    expectRefused(ready, { type: 'askSlower' }, 'speechNotRunning');
    const paused = accept(speaking, { type: 'pauseSpeech' }, after(seconds(10)));
    expectRefused(paused, { type: 'askSlower' }, 'speechNotRunning', after(seconds(11)));
  });

  it('marks the floor with its time, which clients see, and counts the requests', () => {
    const asked = accept(speaking, { type: 'askSlower' }, after(seconds(20)));
    expect(floorOf(asked).slowerAt).toBe(after(seconds(20)));
    expect(floorOf(asked).slowerRequests).toBe(1);
    expect(publicView(asked).floor?.slowerAt).toBe(after(seconds(20)));
    expect(publicView(asked).floor).not.toHaveProperty('slowerRequests');
  });

  it(`is refused within ${SLOWER_REPEAT_MS} ms of the last request, taken again after`, () => {
    const asked = accept(speaking, { type: 'askSlower' }, after(seconds(20)));
    const soon = after(seconds(20) + SLOWER_REPEAT_MS - 1);
    expectRefused(asked, { type: 'askSlower' }, 'slowerTooSoon', soon);
    const again = accept(asked, { type: 'askSlower' }, after(seconds(20) + SLOWER_REPEAT_MS));
    expect(floorOf(again).slowerRequests).toBe(2);
  });

  it(`shows for ${SLOWER_SIGNAL_MS} ms on the hub's clock`, () => {
    const at = after(seconds(20));
    expect(slowerShownAt(undefined, at)).toBe(false);
    expect(slowerShownAt(at, at - 1)).toBe(false);
    expect(slowerShownAt(at, at)).toBe(true);
    expect(slowerShownAt(at, at + SLOWER_SIGNAL_MS - 1)).toBe(true);
    expect(slowerShownAt(at, at + SLOWER_SIGNAL_MS)).toBe(false);
  });

  it('goes into the record with the speech; the next speaker starts with none', () => {
    const ended = timeline(speaking, [
      [after(seconds(20)), { type: 'askSlower' }],
      [after(seconds(40)), { type: 'askSlower' }],
      [after(seconds(90)), { type: 'nextSpeaker', start: true }],
    ]);
    expect(meetingOf(ended).record.at(-1)?.slowerRequests).toBe(2);
    expect(floorOf(ended).slowerAt).toBeUndefined();
    expect(publicView(ended).floor).not.toHaveProperty('slowerAt');
    const quiet = accept(ended, { type: 'endSpeech' }, after(seconds(120)));
    expect(meetingOf(quiet).record.at(-1)).not.toHaveProperty('slowerRequests');
  });
});

describe('the chair’s undo and the booths', () => {
  it('booth commands are not undo steps: undo takes back the chair’s last act', () => {
    const closed = accept(room, { type: 'closeList' });
    const reported = run(closed, [booth('fr', true), booth('ru', false)]);
    expect(publicView(reported).undo).toEqual({ available: 1, next: 'closeList' });
    const undone = accept(reported, { type: 'undo' });
    expect(meetingOf(undone).listOpen).toBe(true);
    expect(meetingOf(undone).booths.statuses).toEqual({ fr: true, ru: false });
  });

  it('undoing a command from before the reports keeps them, and the notice they make', () => {
    const following = accept(room, { type: 'followBooths' });
    const closed = accept(following, { type: 'closeList' });
    const reported = run(closed, [booth('en', true), booth('es', true)]);
    const undone = accept(reported, { type: 'undo' });
    expect(meetingOf(undone).interpretation).toEqual({
      status: 'partial',
      languages: ['en', 'es'],
    });
  });

  it('undoing followBooths gives the chair’s notice back, reports kept', () => {
    const chairSays = accept(room, {
      type: 'setInterpretation',
      status: 'unavailable',
      languages: [],
    });
    const following = accept(chairSays, { type: 'followBooths' });
    const reported = accept(following, booth('fr', true));
    const undone = accept(reported, { type: 'undo' });
    expect(meetingOf(undone).booths).toEqual({ statuses: { fr: true }, source: 'chair' });
    expect(meetingOf(undone).interpretation).toEqual({ status: 'unavailable', languages: [] });
  });

  it('keeps a request to the speaker still speaking, not one to a speech undone', () => {
    const speaking = accept(room, { type: 'nextSpeaker', start: true }, T0);
    const adjusted = accept(
      speaking,
      { type: 'adjustTime', deltaMs: seconds(30) },
      after(seconds(5)),
    );
    const asked = accept(adjusted, { type: 'askSlower' }, after(seconds(10)));
    const undone = accept(asked, { type: 'undo' }, after(seconds(12)));
    expect(floorOf(undone).timer.adjustmentMs).toBe(0);
    expect(floorOf(undone).slowerAt).toBe(after(seconds(10)));
    expect(floorOf(undone).slowerRequests).toBe(1);
    // Undoing the start itself: the speech did not start, nobody was asked anything.
    const beforeStart = accept(
      accept(room, { type: 'nextSpeaker' }, T0),
      { type: 'startSpeech' },
      after(seconds(1)),
    );
    const askedThen = accept(beforeStart, { type: 'askSlower' }, after(seconds(10)));
    const unstarted = accept(askedThen, { type: 'undo' }, after(seconds(11)));
    expect(floorOf(unstarted).slowerAt).toBeUndefined();
  });
});

describe('stored meetings', () => {
  it('a meeting stored before the booths reported loads with the chair’s notice and no reports', () => {
    const stored = JSON.parse(JSON.stringify(room)) as { current: Record<string, unknown> };
    delete stored.current.booths;
    const read = roomStateSchema.parse(stored);
    expect(read.current?.booths).toEqual({ statuses: {}, source: 'chair' });
  });

  it('reports, requests and their count read back as written', () => {
    const speaking = accept(allBooths(room, true), { type: 'nextSpeaker', start: true }, T0);
    const asked = accept(speaking, { type: 'askSlower' }, after(seconds(3)));
    const ended = accept(
      accept(asked, { type: 'followBooths' }),
      { type: 'nextSpeaker' },
      after(seconds(60)),
    );
    const read = roomStateSchema.parse(JSON.parse(JSON.stringify(ended)));
    expect(read).toEqual(ended);
    expect(read.current?.record.at(-1)?.slowerRequests).toBe(1);
  });
});
