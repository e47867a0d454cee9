// The lectern (/lectern/cr4) in headless Chromium against a real hub, on the five tablet sizes it
// is made for, landscape and portrait, in English, Arabic and Chinese: the chair runs the meeting
// over REST and sets the clock by commands (a limit, time taken away, a pause), never by waiting
// minutes. In every phase the digits are on screen, unclipped, and as large as their box allows
// (at least 60% of a landscape screen's width, 80% of a portrait one's); nothing on the page
// leaves the screen or is cut; its text stands at 7:1 or better; time up flashes, unless the
// tablet asks for reduced motion. All six languages are checked; English, Arabic and Chinese
// photographed: /tmp/lectern-<language>-<phase>-<size>.png, the figures in /tmp/lectern-checks.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTimer, type TimerReading } from '../../shared/domain/timer.ts';
import type { UnLanguage } from '../../shared/domain/types.ts';
import { localTimeAt } from '../../shared/zoned-time.ts';
import {
  command,
  contrasts,
  launchChromium,
  overflowProblems,
  roomNow,
  settle,
  SHOWN_WITHIN_MS,
  startHub,
  type Contrast,
  type RunningHub,
} from './browser-harness.ts';
import { slowerSignalMarkup } from './slower-markup.ts';

/** The tablets: landscape and portrait, the iPad's, the common Android ones, the iPad Pro's. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 1366, height: 1024 },
] as const;

type Size = (typeof SIZES)[number];

/** The sizes each phase is photographed at, in English; Arabic and Chinese at the first. */
const PHOTOGRAPHED = ['1024x768', '800x1280'];

/** Every language is checked; these are photographed. */
const LANGUAGES: UnLanguage[] = ['en', 'ar', 'zh', 'fr', 'ru', 'es'];
const PHOTOGRAPHED_LANGUAGES: UnLanguage[] = ['en', 'ar', 'zh'];

/** Whether the lectern in `language` at `size` is photographed. */
const photographed = (language: UnLanguage, size: Size) =>
  language === 'en'
    ? PHOTOGRAPHED.includes(sizeName(size))
    : PHOTOGRAPHED_LANGUAGES.includes(language) && sizeName(size) === PHOTOGRAPHED[0];

/** Every text the lectern may show, for the contrast check (those not on screen are skipped). */
const TEXTS = [
  '.lectern-speaker',
  '.lectern-digits',
  '.lectern-state',
  '.lectern-slower-words',
  '.lectern-slower-who',
  '.lectern-calm-line',
  '.lectern-message h2',
  '.lectern-message p',
  '.lectern-room',
];

const sizeName = (size: Size) => `${size.width}x${size.height}`;

/** A time of day an hour ahead on the room's clock (the hub runs on the real clock). */
const anHourAhead = () => localTimeAt(Date.now() + 60 * 60_000, 'America/New_York');

let dataDir: string;
let hub: RunningHub;
let browser: Browser;
const findings: Record<string, unknown> = {};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-lectern-'));
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
});

