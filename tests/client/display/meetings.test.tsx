// @vitest-environment jsdom
// The wall of a room that holds meetings: with none open it names the room, keeps the room's
// clock and says what comes next ("Today at 15:00", "Tomorrow at 10:00", a date), or that
// nothing is scheduled; after the adjournment it says so, with the next meeting, and lists no next
// speakers; between two sittings it says when the meeting resumes; and it shows the segment in
// play of a meeting of several.
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomSeedInput } from '../../../shared/domain/create-room.ts';
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
import {
  at,
  makeRoom,
  min,
  pushChange,
  renderWall,
  run,
  storeWith,
  T0,
  type RenderedWall,
} from './wall-harness.tsx';

afterEach(cleanup);

const today = (start: string, end: string) => ({ date: '2017-09-06', start, end });
const on = (date: string, start: string, end: string) => ({ date, start, end });

const SIXTH = 'Sixth Committee, 12th meeting';

/** Lets the wall's once-a-second check of the clock run (it is on real timers). */
async function aSecondLater(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 1_100)));
}

const absent = (wall: RenderedWall, selector: string) =>
  expect(wall.container.querySelector(selector)).toBeNull();

describe('a room with no meeting open', () => {
  it('names the room, keeps its clock and announces the next meeting, today', () => {
    const room = roomFrom(idleSeed([scheduled(SIXTH, [today('15:00', '18:00')])]));
    const wall = renderWall(storeWith(room));
    expect(wall.textOf('.wall-title h1')).toBe('Conference Room 4');
    expect(wall.textOf('.wall-status')).toBe('No meeting in progress');
    expect(wall.textOf('.wall-clock')).toBe('10:00');
    expect(wall.textOf('.wall-upcoming-label')).toBe('Next meeting');
    expect(wall.textOf('.wall-upcoming-title')).toBe(SIXTH);
    expect(wall.textOf('.wall-upcoming-when')).toBe('Today at 15:00');
    for (const part of ['.wall-next', '.wall-speaker', '.wall-countdown', '.wall-notice']) {
      absent(wall, part);
    }
    expect(wall.container.querySelector('.wall-follow')).not.toBeNull();
  });

  it('says tomorrow, or the date, and skips a meeting whose sittings are all over', () => {
    const missed = scheduled('Missed', [today('08:00', '09:00')]);
    const tomorrow = roomFrom(
      idleSeed([missed, scheduled(SIXTH, [on('2017-09-07', '10:00', '13:00')])]),
    );
    let wall = renderWall(storeWith(tomorrow));
    expect(wall.textOf('.wall-upcoming-title')).toBe(SIXTH);
    expect(wall.textOf('.wall-upcoming-when')).toBe('Tomorrow at 10:00');
    cleanup();
    const friday = roomFrom(idleSeed([scheduled(SIXTH, [on('2017-09-08', '10:00', '13:00')])]));
    wall = renderWall(storeWith(friday));
    expect(wall.textOf('.wall-upcoming-when')).toBe('Friday, September 8 at 10:00');
    cleanup();
    wall = renderWall(storeWith(friday), { language: 'fr' });
    expect(wall.textOf('.wall-upcoming-label')).toBe('Prochaine séance');
    expect(wall.textOf('.wall-upcoming-when')).toBe('Vendredi 8 septembre à 10:00');
  });

  it('announces a meeting under way but not yet opened by its sitting under way', () => {
    // Two sittings: the first began at 09:00 and runs until 11:00; the chair has not opened it.
    const late = roomFrom(
      idleSeed([scheduled(SIXTH, [today('09:00', '11:00'), today('15:00', '18:00')])]),
    );
    const wall = renderWall(storeWith(late));
    expect(wall.textOf('.wall-upcoming-when')).toBe('Today at 09:00');
  });

  it('says so plainly when nothing is scheduled', () => {
    const wall = renderWall(storeWith(roomFrom(idleSeed([]))));
    expect(wall.textOf('.wall-upcoming')).toBe('No meeting is scheduled in this room.');
    absent(wall, '.wall-upcoming-title');
  });

  it('turns "tomorrow" into "today" at midnight, on the room’s clock', async () => {
    const room = roomFrom(idleSeed([scheduled(SIXTH, [on('2017-09-07', '10:00', '13:00')])]));
    // 23:59:59 in New York.
    const wall = renderWall(storeWith(room), { now: at(min(13 * 60 + 59) + 59_000) });
    expect(wall.textOf('.wall-upcoming-when')).toBe('Tomorrow at 10:00');
    wall.clock.set(at(min(14 * 60) + 1_000));
    await aSecondLater();
    expect(wall.textOf('.wall-upcoming-when')).toBe('Today at 10:00');
  });

  it('keeps the room’s clock and time zone, whatever the browser’s', () => {
    const geneva = roomFrom(
      idleSeed([scheduled(SIXTH, [today('18:00', '19:00')])], 'Europe/Zurich'),
    );
    const wall = renderWall(storeWith(geneva));
    // T0 is 16:00 in Geneva.
    expect(wall.textOf('.wall-clock')).toBe('16:00');
    expect(wall.textOf('.wall-upcoming-when')).toBe('Today at 18:00');
  });

  it('in Arabic, right to left', () => {
    const room = roomFrom(idleSeed([scheduled(SIXTH, [today('15:00', '18:00')])]));
    const wall = renderWall(storeWith(room), { language: 'ar' });
    expect(wall.part('.wall').getAttribute('dir')).toBe('rtl');
    expect(wall.textOf('.wall-status')).toBe('لا توجد جلسة منعقدة حالياً');
    expect(wall.textOf('.wall-upcoming-label')).toBe('الجلسة التالية');
    expect(wall.textOf('.wall-upcoming-when')).toBe('اليوم الساعة 15:00');
    // The title typed by the secretariat keeps its own direction.
    expect(wall.part('.wall-upcoming-title').querySelector('bdi')?.textContent).toBe(SIXTH);
  });

  it('shows the meeting as soon as the chair opens it', () => {
    const created = createdFrom(
      idleSeed([
        scheduled(SIXTH, [today('10:00', '13:00')], {
          speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }],
        }),
      ]),
    );
    const idle = created.state;
    const meetingId = idle.upcoming[0]?.meetingId;
    const store = storeWith(idle);
    const wall = renderWall(store);
    const open = runWith(calendarOf(created), idle, T0, { type: 'openMeeting', meetingId });
    pushChange(store, idle, open);
    expect(wall.textOf('.wall-title h1')).toBe(SIXTH);
    expect(wall.textOf('.wall-status')).toBe('Not yet started');
    expect(wall.container.querySelectorAll('.wall-next-name')).toHaveLength(2);
    absent(wall, '.wall-idle');
  });
});

