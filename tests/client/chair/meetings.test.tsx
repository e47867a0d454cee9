// @vitest-environment jsdom
// The console in a room that holds meetings: with none open, the room's scheduled meetings and
// opening one (after a confirmation); the segments, the one in play and starting another (not
// while someone has the floor); and an adjourned meeting, read-only but for Undo, beside the
// meetings to open next.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import {
  calendarOf,
  createdFrom,
  DIALOGUE_MEETING,
  idleSeed,
  roomFrom,
  scheduled,
  SEGMENTS,
} from '../room-harness.ts';
import { makeRoom, meetingOf, renderConsole, run, settle, T0 } from './chair-harness.tsx';

afterEach(cleanup);

const SIXTH = 'Sixth Committee, 12th meeting';
const FIFTH = 'Fifth Committee, 3rd meeting';

/** Clicks and lets the console's answer come back. */
async function click(element: HTMLElement): Promise<void> {
  fireEvent.click(element);
  await settle();
}

/** Presses a key on the page, as the shortcuts test does. */
async function press(init: { key: string; ctrlKey?: boolean }): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(document.body, init);
    fireEvent.keyUp(document.body, { key: init.key });
    await Promise.resolve();
  });
}

/** Without the invisible marks that keep a time range in its order ("15:00–18:00"). */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

/** A room with no meeting open and two scheduled, with the calendar to open them. */
function idleRoom() {
  const created = createdFrom(
    idleSeed([
      scheduled(SIXTH, [{ date: '2017-09-06', start: '15:00', end: '18:00' }], {
        segments: SEGMENTS,
      }),
      scheduled(FIFTH, [
        { date: '2017-09-07', start: '10:00', end: '13:00' },
        { date: '2017-09-07', start: '15:00', end: '18:00' },
      ]),
    ]),
  );
  return { state: created.state, calendar: calendarOf(created) };
}

describe('with no meeting open', () => {
  it('names the room and lists its scheduled meetings, soonest first, with their sittings', () => {
    const { state, calendar } = idleRoom();
    const view = renderConsole(state, { calendar });
    expect(view.container.querySelector('.chair-title h1')?.textContent).toBe('Conference Room 4');
    expect(view.container.querySelector('.chair-meeting-status')?.textContent).toBe(
      'No meeting in progress',
    );
    const panel = screen.getByRole('region', { name: 'Open a meeting' });
    const meetings = within(panel).getAllByRole('heading', { level: 3 });
    expect(meetings.map((h) => h.textContent)).toEqual([SIXTH, FIFTH]);
    const sittings = [...panel.querySelectorAll('.chair-upcoming-sittings li')].map((li) =>
      plain(li.textContent),
    );
    expect(sittings).toEqual([
      'Wednesday, September 6, 15:00–18:00',
      'Thursday, September 7, 10:00–13:00',
      'Thursday, September 7, 15:00–18:00',
    ]);
    // No floor, no list: there is nothing to run yet.
    expect(view.container.querySelector('.chair-floor')).toBeNull();
    expect(view.container.querySelector('.chair-tabs')).toBeNull();
  });

  it('opens a meeting only once the chair confirms, then runs it', async () => {
    const { state, calendar } = idleRoom();
    const view = renderConsole(state, { calendar });
    const [first] = screen.getAllByRole('button', { name: 'Open this meeting…' });
    if (!first) throw new Error('no meeting to open');
    fireEvent.click(first);
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain(
      `Open “${SIXTH}” now? The wall and the phones show it at once.`,
    );
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(view.hub.sent).toEqual([]);

    fireEvent.click(
      screen.getAllByRole('button', { name: 'Open this meeting…' })[0] as HTMLElement,
    );
    await click(screen.getByRole('button', { name: 'Open the meeting' }));
    const meetingId = state.upcoming[0]?.meetingId;
    expect(view.hub.sent).toEqual([
      { type: 'openMeeting', meetingId, expectedVersion: state.version },
    ]);
    expect(view.status()).toBe('Meeting opened: the wall and the phones show it.');
    expect(view.container.querySelector('.chair-title h1')?.textContent).toBe(SIXTH);
    expect(view.container.querySelector('.chair-floor')).not.toBeNull();
    expect(view.container.querySelector('.chair-open-meeting')).toBeNull();
  });

  it('says so plainly when nothing is scheduled', () => {
    renderConsole(roomFrom(idleSeed([])));
    expect(screen.getByRole('region', { name: 'Open a meeting' }).textContent).toContain(
      'No meeting is scheduled in this room. The secretariat schedules meetings.',
    );
  });

  it('sends nothing for a floor key, and says why', async () => {
    const { state, calendar } = idleRoom();
    const view = renderConsole(state, { calendar });
    await press({ key: ' ' });
    await press({ key: 'ArrowRight' });
    expect(view.hub.sent).toEqual([]);
    expect(view.status()).toBe('No meeting is open in this room.');
  });

  it('in Arabic, right to left', () => {
    const { state, calendar } = idleRoom();
    const view = renderConsole(state, { calendar, language: 'ar' });
    expect(view.container.querySelector('.chair')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('region', { name: 'افتتاح جلسة' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'افتتاح هذه الجلسة…' })).toHaveLength(2);
    expect(view.container.querySelector('.chair-meeting-status')?.textContent).toBe(
      'لا توجد جلسة منعقدة حالياً',
    );
  });
});

