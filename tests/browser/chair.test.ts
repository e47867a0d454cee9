// The chair's console in headless Chromium against a real hub: a wrong key is refused and the
// right one (typed, or from #key=) opens the console and leaves the address bar; a short meeting
// is run through the console's UI alone (import from a CSV file and by pasting, start, pause,
// +30 s, next, skip, undo, the interpretation notice, suspension) while a wall display and a
// second console follow, and the record matches; rows are reordered by dragging a handle and with
// Alt+arrows; every control is at least 44 px on a tablet, held either way. Screenshots go to
// .tmp/screenshots/chair-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpeechesResponse } from '../../shared/protocol.ts';
import { localDateAt, localTimeAt } from '../../shared/zoned-time.ts';
import {
  all,
  command,
  launchChromium,
  roomNow,
  ROOM_ID,
  settle,
  shows,
  startDialogue,
  startHub,
  waitForWall,
  type RunningHub,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const LAPTOP = { width: 1366, height: 768 };
const TABLET = { width: 1280, height: 800 };
const TIME_ZONE = 'America/New_York';
/** How long the page may take to show what the hub has just accepted. */
const SHOWN_WITHIN_MS = 5000;

let dataDir: string;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-chair-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  await startDialogue(hub);
  // One sitting from midnight to 90 minutes from now (New York), so that whenever the test runs
  // the projection is live and the demo list of 42 overflows it.
  const now = Date.now();
  const end = localTimeAt(now + 90 * 60_000, TIME_ZONE);
  const today = localDateAt(now, TIME_ZONE);
  const sittingEnd = end > localTimeAt(now, TIME_ZONE) ? end : '23:59';
  await command(hub, {
    type: 'updateMeeting',
    sittings: [{ date: today, start: '00:00', end: sittingEnd === '00:00' ? '23:59' : sittingEnd }],
  });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page that fails the test on any script error or failed request. */
async function openPage(viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return { page, errors };
}

/** A console opened from the link printed at start (#key=…). */
async function openConsole(viewport = LAPTOP) {
  const opened = await openPage(viewport);
  await opened.page.goto(`${hub.url}/chair/${ROOM_ID}#key=${encodeURIComponent(hub.chairKey)}`);
  await opened.page.waitForSelector('.chair-floor');
  return opened;
}

/** The text of the first element matching `selector`, spaces collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the status line says `expected`. */
async function statusSays(page: Page, expected: string | RegExp): Promise<void> {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  let last = '';
  while (Date.now() < deadline) {
    last = await textOf(page, '.chair-status');
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`The status line says "${last}", not ${String(expected)}`);
}

/** Waits until the hub's room satisfies `check`. */
async function hubShows(check: (room: Awaited<ReturnType<typeof roomNow>>) => boolean) {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const room = await roomNow(hub);
    if (check(room)) return room;
    if (Date.now() > deadline) throw new Error(`The hub never showed it: ${JSON.stringify(room)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Presses a key with nothing focused (the page's body). */
async function pressOnPage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press(key);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('the chair key', () => {
  it('refuses a wrong key and says so; the right one opens the console', async () => {
    const { page, errors } = await openPage(LAPTOP);
    await page.goto(`${hub.url}/chair/${ROOM_ID}#key=not-the-key`);
    await page.waitForSelector('.chair-key-refused');
    expect(await textOf(page, '.chair-key-refused')).toBe(
      'The hub refused this key: That is not the chair key of this room.',
    );
    // The key has left the address bar at once, wrong or right.
    expect(new URL(page.url()).hash).toBe('');
    await screenshot(page, 'chair-key-refused-1366x768');
    await page.getByLabel('Chair key').fill(hub.chairKey);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.chair-floor');
    // Kept for this tab: a reload opens the console without asking again.
    expect(await page.evaluate(() => sessionStorage.getItem('rostrum.chairKey.cr4'))).toBe(
      hub.chairKey,
    );
    await page.reload();
    await page.waitForSelector('.chair-floor');
    expect(page.url()).toBe(`${hub.url}/chair/${ROOM_ID}`);
    // The hub answered 403 to nothing: a refused handshake is not an HTTP error.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the key from #key= and removes it from the address bar', async () => {
    const { page, errors } = await openConsole();
    expect(page.url()).toBe(`${hub.url}/chair/${ROOM_ID}`);
    expect(await textOf(page, '.chair-connection')).toBe('Connected');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a short meeting run from the console alone', () => {
  it('imports, starts, pauses, skips, calls the next, sets the notice, suspends', async () => {
    const chair = await openConsole(LAPTOP);
    const other = await openConsole(TABLET);
    const wallPage = await openPage({ width: 1280, height: 720 });
    await wallPage.page.goto(`${hub.url}/display/${ROOM_ID}`);
    await wallPage.page.waitForSelector('.wall-header');
    const { page } = chair;
    const wall = wallPage.page;

    // Import by pasting: the preview shows the bad row, nothing is sent until it is right.
    const before = (await roomNow(hub)).version;
    await page.getByRole('button', { name: 'Import…' }).click();
    const rows = page.getByLabel('Rows to import');
    // A CSV file first (its text lands in the box, for correcting), then pasted text.
    await page.getByLabel('CSV file').setInputFiles({
      name: 'speakers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'delegation,speaker,title,on behalf of,category,limit',
          'Kenya,,Permanent Representative,,,2:30',
          'Chile,,,,diplomat,',
          ',A. Person,,,,',
        ].join('\r\n'),
      ),
    });
    await page.waitForSelector('.chair-import tr[data-error]');
    expect(
      await page.locator('.chair-import tbody tr .chair-import-problem').allTextContents(),
    ).toEqual(['OK', 'Unknown category “diplomat”.', 'Name the delegation.']);
    const confirm = page.getByRole('button', { name: /^Add \d+ speakers? to the list$/ });
    expect(await confirm.isDisabled()).toBe(true);
    await screenshot(page, 'chair-import-1366x768');
    expect((await roomNow(hub)).version).toBe(before);
    await rows.fill(
      [
        'delegation,speaker,title,on behalf of,category,limit',
        'Kenya,,Permanent Representative,,,2:30',
        'Chile,,,,member state,',
        'African Union,,Head of Delegation,,intergovernmental,',
      ].join('\n'),
    );
    await confirm.click();
    await page.getByText('3 speakers added to the list.').waitFor();
    const imported = await roomNow(hub);
    expect(imported.speakers.slice(-3).map((s) => [s.delegation, s.category, s.limitMs])).toEqual([
      ['KEN', 'memberState', 150_000],
      ['CHL', 'memberState', null],
      ['African Union', 'intergovernmental', null],
    ]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Space: nobody has the floor, so the first speaker is called and the clock starts.
    await pressOnPage(page, 'Space');
    await statusSays(page, 'Next speaker called.');
    await waitForWall(wall, all(shows('delegation', 'European Union'), shows('phase', 'running')));
    // The other console follows.
    await other.page.waitForFunction(
      () => document.querySelector('.chair-delegation')?.textContent === 'European Union',
    );

    // Space again pauses; + adds 30 seconds. (Each key waits for the console's answer: a key
    // pressed on a state the console has not yet seen would rightly be refused as a conflict.)
    await pressOnPage(page, 'Space');
    await statusSays(page, 'Clock paused.');
    await waitForWall(wall, shows('phase', 'paused'));
    await pressOnPage(page, '+');
    await statusSays(page, 'Time adjusted.');
    expect((await roomNow(hub)).floor?.timer.adjustmentMs).toBe(30_000);
    await screenshot(page, 'chair-floor-paused-1366x768');

    // A click on the main button resumes; Space with that button focused pauses once, no more.
    await page.locator('.chair-primary').click();
    await statusSays(page, 'Clock running again.');
    await waitForWall(wall, shows('phase', 'running'));
    const version = (await roomNow(hub)).version;
    await page.locator('.chair-primary').focus();
    await page.keyboard.press('Space');
    await statusSays(page, 'Clock paused.');
    await waitForWall(wall, shows('phase', 'paused'));
    await page.waitForTimeout(300);
    expect((await roomNow(hub)).version).toBe(version + 1);

    // Right arrow: the speech ends into the record and the next speaker is called.
    await pressOnPage(page, 'ArrowRight');
    await statusSays(page, 'Next speaker called.');
    await waitForWall(
      wall,
      all(shows('delegation', 'Netherlands (Kingdom of the)'), shows('phase', 'ready')),
    );
    // S: the Netherlands are not there; skipped to the end, the floor goes to Australia.
    await pressOnPage(page, 's');
    await statusSays(page, 'Speaker skipped: moved to the end as absent.');
    await waitForWall(wall, all(shows('delegation', 'Australia'), shows('phase', 'ready')));
    await page.locator('.chair-primary').click();
    await statusSays(page, 'Clock started.');
    await waitForWall(wall, shows('phase', 'running'));
    await page.waitForTimeout(1100);
    // PageDown (a clicker) calls the next; Ctrl+Z takes it back; PageDown again.
    await pressOnPage(page, 'PageDown');
    await statusSays(page, 'Next speaker called.');
    await waitForWall(wall, shows('delegation', 'Brazil'));
    await pressOnPage(page, 'Control+z');
    await statusSays(page, 'Undone.');
    await waitForWall(wall, all(shows('delegation', 'Australia'), shows('phase', 'running')));
    await pressOnPage(page, 'PageDown');
    await statusSays(page, 'Next speaker called.');
    await waitForWall(wall, all(shows('delegation', 'Brazil'), shows('phase', 'ready')));
    await screenshot(page, 'chair-list-1366x768');
    await other.page.waitForFunction(
      () => document.querySelector('.chair-delegation')?.textContent === 'Brazil',
    );
    await screenshot(other.page, 'chair-list-1280x800');

    // The interpretation notice: partial, in English and French.
    await page.getByRole('tab', { name: 'Meeting' }).click();
    await page.getByRole('radio', { name: 'Partial' }).check();
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByRole('checkbox', { name: 'French' }).check();
    await page.getByLabel('Note (optional)').first().fill('Arabic and Spanish from 15:00.');
    await page.getByRole('button', { name: 'Show the notice' }).click();
    await waitForWall(
      wall,
      shows(
        'notice',
        /Interpretation only in: English and French · Not available: Arabic, Chinese, Russian, and Spanish · Arabic and Spanish/,
      ),
    );
    expect((await roomNow(hub)).interpretation).toEqual({
      status: 'partial',
      languages: ['en', 'fr'],
      note: 'Arabic and Spanish from 15:00.',
    });

    // Suspend until an hour from now, room time.
    const resumeAt = localTimeAt(Date.now() + 60 * 60_000, TIME_ZONE);
    await page.getByLabel('Resume at (room time)').fill(resumeAt);
    await page.getByRole('button', { name: 'Suspend the meeting' }).click();
    await statusSays(page, 'Meeting suspended.');
    const suspended = await waitForWall(wall, shows('status', `Suspended until ${resumeAt}`));
    expect(suspended.message?.kind).toBe('suspended');
    expect(suspended.message?.body).toContain(`It will resume at ${resumeAt}`);
    expect(await textOf(page, '.chair-meeting-status')).toBe(`Suspended until ${resumeAt}`);
    await screenshot(page, 'chair-meeting-1366x768');
    await other.page.getByRole('tab', { name: 'Meeting' }).click();
    await screenshot(other.page, 'chair-meeting-1280x800');

    // The record: the hub's and the console's, two speeches in order.
    const response = await fetch(`${hub.url}/api/rooms/${ROOM_ID}/speeches`);
    const record = (await response.json()) as SpeechesResponse;
    expect(record.speeches.map((s) => [s.delegation, s.adjustmentMs])).toEqual([
      ['European Union', 30_000],
      ['AUS', 0],
    ]);
    await page.getByRole('tab', { name: /^Record/ }).click();
    await page.waitForSelector('.chair-record-table');
    expect(
      await page.locator('.chair-record-table tbody td:nth-child(2)').allTextContents(),
    ).toEqual(['European Union', 'Australia']);
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/api/rooms/${ROOM_ID}/speeches?format=csv`);
    const csv = await (await fetch(`${hub.url}${csvHref}`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    await screenshot(page, 'chair-record-1366x768');

    // The wall's own preview on the console shows the suspension too.
    expect(await page.locator('.chair-preview .wall-message').getAttribute('data-kind')).toBe(
      'suspended',
    );
    for (const opened of [chair, other, wallPage]) {
      expect(opened.errors).toEqual([]);
      await opened.page.close();
    }
  });
});

describe('the list', () => {
  it('reorders by dragging a handle, and with Alt+arrows on it', async () => {
    if ((await roomNow(hub)).status.kind === 'suspended') {
      await command(hub, { type: 'resumeMeeting' });
    }
    const { page, errors } = await openConsole(LAPTOP);
    const order = async () =>
      (await roomNow(hub)).speakers.filter((s) => s.status === 'waiting').map((s) => s.id);
    const [first, second, third] = await order();
    if (!first || !second || !third) throw new Error('too few speakers waiting');
    // Drag the third waiting speaker above the first.
    const handle = page.locator(`[data-handle-for="${third}"]`);
    const target = page.locator(`[data-speaker-id="${first}"]`);
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('rows not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y + 10, { steps: 8 });
    expect(await target.getAttribute('data-drop')).toBe('before');
    await page.mouse.up();
    await statusSays(page, 'Speaker moved.');
    expect((await order()).slice(0, 3)).toEqual([third, first, second]);
    // Alt+↓ twice on the moved speaker's handle, which keeps the focus.
    await handle.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await statusSays(page, 'Speaker moved.');
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-handle-for') === id,
      third,
    );
    await page.keyboard.press('Alt+ArrowDown');
    await hubShows((room) => room.speakers.findIndex((s) => s.id === third) > 0);
    expect((await order()).slice(0, 3)).toEqual([first, second, third]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on a 10-inch tablet', () => {
  for (const viewport of [TABLET, { width: 800, height: 1280 }]) {
    const size = `${viewport.width}x${viewport.height}`;
    it(`has no control under 44 px and nothing beyond the screen’s width (${size})`, async () => {
      const { page, errors } = await openConsole(viewport);
      const check = () =>
        page.evaluate(() => {
          const small: string[] = [];
          let checked = 0;
          const selector =
            '.chair-page button, .chair-page a, .chair-page input, .chair-page select';
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            // The wall's preview is a picture of the wall: nothing in it can be touched.
            if (element.closest('[inert]')) continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            // A radio button or a checkbox is touched through its whole label.
            const target =
              element instanceof HTMLInputElement &&
              (element.type === 'radio' || element.type === 'checkbox')
                ? (element.closest('label')?.getBoundingClientRect() ?? box)
                : box;
            checked += 1;
            if (target.height < 44 || target.width < 44) {
              const name = (element.textContent || element.getAttribute('aria-label') || '')
                .trim()
                .slice(0, 30);
              small.push(
                `${element.tagName.toLowerCase()} "${name}" ${Math.round(target.width)}x${Math.round(target.height)}`,
              );
            }
          }
          return {
            small,
            checked,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
      const found: string[] = [];
      let checkedInAll = 0;
      for (const tab of ['List of speakers', 'Meeting', 'Record']) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        if (tab === 'List of speakers') {
          await page.getByRole('button', { name: 'Add a speaker' }).click();
          await page.getByRole('button', { name: 'Import…' }).click();
        }
        if (tab === 'Meeting') await page.getByRole('radio', { name: 'Partial' }).check();
        await settle(page);
        const { small, checked, overflow } = await check();
        checkedInAll += checked;
        found.push(...small.map((s) => `${tab}: ${s}`));
        expect(overflow).toBeLessThanOrEqual(0);
        if (tab === 'List of speakers') {
          await page.getByRole('button', { name: 'Import…' }).click();
          await page.getByRole('button', { name: 'Add a speaker' }).click();
          await screenshot(page, `chair-tablet-${size}`);
        }
      }
      expect(checkedInAll).toBeGreaterThan(100);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
