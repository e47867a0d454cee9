// @vitest-environment jsdom
// The phone in a room that holds meetings: with none open it names the room and says what comes
// next, or that nothing is scheduled; after the adjournment it says so, with the next meeting,
// and no list or turn any more; between two sittings it says when the meeting resumes; it shows
// the segment in play, and the delegation's own turn follows the list of that segment.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { settingKeys } from '../../../client/views/follow/follow-settings.ts';
import {
  calendarOf,
  createdFrom,
  DIALOGUE_MEETING,
  idleSeed,
  roomFrom,
  runWith,
  scheduled,
  SEGMENTS,
} from '../room-harness.ts';
import { at, min, pushChange, renderFollow, run, storeWith, T0 } from './follow-harness.tsx';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const SIXTH = 'Sixth Committee, 12th meeting';
const today = (start: string, end: string) => ({ date: '2017-09-06', start, end });

describe('a room with no meeting open', () => {
  it('names the room and says the next meeting, with no list', async () => {
    const room = roomFrom(idleSeed([scheduled(SIXTH, [today('15:00', '18:00')])]));
    const page = await renderFollow(storeWith(room));
    expect(page.textOf('.follow-title')).toBe('Conference Room 4');
    expect(page.textOf('.follow-status')).toBe('No meeting in progress');
    expect(page.textOf('.follow-upcoming')).toBe(`Next meeting${SIXTH}Today at 15:00`);
    for (const part of ['.follow-list', '.follow-mine', '.follow-floor', '.follow-place']) {
      expect(page.has(part)).toBe(false);
    }
  });

  it('says so plainly when nothing is scheduled, in the phone’s language', async () => {
    const page = await renderFollow(storeWith(roomFrom(idleSeed([]))), { language: 'es' });
    expect(page.textOf('.follow-upcoming-none')).toBe(
      'No hay ninguna sesión programada en esta sala.',
    );
    expect(page.textOf('.follow-status')).toBe('No hay ninguna sesión en curso');
  });

  it('in Arabic, right to left, with a later date in Arabic words', async () => {
    const room = roomFrom(
      idleSeed([scheduled(SIXTH, [{ date: '2017-09-08', start: '10:00', end: '13:00' }])]),
    );
    const page = await renderFollow(storeWith(room), { language: 'ar' });
    expect(page.part('.follow').getAttribute('dir')).toBe('rtl');
    expect(page.textOf('.follow-upcoming h2')).toBe('الجلسة التالية');
    const when = page.textOf('.follow-upcoming-when');
    expect(when).toMatch(/الجمعة/); // Friday
    expect(when).toMatch(/الساعة 10:00$/);
  });

  it('shows the meeting, and its list, as soon as the chair opens it', async () => {
    const created = createdFrom(
      idleSeed([
        scheduled(SIXTH, [today('10:00', '13:00')], { speakers: [{ delegation: 'FRA' }] }),
      ]),
    );
    const idle = created.state;
    const store = storeWith(idle);
    const page = await renderFollow(store);
    const meetingId = idle.upcoming[0]?.meetingId;
    pushChange(
      store,
      idle,
      runWith(calendarOf(created), idle, T0, { type: 'openMeeting', meetingId }),
    );
    expect(page.textOf('.follow-title')).toBe(SIXTH);
    expect(page.has('.follow-upcoming')).toBe(false);
    expect(page.textOf('.follow-list li')).toContain('France');
  });
});

describe('an adjourned meeting', () => {
  it('says so and what comes next, with no list and no turn', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'FRA');
    const room = roomFrom({
      id: 'cr4',
      meeting: DIALOGUE_MEETING,
      speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }],
      meetings: [scheduled(SIXTH, [{ date: '2017-09-07', start: '10:00', end: '13:00' }])],
    });
    const store = storeWith(room);
    const page = await renderFollow(store);
    expect(page.textOf('.follow-mine-turn')).toBe('1st in line, around 10:00');
    pushChange(store, room, run(room, T0, { type: 'adjournMeeting' }));
    expect(page.textOf('.follow-message h2')).toBe('The meeting is adjourned');
    expect(page.textOf('.follow-upcoming-when')).toBe('Tomorrow at 10:00');
    expect(page.textOf('.follow-status')).toBe('Adjourned');
    for (const part of ['.follow-list', '.follow-mine', '.follow-floor']) {
      expect(page.has(part)).toBe(false);
    }
  });
});

describe('between two sittings', () => {
  const dialogue = () =>
    roomFrom({
      id: 'cr4',
      meeting: DIALOGUE_MEETING,
      speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }, { delegation: 'JPN' }],
    });

  it('says when the meeting resumes, above the list', async () => {
    // The morning sitting heard France; 13:20 now.
    const room = run(dialogue(), at(min(5)), { type: 'nextSpeaker', start: true });
    const lunch = run(room, at(min(8)), { type: 'endSpeech' });
    const page = await renderFollow(storeWith(lunch, at(min(200))), { now: at(min(200)) });
    expect(page.part('.follow-message').dataset.kind).toBe('resumes');
    expect(page.textOf('.follow-message')).toBe('The meeting will resumeToday at 15:00');
    // The estimates start with the next sitting.
    expect(page.textOf('.follow-list li:nth-child(2)')).toContain('around 15:00');
  });

  it('says it starts, not resumes, for a meeting opened after its first sitting', async () => {
    const page = await renderFollow(storeWith(dialogue(), at(min(200))), { now: at(min(200)) });
    expect(page.textOf('.follow-message')).toBe('The meeting will startToday at 15:00');
    expect(page.textOf('.follow-status')).toBe('Not yet started');
  });
});

describe('segments', () => {
  it('shows the segment in play, and the delegation’s turn on its list', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'FRA');
    const opening = roomFrom({ id: 'cr4', meeting: DIALOGUE_MEETING, segments: SEGMENTS });
    const store = storeWith(opening);
    const page = await renderFollow(store);
    expect(page.textOf('.follow-segment')).toBe('Opening segment');
    // France speaks in the dialogue, not in the opening: said of this segment's list.
    expect(page.textOf('.follow-mine-turn')).toBe('Not on the list of speakers of this segment');
    const dialogue = run(opening, T0, { type: 'startSegment', segmentId: 'seg-3' });
    pushChange(store, opening, dialogue);
    expect(page.textOf('.follow-segment')).toBe('Interactive dialogue');
    expect(page.textOf('.follow-mine-turn')).toBe('1st in line, around 10:00');
    expect(page.textOf('li[data-mine]')).toContain('France');
  });

  it('shows no segment, and says "not on the list", for a meeting of one', async () => {
    localStorage.setItem(settingKeys.delegation('cr4'), 'ITA');
    const room = roomFrom({
      id: 'cr4',
      meeting: DIALOGUE_MEETING,
      speakers: [{ delegation: 'FRA' }],
    });
    const page = await renderFollow(storeWith(room));
    expect(page.has('.follow-segment')).toBe(false);
    expect(page.textOf('.follow-mine-turn')).toBe('Not on the list of speakers');
  });
});