describe('the segments', () => {
  const segmented = () => roomFrom({ id: 'cr4', meeting: DIALOGUE_MEETING, segments: SEGMENTS });
  const segments = () => screen.getByRole('region', { name: 'Segments' });

  it('shows the one in play and starts another, whose list the floor then calls', async () => {
    const state = segmented();
    const view = renderConsole(state);
    const panel = segments();
    expect(panel.querySelector('[data-in-play]')?.textContent).toBe('1Opening segmentIn play');
    expect(panel.textContent).toContain('Segment 1 of 3');
    await click(
      within(panel).getByRole('button', { name: 'Start this segment: Interactive panel' }),
    );
    expect(view.hub.sent).toEqual([
      { type: 'startSegment', segmentId: 'seg-2', expectedVersion: state.version },
    ]);
    expect(view.status()).toBe('Segment started: its list is now the one called.');
    expect(segments().querySelector('[data-in-play]')?.textContent).toContain('Interactive panel');
    expect(view.container.querySelector('.chair-next')?.textContent).toBe(
      'Next: Panellist from academia',
    );
  });

  it('is not moved on while someone has the floor, and says why', async () => {
    const speaking = run(segmented(), T0, { type: 'nextSpeaker', start: true });
    const view = renderConsole(speaking);
    const start = within(segments()).getByRole('button', {
      name: 'Start this segment: Interactive panel',
    });
    expect((start as HTMLButtonElement).disabled).toBe(true);
    expect(segments().textContent).toContain(
      'Someone has the floor: end the speech (or skip the speaker) before starting another segment.',
    );
    expect(start.getAttribute('aria-describedby')).toBeTruthy();
    await click(screen.getByRole('button', { name: 'End speech' }));
    expect((start as HTMLButtonElement).disabled).toBe(false);
    expect(view.hub.sent.map((c) => c.type)).toEqual(['endSpeech']);
  });

  it('says which segment comes next once the list in play is done', () => {
    const done = run(
      segmented(),
      T0,
      { type: 'nextSpeaker', start: true },
      { type: 'nextSpeaker', start: true },
      { type: 'endSpeech' },
    );
    const view = renderConsole(done);
    expect(view.container.querySelector('.chair-next')?.textContent).toBe(
      'Nobody left to call. Next segment: \u2068Interactive panel\u2069',
    );
  });

  it('is not shown for a meeting of one', () => {
    renderConsole(makeRoom());
    expect(screen.queryByRole('region', { name: 'Segments' })).toBeNull();
  });
});

describe('an adjourned meeting', () => {
  function adjourned(): RoomState {
    const created = createdFrom({
      id: 'cr4',
      meeting: DIALOGUE_MEETING,
      speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }, { delegation: 'GBR' }],
      meetings: [scheduled(FIFTH, [{ date: '2017-09-07', start: '10:00', end: '13:00' }])],
    });
    return run(created.state, T0, { type: 'nextSpeaker', start: true }, { type: 'adjournMeeting' });
  }

  it('is read-only but for Undo, and offers the next meeting to open', async () => {
    const view = renderConsole(adjourned());
    expect(view.container.querySelector('.chair-adjourned')?.textContent).toBe(
      'The meeting is adjourned and its record closed: nothing can be changed. Undo (Ctrl+Z) reopens it, until another meeting is opened.',
    );
    const open = screen.getByRole('region', { name: 'Open a meeting' });
    expect(within(open).getByRole('heading', { level: 3 }).textContent).toBe(FIFTH);
    for (const name of ['Close the list', 'Add a speaker', 'Import…']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
    expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    for (const edit of screen.getAllByRole('button', { name: 'Edit' })) {
      expect((edit as HTMLButtonElement).disabled).toBe(true);
    }
    expect(screen.queryAllByRole('button', { name: /^Move/ })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: 'Remove' })).toEqual([]);
    // Nobody is to be reached, nor called next.
    expect(view.container.textContent).not.toContain('not reached');
    expect(view.container.querySelector('.chair-next')).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio.matches(':disabled')).toBe(true);
    }
    expect(screen.getByLabelText('Text').matches(':disabled')).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Suspend the meeting' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(view.hub.sent).toEqual([]);

    // A floor key sends nothing; Undo reopens the meeting.
    await press({ key: ' ' });
    expect(view.hub.sent).toEqual([]);
    expect(view.status()).toBe('The meeting is adjourned: only Undo can change it now.');
    await press({ key: 'z', ctrlKey: true });
    await settle();
    expect(view.hub.sent.map((c) => c.type)).toEqual(['undo']);
    expect(meetingOf(view.hub.state()).status.kind).toBe('inSession');
    expect(view.container.querySelector('.chair-adjourned')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: /^List of speakers/ }));
    expect(
      (screen.getByRole('button', { name: 'Add a speaker' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });
});
