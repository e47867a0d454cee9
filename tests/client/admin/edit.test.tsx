// @vitest-environment jsdom
// Changing the calendar from the console, against a real hub: a scheduled meeting is changed
// whole (its lists reordered and cut with the chair's list, its segments reordered), an open one
// in its changed details only (its lists are the chair's), a scheduled one deleted after a
// confirmation, and any one copied to another date with its segments and lists.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { adminHarness, renderAdmin, settle, type AdminHub } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

const BRIEFING = '2017-09-07-1';

/** Opens the console and the meeting `title` from the calendar. */
async function openMeeting(admin: AdminHub, title: string) {
  renderAdmin(admin.hub);
  const inCalendar = await screen.findByText(title, { selector: '.admin-meeting-title bdi' });
  fireEvent.click(inCalendar);
  await screen.findByRole('heading', { name: new RegExp(title) });
}

const field = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  if (!found) throw new Error(`No field ${name}`);
  return found;
};
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const segment = (n: number) => {
  const card = document.querySelector<HTMLElement>(`[data-segment-index="${n - 1}"]`);
  if (!card) throw new Error(`No segment ${n}`);
  return within(card);
};
const click = async (element: HTMLElement) => {
  fireEvent.click(element);
  await settle(120);
};

describe('a scheduled meeting', () => {
  it('is changed whole: its details, and a list reordered and cut with the chair’s list', async () => {
    const admin = await start();
    await openMeeting(admin, 'Briefing on peacekeeping');
    type('title', 'Briefing on peacekeeping operations');
    const dialogue = segment(2);
    await click(dialogue.getByRole('button', { name: 'Move up: Brazil' }));
    const japan = dialogue.getByText('Japan').closest('li');
    if (!japan) throw new Error('No Japan');
    await click(within(japan).getByRole('button', { name: 'Remove' }));
    const confirm = within(japan).getByRole('alertdialog');
    expect(confirm.textContent).toContain('Remove Japan from the list?');
    await click(within(confirm).getByRole('button', { name: 'Remove' }));
    await click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(screen.getAllByText('Saved.').length).toBeGreaterThan(0);
    const { setup } = await admin.meeting(BRIEFING);
    expect(setup.title).toBe('Briefing on peacekeeping operations');
    expect(setup.segments?.[0]?.speakers.map((s) => s.delegation)).toEqual([
      'Secretary-General',
      'FRA',
    ]);
    // Brazil keeps its own limit; the Secretary-General's category is the office's own default.
    expect(setup.segments?.[1]?.speakers).toEqual([
      { delegation: 'BRA', limitMs: 120_000 },
      { delegation: 'KEN' },
    ]);
    expect(setup.segments?.[0]?.speakers[0]).toEqual({ delegation: 'Secretary-General' });
  });

  it('has its segments reordered and removed, a full one after a confirmation', async () => {
    const admin = await start();
    await openMeeting(admin, 'Briefing on peacekeeping');
    await click(screen.getByRole('button', { name: 'Move segment 2 up' }));
    expect(field('segments.0.title').value).toBe('Dialogue');
    await click(segment(2).getByRole('button', { name: 'Remove segment 2' }));
    expect(
      screen
        .getByRole('alertdialog')
        .textContent?.startsWith('Remove segment 2 and its list of 2 speakers?'),
    ).toBe(true);
    await click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove segment 2' }),
    );
    await click(screen.getByRole('button', { name: 'Save the changes' }));
    const { setup } = await admin.meeting(BRIEFING);
    expect(setup.segments?.map((s) => s.title)).toEqual(['Dialogue']);
    expect(setup.segments?.[0]?.speakers).toHaveLength(3);
  });

  it('is deleted after a confirmation, and the calendar says so', async () => {
    const admin = await start();
    await openMeeting(admin, 'Briefing on peacekeeping');
    await click(screen.getByRole('button', { name: 'Delete the meeting' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain(
      'Delete “Briefing on peacekeeping” from the calendar? This cannot be undone.',
    );
    await click(within(question).getByRole('button', { name: 'Delete' }));
    expect(await admin.meetings()).toEqual([]);
    expect(screen.getByText('“Briefing on peacekeeping” has been deleted.')).toBeTruthy();
    expect(screen.getByText('Nothing scheduled.')).toBeTruthy();
  });

  it('is copied to another date with its segments and lists', async () => {
    const admin = await start();
    await openMeeting(admin, 'Briefing on peacekeeping');
    await click(screen.getByRole('button', { name: 'Copy to another date' }));
    type('date', '2017-09-14');
    expect(screen.getByRole('list', { name: 'Sittings of the copy' }).textContent).toBe(
      'Thu, Sep 14, 2017 · 10:00–13:00',
    );
    await click(screen.getByRole('button', { name: 'Make the copy' }));
    await screen.findByText(/^Copy made \(2017-09-14-1\)/);
    const copy = await admin.meeting('2017-09-14-1');
    const original = await admin.meeting(BRIEFING);
    expect(copy.status).toBe('scheduled');
    expect(copy.setup).toEqual({
      ...original.setup,
      sittings: [{ date: '2017-09-14', start: '10:00', end: '13:00' }],
    });
  });

  it('is not copied onto its own sittings: the hub’s refusal is at the sitting', async () => {
    const admin = await start();
    await openMeeting(admin, 'Briefing on peacekeeping');
    await click(screen.getByRole('button', { name: 'Copy to another date' }));
    type('date', '2017-09-07');
    await click(screen.getByRole('button', { name: 'Make the copy' }));
    const line = screen.getByRole('list', { name: 'Sittings of the copy' }).querySelector('li');
    expect(line?.querySelector('.admin-error-text')?.textContent).toBe(
      'Overlaps another meeting of this room.',
    );
    expect(await admin.meetings()).toHaveLength(1);
  });
});

describe('an open meeting', () => {
  it('sends only its changed details; its lists are the chair’s, and it cannot be deleted', async () => {
    const admin = await start();
    await admin.command({ type: 'openMeeting', meetingId: BRIEFING });
    await openMeeting(admin, 'Briefing on peacekeeping');
    expect(
      screen.getByText(
        'This meeting is open. Its details can still be changed here; its lists, notice and list state are the chair’s.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a speaker' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete the meeting' })).toBeNull();
    expect(screen.getByText('Opening').closest('li')?.textContent).toBe(
      'Opening · 2 speakers · in play',
    );

    await click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(screen.getByText('Nothing has changed.')).toBeTruthy();

    type('title', 'Briefing, resumed');
    type('warningMs', '1:00');
    await click(screen.getByRole('button', { name: 'Save the changes' }));
    expect(screen.getAllByText('Saved.').length).toBeGreaterThan(0);
    const { state } = await admin.meeting(BRIEFING);
    expect(state?.meeting.title).toBe('Briefing, resumed');
    expect(state?.meeting.warningMs).toBe(60_000);
    // What was not changed stays: the organ, the limit of the segment in play (its own).
    expect(state?.meeting.organ).toBe('Security Council');
    expect(state?.meeting.defaultLimitMs).toBe(300_000);
  });
});
