// @vitest-environment jsdom
// Scheduling a meeting from the console, against a real hub: two segments, one list typed with
// the chair's own entry form and one imported with the chair's import, sent whole with the
// meeting; what the form finds wrong is said next to each field and nothing is sent; what the
// hub refuses comes back next to the field its path names (an overlapping sitting, a segment's
// title), with the hub's own sentence.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { adminHarness, renderAdmin, settle } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

/** Opens the console on the calendar, then the new meeting's form. */
async function newMeetingForm(hub: Parameters<typeof renderAdmin>[0]) {
  renderAdmin(hub);
  fireEvent.click(await screen.findByRole('button', { name: 'Schedule a meeting' }));
  await screen.findByRole('heading', { name: 'New meeting' });
}

const field = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  if (!found) throw new Error(`No field ${name}`);
  return found;
};
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

/** The card of segment `n` (1-based). */
const segment = (n: number) => {
  const card = document.querySelector<HTMLElement>(`[data-segment-index="${n - 1}"]`);
  if (!card) throw new Error(`No segment ${n}`);
  return within(card);
};

/** The error shown for a field (by the id its aria-describedby names). */
function errorOf(name: string): string {
  const input = field(name);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const error = ids
    .map((id) => document.getElementById(id))
    .find((e) => e?.matches('.admin-error'));
  return (error?.textContent ?? '').trim();
}

async function save() {
  fireEvent.click(screen.getByRole('button', { name: 'Schedule the meeting' }));
  await settle(150);
}

describe('a new meeting', () => {
  it('goes to the hub with its segments and their lists, typed and imported', async () => {
    const admin = await start();
    await newMeetingForm(admin.hub);
    type('title', 'Dialogue on oceans');
    type('organ', 'General Assembly');
    type('sittings.0.date', '2017-09-08');
    type('sittings.0.start', '9:30');
    type('sittings.0.end', '1230');
    type('defaultLimitMs', '4:00');

    // Segment 1: one speaker, with the chair's own entry form and its type-ahead.
    type('segments.0.title', 'Opening');
    fireEvent.click(segment(1).getByRole('button', { name: 'Add a speaker' }));
    const delegation = segment(1).getByRole('combobox', { name: 'Delegation' });
    fireEvent.change(delegation, { target: { value: 'ken' } });
    fireEvent.keyDown(delegation, { key: 'Enter' });
    fireEvent.click(segment(1).getByRole('button', { name: 'Add to the list' }));
    await settle();
    expect(segment(1).getByText('1 speaker')).toBeTruthy();

    // Segment 2: its own limit, and a list pasted into the chair's import.
    fireEvent.click(screen.getByRole('button', { name: 'Add a segment' }));
    type('segments.1.title', 'Dialogue');
    type('segments.1.defaultLimitMs', '2:00');
    fireEvent.click(segment(2).getByRole('button', { name: 'Import…' }));
    fireEvent.change(segment(2).getByLabelText('Rows to import'), {
      target: { value: 'Delegation,Speaker\nFrance,\nBrazil,Ana Silva\nAfrican Union,' },
    });
    fireEvent.click(segment(2).getByRole('button', { name: 'Add 3 speakers to the list' }));
    await settle();
    expect(segment(2).getByText('3 speakers')).toBeTruthy();

    await save();
    expect(await screen.findByRole('heading', { name: /Dialogue on oceans/ })).toBeTruthy();
    const scheduled = (await admin.meetings()).find((m) => m.title === 'Dialogue on oceans');
    expect(scheduled?.status).toBe('scheduled');
    const detail = await admin.meeting(scheduled?.meetingId ?? '');
    expect(detail.setup).toMatchObject({
      organ: 'General Assembly',
      sittings: [{ date: '2017-09-08', start: '09:30', end: '12:30' }],
      defaultLimitMs: 240_000,
      segments: [
        { title: 'Opening', speakers: [{ delegation: 'KEN' }] },
        {
          title: 'Dialogue',
          defaultLimitMs: 120_000,
          speakers: [
            { delegation: 'FRA' },
            { delegation: 'BRA', speakerName: 'Ana Silva' },
            { delegation: 'African Union' },
          ],
        },
      ],
    });
    expect(screen.getByText('Meeting scheduled (2017-09-08-1).')).toBeTruthy();
  });

  it('says next to each field what the form finds wrong, and sends nothing', async () => {
    const admin = await start();
    await newMeetingForm(admin.hub);
    type('sittings.0.end', '09:00');
    type('warningMs', 'soon');
    type('segments.0.defaultLimitMs', '0:05');
    await save();
    expect(errorOf('title')).toBe('Required.');
    expect(errorOf('sittings.0.end')).toBe('Ends before it starts.');
    expect(errorOf('warningMs')).toBe('Write m:ss (e.g. 3:00) or a number of seconds.');
    expect(errorOf('segments.0.defaultLimitMs')).toBe('From 0:10 to 60:00.');
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    // The first field at fault has the focus.
    expect(document.activeElement).toBe(field('title'));
    expect(screen.getByText('Nothing was saved: correct the fields marked.')).toBeTruthy();
    expect(await admin.meetings()).toHaveLength(1);
  });

  it('shows a sitting that overlaps another meeting of the room at that sitting', async () => {
    const admin = await start();
    await newMeetingForm(admin.hub);
    // The form starts tomorrow 10:00-13:00, when the briefing already sits.
    type('title', 'A clash');
    await save();
    const line = document.querySelectorAll('.admin-sitting')[0];
    const error = line?.querySelector('.admin-error');
    expect(error?.querySelector('.admin-error-text')?.textContent).toBe(
      'Overlaps another meeting of this room.',
    );
    expect(error?.querySelector('.admin-error-detail')?.textContent).toContain(
      '"Briefing on peacekeeping"',
    );
    expect(document.activeElement).toBe(error);
    expect(await admin.meetings()).toHaveLength(1);
  });

  it('shows the hub’s refusal of a segment’s title under that title', async () => {
    const admin = await start();
    await newMeetingForm(admin.hub);
    type('title', 'Long titles');
    type('sittings.0.date', '2017-09-09');
    fireEvent.click(screen.getByRole('button', { name: 'Add a segment' }));
    // Past the input's maxLength, as a paste from elsewhere may be: the hub has the last word.
    type('segments.1.title', 'x'.repeat(301));
    await save();
    const error = field('segments.1.title').parentElement?.querySelector('.admin-error');
    expect(error?.querySelector('.admin-error-text')?.textContent).toBe('Too long.');
    expect(error?.querySelector('.admin-error-detail')?.textContent).toBe(
      'too long, at most 300 characters.',
    );
    expect(document.activeElement).toBe(field('segments.1.title'));
  });
});
