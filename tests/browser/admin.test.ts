// The secretariat's console in headless Chromium against a real hub: a meeting is set up from
// /admin (two segments, a list typed with the chair's entry form and one imported), opened, shown
// on the wall, run and adjourned from the chair's console, and found in /admin's past meetings
// with its record. Screenshots go to .tmp/screenshots/admin-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeeting } from '../../client/views/admin/api-shapes.ts';
import type { MeetingDetail } from '../../shared/protocol.ts';
import { addDays, localDateAt } from '../../shared/zoned-time.ts';
import {
  command,
  launchChromium,
  ROOM_ID,
  settle,
  SHOWN_WITHIN_MS,
  startHub,
  type RunningHub,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const LAPTOP = { width: 1366, height: 900 };
const TITLE = 'Dialogue on the ocean';

let dataDir: string;
let hub: RunningHub;
let browser: Browser;
let adminKey: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-admin-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  // The hub made its own key at first start, as it does without ROSTRUM_ADMIN_KEY.
  adminKey = hub.hub.adminKey.key;
  // The demo's meeting is open in cr4: it is adjourned, so that the new one can be opened.
  await command(hub, { type: 'adjournMeeting' });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page that fails the test on any script error or failed request. */
async function openPage(viewport = LAPTOP) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && !url.endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${url}`);
    }
  });
  return { page, errors };
}

async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The hub's meeting with that title, once it satisfies `check`. */
async function hubMeeting(check: (meeting: MeetingDetail) => boolean): Promise<MeetingDetail> {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const listing = (await (await fetch(`${hub.url}/api/rooms/${ROOM_ID}/meetings`)).json()) as {
      meetingId: string;
      title: string;
    }[];
    const found = listing.find((m) => m.title === TITLE);
    if (found) {
      const response = await fetch(`${hub.url}/api/rooms/${ROOM_ID}/meetings/${found.meetingId}`);
      const detail = readMeeting(await response.json());
      if (detail && check(detail)) return detail;
    }
    if (Date.now() > deadline) throw new Error(`The hub never had "${TITLE}" as expected`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A segment's card in the meeting form, by its number (1-based). */
const segment = (page: Page, n: number) => page.locator(`[data-segment-index="${n - 1}"]`);

describe('a meeting from the secretariat to the record', () => {
  it('is set up in /admin, opened, shown on the wall, adjourned, and found with its record', async () => {
    const admin = await openPage();
    const { page } = admin;
    await page.goto(`${hub.url}/admin#key=${encodeURIComponent(adminKey)}`);
    await page.getByRole('heading', { name: 'Conference Room 4' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');

    // The meeting: tomorrow in New York, two segments.
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Organ').fill('General Assembly');
    const tomorrow = addDays(localDateAt(Date.now(), 'America/New_York'), 1);
    await page.locator('[data-field="sittings.0.date"]').fill(tomorrow);
    await page.locator('[data-field="segments.0.title"]').fill('Opening');
    // Segment 1's list, typed with the chair's own form and its type-ahead over the States.
    await segment(page, 1).getByRole('button', { name: 'Add a speaker' }).click();
    await segment(page, 1).getByRole('combobox', { name: 'Delegation' }).fill('keny');
    await page.keyboard.press('Enter');
    await segment(page, 1).getByRole('textbox', { name: 'Speaker’s name' }).fill('Amina Mohamed');
    await segment(page, 1).getByRole('button', { name: 'Add to the list' }).click();
    await segment(page, 1).getByText('1 speaker', { exact: true }).waitFor();
    // Segment 2's list, imported as the chair imports one.
    await page.getByRole('button', { name: 'Add a segment' }).click();
    await page.locator('[data-field="segments.1.title"]').fill('Dialogue');
    await page.locator('[data-field="segments.1.defaultLimitMs"]').fill('2:00');
    await segment(page, 2).getByRole('button', { name: 'Import…' }).click();
    await segment(page, 2).getByLabel('Rows to import').fill('France\nBrazil\nAfrican Union');
    await segment(page, 2).getByRole('button', { name: 'Add 3 speakers to the list' }).click();
    await segment(page, 2).getByText('3 speakers', { exact: true }).waitFor();
    await screenshot(page, 'admin-meeting-form');
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.getByText(/^Meeting scheduled \(/).waitFor();

    const scheduled = await hubMeeting((m) => m.status === 'scheduled');
    expect(scheduled.setup.segments).toEqual([
      {
        title: 'Opening',
        speakers: [{ delegation: 'KEN', speakerName: 'Amina Mohamed' }],
      },
      {
        title: 'Dialogue',
        defaultLimitMs: 120_000,
        speakers: [{ delegation: 'FRA' }, { delegation: 'BRA' }, { delegation: 'African Union' }],
      },
    ]);

    // Opened. The console's control for opening a scheduled meeting is being built on another
    // branch; until it lands here, the meeting is opened with the REST command the console will
    // send (openMeeting), with the secretariat's key.
    const wall = await openPage({ width: 1280, height: 720 });
    await wall.page.goto(`${hub.url}/display/${ROOM_ID}`);
    const opened = await fetch(`${hub.url}/api/rooms/${ROOM_ID}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({ type: 'openMeeting', meetingId: scheduled.meetingId }),
    });
    expect(opened.status).toBe(200);
    await wall.page.getByRole('heading', { name: TITLE }).waitFor({ timeout: SHOWN_WITHIN_MS });
    await screenshot(wall.page, 'admin-wall');

    // Run and adjourned from the chair's console: Kenya speaks, then the meeting is adjourned.
    const chair = await openPage();
    await chair.page.goto(`${hub.url}/chair/${ROOM_ID}#key=${encodeURIComponent(hub.chairKey)}`);
    await chair.page.waitForSelector('.chair-floor');
    await chair.page.getByRole('button', { name: /Call next and start/ }).click();
    await chair.page.locator('.chair-delegation', { hasText: 'Kenya' }).waitFor();
    await chair.page.waitForTimeout(1200);
    await chair.page.getByRole('button', { name: /End speech/ }).click();
    await chair.page.getByRole('tab', { name: 'Meeting' }).click();
    await chair.page.getByRole('button', { name: 'Adjourn the meeting…' }).click();
    await chair.page.getByRole('alertdialog').getByRole('button', { name: 'Adjourn' }).click();
    await chair.page.locator('.chair-adjourned').waitFor();
    const held = await hubMeeting((m) => m.status === 'adjourned');
    expect(held.state?.record.map((r) => [r.delegation, r.segmentId])).toEqual([['KEN', 'seg-1']]);

    // Found in /admin's past meetings, read only, with its record and the CSV.
    await page.getByRole('button', { name: '← Back to the calendar' }).click();
    await page.reload();
    const past = page.getByRole('region', { name: 'Past meetings' });
    await past.getByText(TITLE).click();
    await page.getByText('This meeting is adjourned: its record is closed and kept.').waitFor();
    const row = page.locator('.admin-record tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const cells = await row.first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['1', 'Kenya', 'Opening']);
    expect(cells[4]).toMatch(/^0:0[1-9]$/);
    const csv = await page
      .getByRole('link', { name: 'Download the record (CSV)' })
      .getAttribute('href');
    const download = await fetch(`${hub.url}${csv ?? ''}`);
    expect(download.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await download.text()).toContain('Kenya');
    await screenshot(page, 'admin-past-meeting');

    expect(admin.errors).toEqual([]);
    expect(wall.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
    await Promise.all([page.close(), wall.page.close(), chair.page.close()]);
  });
});
