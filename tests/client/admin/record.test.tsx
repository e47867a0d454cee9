// @vitest-environment jsdom
// A meeting held and adjourned on a real hub is found among the past meetings, read only, with
// its record (who spoke, in which segment, when, for how long, how far over) and the hub's CSV;
// and the console speaks Arabic, right to left, like the other screens.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordUrl } from '../../../client/views/admin/admin-api.ts';
import { adminHarness, renderAdmin, ROOM_ID, type AdminHub } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

const BRIEFING = '2017-09-07-1';

/** The briefing held: the opening's two speakers, then one of the dialogue, 50 s over time. */
async function holdBriefing(admin: AdminHub) {
  const clock = admin.hub.clock;
  await admin.command({ type: 'openMeeting', meetingId: BRIEFING });
  for (const spokenMs of [240_000, 65_000]) {
    await admin.command({ type: 'nextSpeaker', start: true });
    clock.advance(spokenMs);
    await admin.command({ type: 'endSpeech' });
  }
  await admin.command({ type: 'startSegment', segmentId: 'seg-2' });
  await admin.command({ type: 'nextSpeaker', start: true });
  clock.advance(230_000);
  await admin.command({ type: 'endSpeech' });
  await admin.command({ type: 'adjournMeeting' });
}

/** The record table's rows, each cell's text. */
const recordRows = () =>
  [...document.querySelectorAll('.admin-record tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()),
  );

describe('a past meeting', () => {
  it('is found among the past meetings with its record and its CSV', async () => {
    const admin = await start();
    await holdBriefing(admin);
    renderAdmin(admin.hub);
    const past = await screen.findByRole('region', { name: 'Past meetings' });
    const line = await within(past).findByText('Briefing on peacekeeping');
    expect(line.closest('li')?.textContent).toContain('Adjourned');
    fireEvent.click(line);
    await screen.findByText('This meeting is adjourned: its record is closed and kept.');
    // Read only: no form, nothing to delete.
    expect(screen.queryByRole('button', { name: 'Save the changes' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete the meeting' })).toBeNull();
    await screen.findByRole('table');
    // 10:00 New York time is when the hub's clock says the briefing opened.
    expect(recordRows()).toEqual([
      ['1', 'Secretary-General', 'Opening', '10:00:00', '4:00', ''],
      ['2', 'France', 'Opening', '10:04:00', '1:05', ''],
      ['3', 'Kenya', 'Dialogue', '10:05:05', '3:50', '+0:50'],
    ]);
    const csv = screen.getByRole('link', { name: 'Download the record (CSV)' });
    expect(csv.getAttribute('href')).toBe(recordUrl(ROOM_ID, BRIEFING, true));
    const response = await fetch(`${admin.hub.url}${csv.getAttribute('href') ?? ''}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await response.text()).toContain('Kenya');
  });
});

describe('in Arabic', () => {
  it('is written right to left, in Arabic, the ids and times left to right', async () => {
    const admin = await start();
    await holdBriefing(admin);
    renderAdmin(admin.hub, { language: 'ar' });
    const page = document.querySelector('.admin-page');
    expect(page?.getAttribute('dir')).toBe('rtl');
    expect(page?.getAttribute('lang')).toBe('ar');
    const past = await screen.findByRole('region', { name: 'الجلسات السابقة' });
    expect(screen.getByRole('tab', { name: 'الجدول الزمني' })).toBeTruthy();
    expect(within(past).getByText('2017-09-07-1').getAttribute('dir')).toBe('ltr');
    fireEvent.click(within(past).getByText('Briefing on peacekeeping'));
    await screen.findByRole('table');
    expect(screen.getByRole('link', { name: 'تنزيل السجل (CSV)' })).toBeTruthy();
    expect(recordRows()[2]?.slice(0, 3)).toEqual(['3', 'كينيا', 'Dialogue']);
  });
});
