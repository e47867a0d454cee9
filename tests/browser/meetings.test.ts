// A room that holds meetings, in headless Chromium against a real hub: the secretariat sets up a
// room and its calendar over REST; the wall and a phone announce the next meeting with the room's
// clock; the chair opens it from the console (after a confirmation), the screens say when it
// resumes between its sittings, the chair starts the next segment (not while someone has the
// floor) and adjourns; the screens then say so and what comes next, with no next speakers; the
// console stays read-only but for Undo; and when the secretariat replaces the chair key, the
// console asks for the new one. Screenshots go to .tmp/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EpochMs } from '../../shared/time.ts';
import { addDays, localDateAt, localTimeAt } from '../../shared/zoned-time.ts';
import {
  contrasts,
  launchChromium,
  overflowProblems,
  readWall,
  secretariat,
  settle,
  SHOWN_WITHIN_MS,
  startHub,
  waitForWall,
  type RunningHub,
  type WallReading,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const ROOM = 'cr9';
const MINUTE = 60_000;

/**
 * A time zone where it is about noon now (Etc/GMT-k is UTC+k): the room's sittings an hour either
 * side of now then fall on today's date, whenever the test runs.
 */
function zoneAtNoon(now: EpochMs): string {
  const offset = 12 - new Date(now).getUTCHours();
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

const FIRST = 'Committee on Information, 1st meeting';
const SECOND = 'Committee on Information, 2nd meeting';

let dataDir: string;
let hub: RunningHub;
let browser: Browser;
let zone: string;
let chairKey: string;
/** When the first meeting's second sitting starts, room time. */
let resumes: string;
const pages: Page[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-meetings-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  const now = Date.now();
  zone = zoneAtNoon(now);
  const created = await secretariat(hub, 'POST', '/api/rooms', {
    id: ROOM,
    name: 'Conference Room 9',
    timeZone: zone,
  });
  chairKey = String(created.chairKey);
  const at = (ms: number) => ({
    date: localDateAt(now + ms, zone),
    time: localTimeAt(now + ms, zone),
  });
  const [before, ended, back, end] = [
    at(-60 * MINUTE),
    at(-5 * MINUTE),
    at(60 * MINUTE),
    at(120 * MINUTE),
  ];
  resumes = back.time;
  // The first meeting: a sitting just over, another in an hour; two segments.
  await secretariat(hub, 'POST', `/api/rooms/${ROOM}/meetings`, {
    title: FIRST,
    organ: 'General Assembly',
    sittings: [
      { date: before.date, start: before.time, end: ended.time },
      { date: back.date, start: back.time, end: end.time },
    ],
    segments: [
      { title: 'Opening segment', speakers: [{ delegation: 'President of the General Assembly' }] },
      {
        title: 'General debate',
        speakers: [{ delegation: 'FRA' }, { delegation: 'KEN' }, { delegation: 'URY' }],
      },
    ],
  });
  const tomorrow = addDays(localDateAt(now, zone), 1);
  await secretariat(hub, 'POST', `/api/rooms/${ROOM}/meetings`, {
    title: SECOND,
    organ: 'General Assembly',
    sittings: [{ date: tomorrow, start: '10:00', end: '13:00' }],
    speakers: [{ delegation: 'CHL' }],
  });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records every script error and failed request. */
async function open(url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|WebSocket/.test(message.text())) {
      errors.push(`${url}: ${message.text()}`);
    }
  });
  pages.push(page);
  await page.goto(`${hub.url}${url}`);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The text of the first element matching `selector`, spaces collapsed, or undefined. */
function textOf(page: Page, selector: string): Promise<string | undefined> {
  return page.evaluate(
    (wanted) => document.querySelector(wanted)?.textContent?.replace(/\s+/g, ' ').trim(),
    selector,
  );
}

/** Waits until `selector` reads `expected`; fails with what it last read. */
async function waitForText(page: Page, selector: string, expected: string): Promise<void> {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const text = await textOf(page, selector);
    if (text === expected) return;
    if (Date.now() > deadline) {
      throw new Error(`${selector} reads ${JSON.stringify(text)}, expected ${expected}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A check of the wall's reading for waitForWall. */
const wallIs = (wanted: (wall: WallReading) => boolean, what: string) => (wall: WallReading) =>
  wanted(wall) ? undefined : what;

/** The wall's new texts: read from the back of the room, each at 7:1 or better. */
const WALL_TEXTS = [
  '.wall-upcoming-label',
  '.wall-upcoming-title',
  '.wall-upcoming-when',
  '.wall-upcoming-none',
  '.wall-idle h2',
  '.wall-segment',
  '.wall-message h2',
  '.wall-message p',
];

/** Nothing leaves the wall or is cut, and its new texts stand at 7:1, at two common sizes. */
async function wallFits(page: Page, name: string): Promise<void> {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport);
    await settle(page);
    expect(await overflowProblems(page, ['.wall-title h1', '.wall-upcoming-title'])).toEqual([]);
    for (const found of await contrasts(page, WALL_TEXTS)) {
      expect(found.ratio, `${found.selector} "${found.text}"`).toBeGreaterThanOrEqual(7);
    }
    await screenshot(page, `${name}-${viewport.width}x${viewport.height}`);
  }
}

describe('a room that holds meetings, in Chromium', () => {
  it('announces, opens, resumes, moves on a segment, adjourns, and replaces the chair key', async () => {
    // No meeting open: the room, its clock, and the next meeting (its second sitting: the first
    // is over), on the wall and on a phone.
    const wall = await open(`/display/${ROOM}`, { width: 1920, height: 1080 });
    let reading = await waitForWall(
      wall,
      wallIs((w) => w.idle?.kind === 'noMeeting', 'not idle'),
    );
    expect(reading.status).toBe('No meeting in progress');
    expect(reading.idle?.upcoming).toBe(`Next meeting${FIRST}Today at ${resumes}`);
    expect(reading.next).toEqual([]);
    expect(await textOf(wall, '.wall-title h1')).toBe('Conference Room 9');
    // The room's clock, in the room's time zone (either side of a minute's turn).
    const clock = await textOf(wall, '.wall-clock');
    expect([localTimeAt(Date.now() - MINUTE, zone), localTimeAt(Date.now(), zone)]).toContain(
      clock,
    );
    await wallFits(wall, 'meetings-wall-no-meeting');

    const phone = await open(`/follow/${ROOM}`, { width: 390, height: 844 });
    await waitForText(phone, '.follow-upcoming-title', FIRST);
    expect(await textOf(phone, '.follow-upcoming-when')).toBe(`Today at ${resumes}`);
    expect(await textOf(phone, '.follow-status')).toBe('No meeting in progress');
    expect(await phone.locator('.follow-list').count()).toBe(0);
    await screenshot(phone, 'meetings-phone-no-meeting');

    const arabic = await open(`/display/${ROOM}?lang=ar`, { width: 1920, height: 1080 });
    await waitForText(arabic, '.wall-upcoming-label', 'الجلسة التالية');
    expect(await textOf(arabic, '.wall-upcoming-when')).toBe(`اليوم الساعة ${resumes}`);
    await wallFits(arabic, 'meetings-wall-no-meeting-ar');

    // The chair opens it from the console, after a confirmation.
    const chair = await open(`/chair/${ROOM}#key=${encodeURIComponent(chairKey)}`, {
      width: 1366,
      height: 768,
    });
    await chair.getByRole('heading', { name: 'Open a meeting' }).waitFor();
    expect(await chair.locator('.chair-upcoming h3').allTextContents()).toEqual([FIRST, SECOND]);
    await screenshot(chair, 'meetings-console-open-choice');
    await chair.getByRole('button', { name: 'Open this meeting…' }).first().click();
    await chair.getByRole('alertdialog').waitFor();
    expect(await textOf(chair, '.chair-confirm p')).toBe(
      `Open “${FIRST}” now? The wall and the phones show it at once.`,
    );
    await chair.getByRole('button', { name: 'Open the meeting' }).click();
    await chair.locator('.chair-floor').waitFor();

    // Opened between its sittings, not yet started: the wall and the phone say when it starts.
    reading = await waitForWall(
      wall,
      wallIs((w) => w.message?.kind === 'resumes', 'no "resumes"'),
    );
    expect(reading.message).toEqual({
      kind: 'resumes',
      heading: 'The meeting will start',
      body: `Today at ${resumes}`,
    });
    expect(reading.segment).toBe('Opening segment');
    expect(reading.next).toEqual(['President of the General Assembly']);
    await waitForText(phone, '.follow-message h2', 'The meeting will start');
    expect(await textOf(phone, '.follow-segment')).toBe('Opening segment');

    // The next segment: not while someone has the floor, and the console says why.
    const startDebate = chair.getByRole('button', { name: 'Start this segment: General debate' });
    await chair.keyboard.press('Space');
    await waitForWall(
      wall,
      wallIs((w) => w.phase === 'running', 'nobody speaking'),
    );
    await chair.getByText(/^Someone has the floor: end the speech/).waitFor();
    expect(await startDebate.isDisabled()).toBe(true);
    await screenshot(chair, 'meetings-console-segments-busy');
    await chair.getByRole('button', { name: 'End speech' }).click();
    // Nobody on the floor, outside the sittings, the meeting under way: it resumes.
    reading = await waitForWall(
      wall,
      wallIs((w) => w.message?.heading === 'The meeting will resume', 'does not resume'),
    );
    expect(reading.message?.body).toBe(`Today at ${resumes}`);
    await wallFits(wall, 'meetings-wall-between-sittings');
    await waitForText(phone, '.follow-message h2', 'The meeting will resume');
    expect(await textOf(phone, '.follow-message p')).toBe(`Today at ${resumes}`);
    await screenshot(phone, 'meetings-phone-between-sittings');
    await chair.waitForFunction(
      () =>
        document.querySelector<HTMLButtonElement>('[data-segment-id="seg-2"] button')?.disabled ===
        false,
    );
    await startDebate.click();
    reading = await waitForWall(
      wall,
      wallIs((w) => w.segment === 'General debate', 'still the opening'),
    );
    expect(reading.next).toEqual(['France', 'Kenya', 'Uruguay']);
    await waitForText(phone, '.follow-segment', 'General debate');
    await screenshot(chair, 'meetings-console-segments');

    // Adjourned, after a confirmation: the wall and the phone say so and what comes next.
    await chair.getByRole('tab', { name: 'Meeting' }).click();
    await chair.getByRole('button', { name: 'Adjourn the meeting…' }).click();
    await chair.locator('.chair-confirm .chair-danger').click();
    reading = await waitForWall(
      wall,
      wallIs((w) => w.idle?.kind === 'adjourned', 'not adjourned'),
    );
    expect(reading.idle).toEqual({
      kind: 'adjourned',
      heading: 'The meeting is adjourned',
      upcoming: `Next meeting${SECOND}Tomorrow at 10:00`,
    });
    expect(reading.next).toEqual([]);
    await wallFits(wall, 'meetings-wall-adjourned');
    await waitForText(phone, '.follow-message h2', 'The meeting is adjourned');
    expect(await textOf(phone, '.follow-upcoming-when')).toBe('Tomorrow at 10:00');
    expect(await phone.locator('.follow-list, .follow-mine, .follow-floor').count()).toBe(0);
    await screenshot(phone, 'meetings-phone-adjourned');

    // The console: read-only but for Undo, and the next meeting to open.
    await chair.getByRole('tab', { name: /^List of speakers/ }).click();
    expect(await chair.getByRole('button', { name: 'Add a speaker' }).isDisabled()).toBe(true);
    expect(await chair.locator('.chair-undo').isDisabled()).toBe(false);
    expect(await chair.locator('.chair-upcoming h3').allTextContents()).toEqual([SECOND]);
    await screenshot(chair, 'meetings-console-adjourned');

    // The secretariat replaces the chair key: the console asks for the new one, and takes it.
    const rotated = await secretariat(hub, 'POST', `/api/rooms/${ROOM}/chair-key`);
    await waitForText(
      chair,
      '.chair-key-refused',
      'This room’s chair key was replaced by the secretariat. Enter the new key to go on.',
    );
    expect(await chair.evaluate(() => sessionStorage.length)).toBe(0);
    // Still so after the socket's reconnection delays (0.5-2 s): the old key is not tried again
    // (the hub would refuse it, and the console would say "refused this key" instead).
    await chair.waitForTimeout(2_500);
    expect(await textOf(chair, '.chair-key-refused')).toBe(
      'This room’s chair key was replaced by the secretariat. Enter the new key to go on.',
    );
    await screenshot(chair, 'meetings-console-key-replaced');
    await chair.getByLabel('Chair key').fill(String(rotated.key));
    await chair.getByRole('button', { name: 'Open the console' }).click();
    await chair.getByRole('heading', { name: 'Open a meeting' }).waitFor();

    expect((await readWall(wall)).reconnecting).toBe(false);
    expect(errors).toEqual([]);
    for (const page of pages) await page.close();
  });
});