describe('an adjourned meeting', () => {
  const withNext = (): RoomSeedInput => ({
    id: 'cr4',
    meeting: DIALOGUE_MEETING,
    speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }],
    meetings: [scheduled(SIXTH, [on('2017-09-07', '10:00', '13:00')])],
  });

  it('says so, with the next meeting, and no next speakers', () => {
    const adjourned = run(roomFrom(withNext()), at(min(30)), { type: 'adjournMeeting' });
    const wall = renderWall(storeWith(adjourned), { now: at(min(31)) });
    expect(wall.textOf('.wall-title h1')).toBe(DIALOGUE_MEETING.title);
    expect(wall.textOf('.wall-status')).toBe('Adjourned');
    expect(wall.textOf('.wall-idle h2')).toBe('The meeting is adjourned');
    expect(wall.textOf('.wall-upcoming-title')).toBe(SIXTH);
    expect(wall.textOf('.wall-upcoming-when')).toBe('Tomorrow at 10:00');
    absent(wall, '.wall-next');
    absent(wall, '.wall-next-name');
  });

  it('keeps the chair’s last announcement under the adjournment', () => {
    const adjourned = run(
      roomFrom(withNext()),
      at(min(30)),
      { type: 'announce', text: 'Thank you, and see you tomorrow.' },
      { type: 'adjournMeeting' },
    );
    const wall = renderWall(storeWith(adjourned), { now: at(min(31)) });
    expect(wall.textOf('.wall-idle-adjourned p')).toBe('Thank you, and see you tomorrow.');
  });
});

