// A presentation clicker on the chair's console, in headless Chromium against a real hub: each of
// its keys (PageDown/PageUp, "b", "B", ".", F5, Shift+F5, Escape) and the arrows change the hub's
// room as the console's Keys list says; F5 never reloads the console, even with nothing to do,
// but is left to the browser in a text field; Escape cancels an open confirmation and leaves the
// clock alone; the option "calling the next speaker starts the clock" is kept per room across a
// reload. Screenshots of the console with its Keys list, in English and Arabic, go to
// .tmp/screenshots/clicker-*.png.
//
// Headless Chromium never reloads on a synthesized F5 (nor Ctrl+R), whatever the page does: a
// mark on `window` surviving proves nothing there. What keeps a real browser from reloading is
// the cancelled keydown, so the tests read `defaultPrevented` of every key the page received, once
// its dispatch is over; the mark and the count of page loads are checked as well.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timerPhase } from '../../shared/domain/timer.ts';
import type { RoomDetail } from '../../shared/protocol.ts';
import {
  command,
  launchChromium,
  roomNow,
  ROOM_ID,
  settle,
  SHOWN_WITHIN_MS,
  startDialogue,
  startHub,
  type RunningHub,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const LAPTOP = { width: 1366, height: 768 };

let dataDir: string;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-clicker-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  await startDialogue(hub);
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface OpenConsole {
  page: Page;
  errors: string[];
  /** How many times the console's page has been loaded (1 when opened). */
  loads(): number;
}

/** A key the page received, and whether its default (F5: reload) was cancelled. */
interface KeySeen {
  key: string;
  shiftKey: boolean;
  repeat: boolean;
  prevented: boolean;
}

/** A console opened from the chair's link, counting its page loads; fails on any script error. */
async function openConsole(language = 'en', viewport = LAPTOP): Promise<OpenConsole> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let loads = 0;
  page.on('load', () => (loads += 1));
  await page.goto(
    `${hub.url}/chair/${ROOM_ID}?lang=${language}#key=${encodeURIComponent(hub.chairKey)}`,
  );
  await page.waitForSelector('.chair-floor');
  // A mark only this load of the page has (a reload would lose it), and a log of the keys the
  // page received, read once each key's dispatch is over, whatever the listeners' order.
  await page.evaluate(() => {
    const seen: KeySeen[] = [];
    Object.assign(window, { clickerMark: 'this load', keysSeen: seen });
    window.addEventListener(
      'keydown',
      (event) => {
        setTimeout(() =>
          seen.push({
            key: event.key,
            shiftKey: event.shiftKey,
            repeat: event.repeat,
            prevented: event.defaultPrevented,
          }),
        );
      },
      true,
    );
  });
  return { page, errors, loads: () => loads };
}

/**
 * The keys the page has received since it was opened. Each is recorded in a timer its keydown
 * set; one set after them runs after them all, so the last key pressed is in, however loaded the
 * machine (read at once, a CI run found the list still empty).
 */
function keysSeen(page: Page): Promise<KeySeen[]> {
  return page.evaluate(
    () =>
      new Promise<KeySeen[]>((resolve) =>
        setTimeout(() => resolve((window as unknown as { keysSeen: KeySeen[] }).keysSeen)),
      ),
  );
}

/** The mark left on the page when it was opened, if it is still the same load. */
function markOf(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as { clickerMark?: unknown }).clickerMark);
}

/** Presses a key with nothing focused (the page's body), as a clicker's USB receiver would. */
async function pressOnPage(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press(key);
}