afterAll(async () => {
  writeFileSync('/tmp/lectern-checks.json', JSON.stringify(findings, null, 2));
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Lectern {
  language: UnLanguage;
  page: Page;
  errors: string[];
}

/** A lectern page, failing the test on any script error or failed request. */
async function openLectern(language: UnLanguage, size: Size = SIZES[0]): Promise<Lectern> {
  const page = await browser.newPage({ viewport: { ...size } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.goto(`${hub.url}/lectern/cr4?lang=${language}`);
  await page.waitForSelector('.lectern-floor, .lectern-calm');
  return { language, page, errors };
}

/** What the lectern shows now. */
interface Reading {
  tone: string | undefined;
  calm: string | undefined;
  digits: string | undefined;
  state: string | undefined;
}

function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const text = (selector: string) =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    return {
      tone: document.querySelector<HTMLElement>('.lectern-floor')?.dataset.tone,
      calm: document.querySelector<HTMLElement>('.lectern-calm')?.dataset.kind,
      digits: text('.lectern-digits'),
      state: text('.lectern-state'),
    };
  });
}

/** Waits until every lectern reads as `check` wants (undefined: satisfied; else what is wrong). */
async function waitForAll(
  lecterns: Lectern[],
  check: (reading: Reading) => string | undefined,
): Promise<void> {
  const deadline = Date.now() + SHOWN_WITHIN_MS;
  for (;;) {
    const readings = await Promise.all(lecterns.map((l) => read(l.page)));
    const wrong = readings.map(check).find((w) => w !== undefined);
    if (wrong === undefined) return;
    if (Date.now() > deadline) {
      throw new Error(`After ${SHOWN_WITHIN_MS} ms: ${wrong}\n${JSON.stringify(readings)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const tone = (expected: string) => (r: Reading) =>
  r.tone === expected ? undefined : `tone ${r.tone}, expected ${expected}`;
const calm = (expected: string) => (r: Reading) =>
  r.calm === expected ? undefined : `calm screen ${r.calm}, expected ${expected}`;

/** The digits and their box (they share it with the phase's word), measured on the page. */
interface DigitsBox {
  digits: { left: number; top: number; right: number; bottom: number; width: number };
  box: { width: number; height: number; left: number; top: number; right: number; bottom: number };
  digitsHeight: number;
  /** The box's height less the word's and the gap: what the digits may take. */
  heightLeft: number;
  viewport: { width: number; height: number };
}

function measureDigits(page: Page): Promise<DigitsBox | null> {
  return page.evaluate(() => {
    const digits = document.querySelector('.lectern-digits');
    const box = document.querySelector('.lectern-face');
    const state = document.querySelector('.lectern-state');
    if (!digits || !box || !state) return null;
    const d = digits.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const gap = parseFloat(getComputedStyle(box).rowGap) || 0;
    const rect = (r: DOMRect) => ({
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
    });
    return {
      digits: rect(d),
      box: rect(b),
      digitsHeight: d.height,
      heightLeft: b.height - state.getBoundingClientRect().height - gap,
      viewport: {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      },
    };
  });
}

/** The least share of the screen's width the digits take, landscape and portrait. */
interface Share {
  landscape: number;
  portrait: number;
}

/** In every phase: "at least 60% of the viewport's width in landscape", 80% in portrait. */
const PHASE_SHARE: Share = { landscape: 0.6, portrait: 0.8 };

/**
 * With "slower, please" above them, the digits give it room (they still fill what is left): the
 * longest words, French's and Spanish's, take two lines, and the phase's word may too.
 */
const SIGNAL_SHARE: Share = { landscape: 0.55, portrait: 0.7 };

/** What is wrong with the digits: off screen, out of their box, or smaller than it allows. */
function digitsProblems(measured: DigitsBox, least: Share): string[] {
  const { digits, box, viewport } = measured;
  const problems: string[] = [];
  const round = (n: number) => Math.round(n);
  if (digits.left < 0 || digits.top < 0 || digits.right > viewport.width + 0.5) {
    problems.push(`the digits leave the screen: ${JSON.stringify(digits)}`);
  }
  if (
    digits.left < box.left - 1 ||
    digits.right > box.right + 1 ||
    digits.top < box.top - 1 ||
    digits.bottom > box.bottom + 1
  ) {
    problems.push(`the digits leave their box: ${JSON.stringify({ digits, box })}`);
  }
  // As large as the layout allows: the digits fill their box's width, or the height the word
  // leaves them.
  const fill = Math.max(digits.width / box.width, measured.digitsHeight / measured.heightLeft);
  if (fill < 0.9) problems.push(`the digits fill ${round(fill * 100)}% of their box`);
  const landscape = viewport.width > viewport.height;
  const share = digits.width / viewport.width;
  if (share < (landscape ? least.landscape : least.portrait)) {
    problems.push(`the digits are ${round(share * 100)}% of the screen's width`);
  }
  return problems;
}

/**
 * Checks one lectern as it is at `size`, adds what is wrong to `failures`, and takes a screenshot
 * when asked. `clock` says whether the digits must be on screen.
 */
async function check(
  lectern: Lectern,
  size: Size,
  phase: string,
  failures: string[],
  options: { clock: boolean; photograph: boolean; share?: Share },
): Promise<void> {
  const { page, language } = lectern;
  const name = `${language}-${phase}-${sizeName(size)}`;
  await page.setViewportSize({ ...size });
  await settle(page);
  const problems = await overflowProblems(page, [], '.lectern');
  const measured = await measureDigits(page);
  if (options.clock) {
    if (!measured) problems.push('no digits');
    else problems.push(...digitsProblems(measured, options.share ?? PHASE_SHARE));
  } else if (measured) problems.push('digits on a calm screen');
  const colours: Contrast[] = await contrasts(page, TEXTS);
  for (const c of colours.filter((m) => m.ratio < 7)) {
    problems.push(`${c.selector} "${c.text}" ${c.ratio}:1 (${c.color} on ${c.background})`);
  }
  findings[name] = {
    problems,
    digits: measured && {
      width: Math.round(measured.digits.width),
      height: Math.round(measured.digitsHeight),
      ofScreenWidth: Math.round((measured.digits.width / measured.viewport.width) * 100) / 100,
    },
    contrasts: colours.map((c) => `${c.selector}: ${c.ratio}:1 (${c.color} on ${c.background})`),
  };
  failures.push(...problems.map((p) => `${name}: ${p}`));
  if (options.photograph) await page.screenshot({ path: `/tmp/lectern-${name}.png` });
}

/** Each lectern at each size in the phase it is in now (screenshots as PHOTOGRAPHED says). */
async function checkEverywhere(
  lecterns: Lectern[],
  phase: string,
  failures: string[],
  options: { clock?: boolean; share?: Share } = {},
): Promise<void> {
  for (const size of SIZES) {
    for (const lectern of lecterns) {
      const photograph = photographed(lectern.language, size);
      await check(lectern, size, phase, failures, {
        clock: options.clock ?? true,
        photograph,
        ...(options.share && { share: options.share }),
      });
    }
  }
}

/** The floor's clock now, as the hub reads it. */
async function clockNow(): Promise<TimerReading> {
  const room = await roomNow(hub);
  if (!room.floor) throw new Error('Nobody has the floor');
  return readTimer(room.floor.timer, room.serverNow, room.meeting?.warningMs ?? 0);
}

/** Pauses the clock if it runs, leaves `ms` of time (negative: over time), then resumes it. */
async function leaveAndResume(ms: number): Promise<void> {
  if ((await clockNow()).phase === 'running') await command(hub, { type: 'pauseSpeech' });
  await command(hub, {
    type: 'adjustTime',
    deltaMs: Math.round(ms - (await clockNow()).remainingMs),
  });
  await command(hub, { type: 'resumeSpeech' });
}

/** Someone has the floor, their clock running, whatever an earlier test left. */
async function someoneSpeaking(): Promise<void> {
  const room = await roomNow(hub);
  if (room.status.kind === 'suspended') await command(hub, { type: 'resumeMeeting' });
  const timer = room.floor?.timer;
  if (!timer) await command(hub, { type: 'nextSpeaker', start: true });
  else if (timer.startedAt === null) await command(hub, { type: 'startSpeech' });
  else if (timer.runningSince === null) await command(hub, { type: 'resumeSpeech' });
}

describe('the lectern in Chromium', () => {
  it('fits every tablet in every phase, in the six languages', async () => {
    const lecterns = await Promise.all(LANGUAGES.map((language) => openLectern(language)));
    const failures: string[] = [];

    // The demo's meeting is open and nobody has the floor yet.
    await waitForAll(lecterns, calm('floorOpen'));
    await checkEverywhere(lecterns, 'floor-open', failures, { clock: false });

    await command(hub, { type: 'nextSpeaker' });
    await command(hub, { type: 'setTimeLimit', limitMs: 3 * 60_000 });
    await waitForAll(
      lecterns,
      (r) => tone('ready')(r) ?? (r.digits === '3:00' ? undefined : r.digits),
    );
    await checkEverywhere(lecterns, 'ready', failures);

    await command(hub, { type: 'startSpeech' });
    await waitForAll(lecterns, tone('speaking'));
    await checkEverywhere(lecterns, 'speaking', failures);

    // The signal, as its component draws it, where it goes: above the digits.
    for (const lectern of lecterns) {
      await lectern.page.evaluate((markup) => {
        document.querySelector('.lectern-speaker')?.insertAdjacentHTML('afterend', markup);
      }, slowerSignalMarkup(lectern.language));
    }
    await checkEverywhere(lecterns, 'speaking-slower', failures, { share: SIGNAL_SHARE });
    for (const lectern of lecterns) {
      const overlaps = await lectern.page.evaluate(() => {
        const signal = document.querySelector('.lectern-slower')?.getBoundingClientRect();
        const digits = document.querySelector('.lectern-digits')?.getBoundingClientRect();
        if (!signal || !digits) return 'missing';
        return signal.bottom <= digits.top || signal.top >= digits.bottom ? '' : 'overlap';
      });
      if (overlaps) failures.push(`${lectern.language}: the signal and the digits: ${overlaps}`);
      await lectern.page.evaluate(() => {
        document.querySelector('.lectern-slower')?.remove();
        document.querySelector('.lectern-slower-frame')?.remove();
      });
    }

    // 20 s left: the last 30 seconds.
    await leaveAndResume(25_000);
    await waitForAll(lecterns, tone('warning'));
    await checkEverywhere(lecterns, 'warning', failures);

    await command(hub, { type: 'pauseSpeech' });
    await waitForAll(lecterns, tone('paused'));
    await checkEverywhere(lecterns, 'paused', failures);

    // Time up lasts 3 s: set again for each size and each three languages, which are checked
    // at that size together (the check says so if time up was over before they were).
    for (const size of SIZES) {
      for (const group of [lecterns.slice(0, 3), lecterns.slice(3)]) {
        await Promise.all(group.map((l) => l.page.setViewportSize({ ...size })));
        await leaveAndResume(0);
        await waitForAll(group, tone('timeUp'));
        for (const lectern of group) {
          const photograph = photographed(lectern.language, size);
          await check(lectern, size, 'time-up', failures, { clock: true, photograph });
        }
        for (const lectern of group) {
          const { tone: shown } = await read(lectern.page);
          if (shown !== 'timeUp') failures.push(`${lectern.language}: time up over (${shown})`);
        }
        await command(hub, { type: 'pauseSpeech' });
      }
    }

    // Over time by up to 20 s: no more than has been spoken (the allowed time is never negative).
    await leaveAndResume(-Math.min(20_000, (await clockNow()).elapsedMs));
    await waitForAll(lecterns, tone('overtime'));
    await checkEverywhere(lecterns, 'overtime', failures);

    // The widest digits a speech may show, written in while paused (nothing redraws them), the
    // screen turned a pixel and back so that they are fitted again.
    await command(hub, { type: 'pauseSpeech' });
    await waitForAll(lecterns, tone('paused'));
    for (const lectern of lecterns) {
      await lectern.page.evaluate(() => {
        const digits = document.querySelector('.lectern-digits');
        if (digits) digits.textContent = '+59:59';
      });
      for (const size of SIZES) {
        await lectern.page.setViewportSize({ width: size.width - 1, height: size.height });
        await settle(lectern.page);
        await check(lectern, size, 'widest', failures, { clock: true, photograph: false });
      }
    }

    await command(hub, { type: 'suspendMeeting', resumesAt: anHourAhead() });
    await waitForAll(lecterns, calm('suspended'));
    await checkEverywhere(lecterns, 'suspended', failures, { clock: false });

    await command(hub, { type: 'resumeMeeting' });
    await waitForAll(lecterns, tone('paused'));
    await command(hub, { type: 'endSpeech' });
    await waitForAll(lecterns, calm('floorOpen'));

    await command(hub, { type: 'adjournMeeting' });
    await waitForAll(lecterns, calm('adjourned'));
    await checkEverywhere(lecterns, 'adjourned', failures, { clock: false });
    await command(hub, { type: 'undo' });
    await waitForAll(lecterns, calm('floorOpen'));

    // Arabic right to left, its digits left to right.
    const arabic = lecterns.find((l) => l.language === 'ar');
    expect(await arabic?.page.getAttribute('.lectern', 'dir')).toBe('rtl');

    for (const { page, errors } of lecterns) {
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('flashes at time up and pulses the signal, but not for reduced motion', async () => {
    const still = await openLectern('en');
    await still.page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await openLectern('en');
    await moving.page.emulateMedia({ reducedMotion: 'no-preference' });
    const lecterns = [still, moving];
    const motion = (page: Page) =>
      page.evaluate(() => {
        const name = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).animationName : undefined;
        };
        // Everything on the page that moves, whatever it is.
        const moving = [...document.querySelectorAll('.lectern, .lectern *')].filter(
          (e) => getComputedStyle(e).animationName !== 'none',
        ).length;
        return { floor: name('.lectern-floor'), frame: name('.lectern-slower-frame'), moving };
      });

    await someoneSpeaking();
    await leaveAndResume(0);
    await waitForAll(lecterns, tone('timeUp'));
    for (const lectern of lecterns) {
      await lectern.page.evaluate((markup) => {
        document.querySelector('.lectern-speaker')?.insertAdjacentHTML('afterend', markup);
      }, slowerSignalMarkup('en'));
    }
    const [reduced, full] = await Promise.all([motion(still.page), motion(moving.page)]);
    findings.motion = { reduced, full };
    expect(full).toEqual({ floor: 'lectern-flash', frame: 'lectern-slower-pulse', moving: 2 });
    expect(reduced).toEqual({ floor: 'none', frame: 'none', moving: 0 });
    await still.page.screenshot({ path: '/tmp/lectern-en-time-up-reduced-motion-1024x768.png' });
    await moving.page.screenshot({ path: '/tmp/lectern-en-time-up-slower-1024x768.png' });
    for (const { page, errors } of lecterns) {
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 60_000);
});