describe('between two sittings', () => {
  it('says when the meeting resumes, keeps the next speakers, and goes when it sits', async () => {
    // 13:30: the morning sitting is over, the afternoon one opens at 15:00; nobody on the floor.
    const room = run(makeRoom(), at(min(5)), { type: 'nextSpeaker', start: true });
    const ended = run(room, at(min(8)), { type: 'endSpeech' });
    const wall = renderWall(storeWith(ended), { now: at(min(210)) });
    expect(wall.part('.wall-message').dataset.kind).toBe('resumes');
    expect(wall.textOf('.wall-message h2')).toBe('The meeting will resume');
    expect(wall.textOf('.wall-message p')).toBe('Today at 15:00');
    expect(wall.textOf('.wall-status')).toBe('In session');
    expect(wall.container.querySelectorAll('.wall-next-name').length).toBeGreaterThan(0);
    // 15:00: the sitting opens and the floor awaits the next speaker.
    wall.clock.set(at(min(300) + 1_000));
    await aSecondLater();
    absent(wall, '.wall-message');
    expect(wall.textOf('.wall-speaker-panel')).toBe('Awaiting the next speaker');
  });

  it('says tomorrow after the day’s last sitting when the next is the next day', () => {
    const twoDays = makeRoom({
      meeting: {
        ...DIALOGUE_MEETING,
        sittings: [today('10:00', '13:00'), on('2017-09-07', '10:00', '13:00')],
      },
    });
    const wall = renderWall(storeWith(twoDays), { now: at(min(240)) });
    expect(wall.textOf('.wall-message p')).toBe('Tomorrow at 10:00');
  });

  it('shows a speech left on the floor rather than the break', () => {
    const speaking = run(makeRoom(), at(min(178)), { type: 'nextSpeaker', start: true });
    const wall = renderWall(storeWith(speaking), { now: at(min(182)) });
    absent(wall, '.wall-message');
    expect(wall.textOf('.wall-delegation')).toBe('France');
  });

  it('says nothing of resuming before the first sitting or after the last', () => {
    let wall = renderWall(storeWith(makeRoom()), { now: at(-min(30)) });
    absent(wall, '.wall-message');
    cleanup();
    wall = renderWall(storeWith(makeRoom()), { now: at(min(490)) });
    absent(wall, '.wall-message');
  });
});

describe('segments', () => {
  const segmented = () => roomFrom({ id: 'cr4', meeting: DIALOGUE_MEETING, segments: SEGMENTS });

  it('shows the segment in play, and its list, as the chair moves on', () => {
    const opening = segmented();
    const store = storeWith(opening);
    const wall = renderWall(store);
    expect(wall.textOf('.wall-segment')).toBe('Opening segment');
    expect(
      [...wall.container.querySelectorAll('.wall-next-name')].map((e) => e.textContent),
    ).toEqual(['President of the General Assembly', 'Secretary-General']);
    const panel = run(opening, T0, { type: 'startSegment', segmentId: 'seg-2' });
    pushChange(store, opening, panel);
    expect(wall.textOf('.wall-segment')).toBe('Interactive panel');
    expect(wall.textOf('.wall-next-name')).toBe('Panellist from academia');
  });

  it('shows no segment for a meeting of one', () => {
    const wall = renderWall(storeWith(makeRoom()));
    absent(wall, '.wall-segment');
  });
});