/** Waits until the hub's room has moved past `version` and satisfies `check`. */
async function hubAfter(version: number, check: (room: RoomDetail) => boolean) {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const room = await roomNow(hub);
    if (room.version > version && check(room)) return room;
    if (Date.now() > deadline) throw new Error(`The hub never showed it: ${JSON.stringify(room)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs `act`, then waits for the console's answer to it on the status line (a new answer, not
 * pending) and returns its kind. The hub sends the change before the answer: once the answer is
 * shown, the console's next key is made on the new state.
 */
async function answerTo(page: Page, act: () => Promise<void>): Promise<string | null> {
  const old = await page.evaluateHandle(() => document.querySelector('.chair-status span'));
  await act();
  await page.waitForFunction(
    (previous) => {
      const line = document.querySelector('.chair-status');
      return (
        line?.querySelector('span') !== previous && line?.getAttribute('data-kind') !== 'pending'
      );
    },
    old,
    { timeout: SHOWN_WITHIN_MS },
  );
  return page.locator('.chair-status').getAttribute('data-kind');
}

const phaseOf = (room: RoomDetail) => (room.floor ? timerPhase(room.floor.timer) : 'no floor');
const speakerOf = (room: RoomDetail) => room.floor?.speakerId;

/** Presses `key` and waits for the hub to show what it should have done. */
async function pressAndSee(
  page: Page,
  key: string,
  check: (room: RoomDetail, before: RoomDetail) => boolean,
): Promise<RoomDetail> {
  const before = await roomNow(hub);
  expect(await answerTo(page, () => pressOnPage(page, key))).toBe('done');
  return hubAfter(before.version, (room) => check(room, before));
}

async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('a presentation clicker on the console', () => {
  it('each of its keys changes the hub’s room, and F5 never reloads the console', async () => {
    const chair = await openConsole();
    const { page } = chair;
    expect(speakerOf(await roomNow(hub))).toBeUndefined();

    // Forward: the first speaker is called, clock ready.
    const called = await pressAndSee(page, 'PageDown', (r) => phaseOf(r) === 'ready');
    const first = speakerOf(called);
    // The black-screen and slideshow buttons start, pause and resume, like Space.
    await pressAndSee(page, 'b', (r) => phaseOf(r) === 'running');
    await pressAndSee(page, '.', (r) => phaseOf(r) === 'paused');
    await pressAndSee(page, 'F5', (r) => phaseOf(r) === 'running');
    await pressAndSee(page, 'Shift+F5', (r) => phaseOf(r) === 'paused');
    await pressAndSee(page, 'Escape', (r) => phaseOf(r) === 'running');
    await pressAndSee(page, 'Shift+B', (r) => phaseOf(r) === 'paused');
    // → ends the speech into the record and calls the next; ← takes the floor back to the first.
    const spoken = (r: RoomDetail) => r.speakers.find((s) => s.id === first)?.status === 'spoken';
    const second = await pressAndSee(
      page,
      'ArrowRight',
      (r) => speakerOf(r) !== first && phaseOf(r) === 'ready' && spoken(r),
    );
    await pressAndSee(page, 'ArrowLeft', (r) => speakerOf(r) === first && !spoken(r));
    await pressAndSee(page, 'PageDown', (r) => speakerOf(r) === speakerOf(second));
    await pressAndSee(page, 'PageUp', (r) => speakerOf(r) === first);
    await screenshot(page, 'clicker-keys-en-1366x768');

    // Every key's default was cancelled (F5's reload, PageDown's scroll), and the page was never
    // reloaded.
    expect(
      (await keysSeen(page))
        .filter((k) => k.key !== 'Shift')
        .map((k) => [k.shiftKey ? `Shift+${k.key}` : k.key, k.prevented]),
    ).toEqual([
      ['PageDown', true],
      ['b', true],
      ['.', true],
      ['F5', true],
      ['Shift+F5', true],
      ['Escape', true],
      ['Shift+B', true],
      ['ArrowRight', true],
      ['ArrowLeft', true],
      ['PageDown', true],
      ['PageUp', true],
    ]);
    expect(await markOf(page)).toBe('this load');
    expect(chair.loads()).toBe(1);
    expect(chair.errors).toEqual([]);
    await page.close();
  });

  it('a held F5 is one press and no reload; in a text field F5 is the browser’s', async () => {
    const chair = await openConsole();
    const { page } = chair;
    // Held down, F5 repeats: one resume (or pause), and every repeat cancelled too.
    const version = (await roomNow(hub)).version;
    await page.locator('body').focus();
    await page.keyboard.down('F5');
    await page.keyboard.down('F5');
    await page.keyboard.up('F5');
    await page.waitForTimeout(300);
    expect((await roomNow(hub)).version).toBe(version + 1);
    // A field is the chair's: there, F5 is left to the browser (a reload) and sends nothing.
    await page.getByLabel('This speaker’s limit').focus();
    await page.keyboard.press('F5');
    await page.waitForTimeout(300);
    expect((await roomNow(hub)).version).toBe(version + 1);
    expect((await keysSeen(page)).map((k) => [k.key, k.repeat, k.prevented])).toEqual([
      ['F5', false, true],
      ['F5', true, true],
      ['F5', false, false],
    ]);
    expect(await markOf(page)).toBe('this load');
    expect(chair.loads()).toBe(1);
    expect(chair.errors).toEqual([]);
    await page.close();
  });

  it('Escape cancels an open confirmation and leaves the clock alone', async () => {
    const chair = await openConsole();
    const { page } = chair;
    const before = await roomNow(hub);
    await page.getByRole('button', { name: 'Remove' }).first().click();
    const confirmation = page.getByRole('alertdialog');
    await confirmation.waitFor();
    // With the focus on its button, and with the focus gone elsewhere.
    await page.keyboard.press('Escape');
    await confirmation.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Remove' }).first().click();
    await confirmation.waitFor();
    await pressOnPage(page, 'Escape');
    await page.waitForTimeout(300);
    expect((await roomNow(hub)).version).toBe(before.version);
    // Once the confirmation is answered, Escape is the clock's again.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await pressAndSee(page, 'Escape', (r) => phaseOf(r) !== phaseOf(before));
    expect(chair.errors).toEqual([]);
    await page.close();
  });

  it('with “calling the next speaker starts the clock”, kept for the room, Next starts it', async () => {
    const chair = await openConsole();
    const { page } = chair;
    // The clicker's Next from a floor whose speech has started: it ends, the next one runs.
    const option = page.getByLabel('Calling the next speaker starts the clock');
    expect(await option.isChecked()).toBe(false);
    await option.check();
    expect(await page.evaluate(() => localStorage.getItem('rostrum.chair.cr4.callStarts'))).toBe(
      'true',
    );
    expect(await textOf(page, '.chair-keys [data-shortcut="next"] dd')).toBe(
      'Call the next speaker and start the clock',
    );
    // The focus is still on the box: the clicker works all the same.
    const before = await roomNow(hub);
    expect(await answerTo(page, () => page.keyboard.press('PageDown'))).toBe('done');
    await hubAfter(
      before.version,
      (r) => speakerOf(r) !== speakerOf(before) && phaseOf(r) === 'running',
    );
    // Kept across a reload; the Next button starts the clock too.
    await page.reload();
    await page.waitForSelector('.chair-floor');
    expect(await page.getByLabel('Calling the next speaker starts the clock').isChecked()).toBe(
      true,
    );
    const again = await roomNow(hub);
    await page.getByRole('button', { name: /^Next speaker/ }).click();
    await hubAfter(
      again.version,
      (r) => speakerOf(r) !== speakerOf(again) && phaseOf(r) === 'running',
    );
    expect(chair.errors).toEqual([]);
    await page.close();
  });
});

/** The text of the first element matching `selector`, spaces collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

describe('the console’s Keys list', () => {
  for (const language of ['en', 'ar']) {
    it(`lists every key, clicker’s too, beside the floor (${language})`, async () => {
      const { page, errors } = await openConsole(language);
      const rows = await page
        .locator('.chair-keys [data-keys]')
        .evaluateAll((list) => list.map((row) => row.getAttribute('data-keys')));
      expect(rows).toEqual([
        'Space B . F5 Shift+F5 Escape',
        'ArrowRight PageDown',
        'ArrowLeft PageUp',
        'S',
        'Plus',
        '-',
        'Control+Z',
      ]);
      await screenshot(page, `clicker-console-${language}-1366x768`);
      await page.locator('.chair-keys').scrollIntoViewIfNeeded();
      await screenshot(page, `clicker-keys-list-${language}-1366x768`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('comes after the tabs on a portrait tablet, so the list follows the floor', async () => {
    const { page, errors } = await openConsole('en', { width: 800, height: 1280 });
    const keysTop = await page
      .locator('.chair-keys')
      .evaluate((e) => e.getBoundingClientRect().top);
    const tabsBottom = await page
      .locator('.chair-tabs')
      .evaluate((e) => e.getBoundingClientRect().bottom);
    expect(keysTop).toBeGreaterThanOrEqual(tabsBottom);
    await page.locator('.chair-keys').scrollIntoViewIfNeeded();
    await screenshot(page, 'clicker-keys-list-en-800x1280');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('F5 with nothing to do (the meeting adjourned) is still kept from the browser', async () => {
    const chair = await openConsole();
    await command(hub, { type: 'adjournMeeting' });
    await chair.page.waitForSelector('.chair-adjourned');
    const version = (await roomNow(hub)).version;
    await pressOnPage(chair.page, 'F5');
    await chair.page.getByText('The meeting is adjourned: only Undo can change it now.').waitFor();
    expect((await roomNow(hub)).version).toBe(version);
    expect(await keysSeen(chair.page)).toEqual([
      { key: 'F5', shiftKey: false, repeat: false, prevented: true },
    ]);
    expect(await markOf(chair.page)).toBe('this load');
    expect(chair.loads()).toBe(1);
    await chair.page.close();
  });
});
