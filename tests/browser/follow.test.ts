// The delegates' phone view in headless Chromium at 390x844 against a real hub, the meeting run
// over REST as the chair would: a delegate picks a delegation, its card moves up the line as
// speakers advance, the alert comes at two speakers away (on the page, a vibration, a notice);
// axe-core finds no serious or critical problem in light or dark mode, in English or Arabic; the
// page reflows at 200% text; without the hub it says so, keeps counting and catches up by itself.
// Screenshots go to .tmp/screenshots/follow-*.png.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateAt } from '../../shared/zoned-time.ts';
import {
  command,
  launchChromium,
  ROOM_ID,
  startDialogue,
  startHub,
  type RunningHub,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
/** How long the page may take to show what the hub has just accepted. */
const SHOWN_WITHIN_MS = 5000;

let dataDir: string;
let hub: RunningHub;
let browser: Browser;
const hubs: RunningHub[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-follow-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  hubs.push(hub);
  await startDialogue(hub);
  // Sittings around the clock today and tomorrow (New York), so that every speaker gets an
  // estimated time whenever the test runs.
  const today = localDateAt(Date.now(), 'America/New_York');
  await command(hub, {
    type: 'updateMeeting',
    sittings: [
      { date: today, start: '00:00', end: '23:59' },
      { date: addDays(today, 1), start: '00:00', end: '23:59' },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  for (const running of hubs) await running.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Records the phone's calls to vibrate and to notify (the real Notification still runs). */
function recordSignals(): void {
  const record = window as unknown as {
    vibrations: number[][];
    notifications: { title: string; body: string | undefined }[];
  };
  record.vibrations = [];
  record.notifications = [];
  Object.defineProperty(navigator, 'vibrate', {
    configurable: true,
    value: (pattern: number | Iterable<number>) => {
      record.vibrations.push(typeof pattern === 'number' ? [pattern] : [...pattern]);
      return true;
    },
  });
  const Real = window.Notification;
  function Recording(title: string, options?: NotificationOptions) {
    record.notifications.push({ title, body: options?.body });
    return new Real(title, options);
  }
  Object.defineProperty(Recording, 'permission', { get: () => Real.permission });
  Recording.requestPermission = () => Real.requestPermission();
  Object.defineProperty(window, 'Notification', { value: Recording, configurable: true });
}

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A phone's page on the follow route, failing the test on any script error or failed load. */
async function openPhone(options: { locale?: string; url?: string } = {}): Promise<Opened> {
  const base = options.url ?? hub.url;
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? 'en-US',
  });
  await context.grantPermissions(['notifications'], { origin: base });
  await context.addInitScript(recordSignals);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    // A hub taken away on purpose makes the socket fail to reconnect for a while.
    if (message.type() === 'error' && !/Failed to load resource|WebSocket/.test(text)) {
      errors.push(text);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.goto(`${base}/follow/${ROOM_ID}`);
  await page.waitForSelector('.follow-floor');
  return { context, page, errors };
}

/** The text of the first element matching `selector`, spaces collapsed, or undefined. */
function textOf(page: Page, selector: string): Promise<string | undefined> {
  return page.evaluate(
    (wanted) => document.querySelector(wanted)?.textContent?.replace(/\s+/g, ' ').trim(),
    selector,
  );
}

/** Waits until `selector`'s text matches `expected`; fails with what it last read. */
async function waitForText(page: Page, selector: string, expected: RegExp): Promise<string> {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const text = await textOf(page, selector);
    if (text !== undefined && expected.test(text)) return text;
    if (Date.now() > deadline) {
      throw new Error(`${selector} reads ${JSON.stringify(text)}, expected ${String(expected)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The digits as a number of seconds left. */
function secondsLeft(digits: string | undefined): number {
  const match = /^(\d+):(\d\d)$/.exec(digits ?? '');
  if (!match) throw new Error(`Not a countdown: ${digits}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core run in the page: the serious and critical violations, described. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol rather than a <script> tag: the page's content
  // security policy rightly refuses scripts from anywhere but the hub.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await page.screenshot({ path: path.join(SCREENSHOTS, `follow-${name}.png`), fullPage });
}

describe('the phone view in Chromium', () => {
  it('follows the meeting, the delegation’s card and the alert at two speakers away', async () => {
    const { context, page, errors } = await openPhone();
    expect(await textOf(page, '.follow-status')).toBe('Not yet started');
    expect(await textOf(page, '.follow-floor-empty')).toBe('Awaiting the next speaker');
    expect(await textOf(page, '.follow-notice')).toBe(
      '⚠ No simultaneous interpretation · The meeting may not have simultaneous interpretation available.',
    );
    expect(await page.locator('.follow-list li').count()).toBe(42);

    // Pick Brazil once, by searching for it.
    await page.getByRole('button', { name: 'Choose your delegation' }).click();
    await page.getByRole('searchbox', { name: 'Find your delegation' }).fill('bra');
    await screenshot(page, 'picker');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Brazil' }).click();
    await waitForText(page, '.follow-mine-turn', /^4th in line, around \d\d:\d\d$/);
    await page.getByRole('switch', { name: 'Alert me when two speakers away' }).click();

    await command(hub, { type: 'nextSpeaker', start: true });
    await waitForText(page, '.follow-floor-delegation', /^European Union$/);
    await waitForText(page, '.follow-mine-turn', /^3rd in line, around \d\d:\d\d$/);
    expect(await textOf(page, '.follow-status')).toBe('In session');
    expect(await textOf(page, '.follow-announcer')).toBe('Now speaking: European Union');
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // The countdown runs on the phone.
    const started = secondsLeft(await textOf(page, '.follow-digits'));
    await page.waitForFunction(
      (first) => {
        const digits = document.querySelector('.follow-digits')?.textContent ?? '';
        const [m = '0', s = '0'] = digits.split(':');
        return Number(m) * 60 + Number(s) < first;
      },
      started,
      { timeout: SHOWN_WITHIN_MS },
    );

    // Two speakers away: the alert on the page, a vibration and a notification.
    await command(hub, { type: 'nextSpeaker', start: true });
    await waitForText(page, '.follow-mine-turn', /^2nd in line, around \d\d:\d\d$/);
    await waitForText(page, '[role="alert"]', /Your turn is near: 2nd in line/);
    const alert = (await textOf(page, '[role="alert"] p')) ?? '';
    expect(alert).toMatch(/^Your turn is near: 2nd in line, around \d\d:\d\d\.$/);
    expect(await textOf(page, '.follow-announcer')).toBe(
      'Now speaking: Netherlands (Kingdom of the)',
    );
    // The notification goes through the service worker registered when the alert was turned
    // on (Android's Chrome shows none otherwise), not through the page's own Notification.
    const signals = await page.evaluate(async () => {
      const record = window as unknown as { vibrations: number[][]; notifications: unknown[] };
      const registration = await navigator.serviceWorker.getRegistration();
      const shown = (await registration?.getNotifications({ tag: 'rostrum-turn' })) ?? [];
      return {
        vibrations: record.vibrations,
        fromPage: record.notifications,
        fromWorker: shown.map((n) => ({ title: n.title, body: n.body })),
        worker: registration?.active?.scriptURL ?? null,
      };
    });
    expect(signals.vibrations).toEqual([[200, 100, 200]]);
    expect(signals.worker).toMatch(/\/turn-alert-sw\.js$/);
    expect(signals.fromWorker).toEqual([{ title: 'Brazil', body: alert }]);
    expect(signals.fromPage).toEqual([]);

    // Light and dark, with the alert showing: no serious or critical problem.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await screenshot(page, colorScheme);
      expect(await accessibilityProblems(page), colorScheme).toEqual([]);
    }
    await screenshot(page, 'dark-full', true);
    await page.emulateMedia({ colorScheme: 'light' });

    await command(hub, { type: 'nextSpeaker', start: true });
    await waitForText(page, '.follow-mine-turn', /^1st in line, around \d\d:\d\d$/);
    await waitForText(page, '[role="alert"]', /You are next/);
    await command(hub, { type: 'nextSpeaker', start: true });
    await waitForText(page, '.follow-mine-turn', /^Speaking now$/);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // Brazil is the current entry of the list, scrolled into its box.
    const current = await page.evaluate(() => {
      const box = document.querySelector('.follow-list-box')?.getBoundingClientRect();
      const row = document.querySelector('.follow-list [aria-current="true"]');
      const rect = row?.getBoundingClientRect();
      return {
        text: row?.querySelector('.follow-row-name')?.textContent,
        inside: !!box && !!rect && rect.top >= box.top && rect.bottom <= box.bottom,
      };
    });
    expect(current).toEqual({ text: 'Brazil ★(your delegation)', inside: true });
    await command(hub, { type: 'endSpeech' });
    await waitForText(page, '.follow-mine-turn', /^Has spoken$/);

    // Remembered: a new visit on this phone shows the card at once.
    await page.reload();
    await waitForText(page, '.follow-mine-name', /^Brazil$/);
    expect(await textOf(page, '.follow-mine-turn')).toBe('Has spoken');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Arabic, right to left, to a phone set to Arabic', async () => {
    const { context, page, errors } = await openPhone({ locale: 'ar-EG' });
    await command(hub, { type: 'nextSpeaker', start: true });
    await waitForText(page, '.follow-digits', /^\d+:\d\d$/);
    expect(await page.getAttribute('.follow', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await textOf(page, '.follow-status')).toBe('الجلسة منعقدة');
    await page.getByRole('button', { name: 'اختر وفدك' }).click();
    await page.getByRole('searchbox').fill('Japan');
    await page.getByRole('button', { name: 'اليابان' }).click();
    await waitForText(page, '.follow-mine-turn', /^الترتيب \d+ في القائمة، نحو الساعة \d\d:\d\d$/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'arabic');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reflows at 200% text, nothing cut or wider than the screen', async () => {
    const { context, page, errors } = await openPhone();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await page.getByRole('button', { name: 'Choose your delegation' }).click();
    await page.getByRole('searchbox', { name: 'Find your delegation' }).fill('Venezuela');
    await page.getByRole('button', { name: 'Venezuela (Bolivarian Republic of)' }).click();
    await waitForText(page, '.follow-mine-turn', /in line, around/);
    await command(hub, {
      type: 'announce',
      text: 'The list of speakers closes at 12:00. Delegations wishing to speak should inscribe.',
    });
    await waitForText(page, '.follow-message h2', /^Announcement$/);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.follow *:not(.follow-visually-hidden)')]
        .filter(
          (e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible',
        )
        .map((e) => `${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
    );
    expect(cut).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'text-200');
    await screenshot(page, 'text-200-full', true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await command(hub, { type: 'clearAnnouncement' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when the hub is away, keeps counting, and catches up when it returns', async () => {
    const { context, page } = await openPhone();
    await command(hub, { type: 'nextSpeaker', start: true });
    const before = await waitForText(page, '.follow-floor-delegation', /\w/);
    const port = hub.port;
    await hub.close();
    const notice = await waitForText(page, '.follow-offline', /Offline/);
    expect(notice).toMatch(
      /^⚠ Offline: last update at \d\d:\d\d:\d\d\. The clock keeps running; the page catches up by itself when the connection returns\.$/,
    );
    const atOutage = secondsLeft(await textOf(page, '.follow-digits'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(secondsLeft(await textOf(page, '.follow-digits'))).toBeLessThan(atOutage);
    await screenshot(page, 'offline');

    // The same hub again (same data, same port), moved on while the phone was away.
    hub = await startHub(dataDir, port);
    hubs.push(hub);
    await command(hub, { type: 'nextSpeaker', start: true });
    await page.waitForSelector('.follow-offline', { state: 'detached', timeout: 15_000 });
    await page.waitForFunction(
      (name) => document.querySelector('.follow-floor-delegation')?.textContent !== name,
      before,
      { timeout: SHOWN_WITHIN_MS },
    );
    await context.close();
  });
});
