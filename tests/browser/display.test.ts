// The wall display in headless Chromium against a real hub: it follows the meeting as the chair
// runs it over REST, fits every common screen in English, Arabic and Russian with the longest
// names, keeps its text at 7:1 or better in every state of the clock, and asks nothing of the
// internet. Screenshots go to .tmp/screenshots/ (UPDATE_WALL_IMAGE=1 also refreshes the README's).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTimer, type TimerReading } from '../../shared/domain/timer.ts';
import type { UnLanguage } from '../../shared/domain/types.ts';
import { localTimeAt } from '../../shared/zoned-time.ts';
import {
  all,
  command,
  contrasts,
  lastTwoCharacters,
  launchChromium,
  linesNotFlushRight,
  overflowProblems,
  readWall,
  roomNow,
  settle,
  shows,
  startDialogue,
  startHub,
  waitForWall,
  type Contrast,
  type RunningHub,
} from './browser-harness.ts';

const SCREENSHOTS = path.resolve('.tmp/screenshots');
const README_IMAGE = path.resolve('docs/images/wall-display.png');

/**
 * A time of day an hour ahead on the room's clock: the hub runs on the real clock, and a time
 * already gone ('15:00' in the evening) is refused when the demo has no sitting the next day.
 */
const anHourAhead = () => localTimeAt(Date.now() + 60 * 60_000, 'America/New_York');

/** Clipped on purpose: the meeting's title is held to two lines, with an ellipsis. */
const CLIPPED = ['.wall-title h1'];

/** The texts read from the back of the room; each must stand at 7:1 or better. */
const MAIN_TEXTS = [
  '.wall-delegation',
  '.wall-digits',
  '.wall-clock-state',
  '.wall-next-name',
  '.wall-notice',
  '.wall-position',
  '.wall-person',
  '.wall-behalf',
  '.wall-next h2',
  '.wall-next-behalf',
  '.wall-clock',
  '.wall-status',
  '.wall-title h1',
  '.wall-title p',
  '.wall-follow figcaption',
  '.wall-message h2',
  '.wall-message p',
];

const GROUP_OF_FRIENDS = 'the Group of Friends of the Responsibility to Protect';

let dataDir: string;
let hub: RunningHub;
let browser: Browser;
/** What each screenshot's checks found, written next to the screenshots for the record. */
const findings: Record<string, { problems: string[]; contrasts: Contrast[] }> = {};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-browser-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  await startDialogue(hub);
});

afterAll(async () => {
  writeFileSync(path.join(SCREENSHOTS, 'checks.json'), JSON.stringify(findings, null, 2));
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A wall page at `width`x`height`, failing the test on any script error or foreign request. */
async function openWall(options: { width: number; height: number; language?: UnLanguage }) {
  const page = await browser.newPage({
    viewport: { width: options.width, height: options.height },
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    // The browser asks for /favicon.ico by itself; the client has none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  const socketUrl = hub.url.replace(/^http/, 'ws');
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(hub.url) && !url.startsWith(socketUrl) && !url.startsWith('data:')) {
      errors.push(`request beyond the hub: ${url}`);
    }
  });
  const query = options.language ? `?lang=${options.language}` : '';
  await page.goto(`${hub.url}/display/cr4${query}`);
  await page.waitForSelector('.wall-header');
  return { page, errors };
}

/**
 * Checks the page as it is (nothing leaves the screen or is cut, main texts at 7:1 or better),
 * adding what is wrong to `failures`, and saves a screenshot named `name`.
 */
async function checkScreen(
  page: Page,
  name: string,
  failures: string[],
  texts = MAIN_TEXTS,
): Promise<Contrast[]> {
  await settle(page);
  const problems = await overflowProblems(page, CLIPPED);
  const measured = await contrasts(page, texts);
  findings[name] = { problems, contrasts: measured };
  failures.push(...problems.map((p) => `${name}: ${p}`));
  for (const c of measured.filter((m) => m.ratio < 7)) {
    failures.push(
      `${name}: ${c.selector} "${c.text}" ${c.ratio}:1 (${c.color} on ${c.background})`,
    );
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  return measured;
}

/** The floor's clock now, as the hub reads it. */
async function clockNow(): Promise<TimerReading> {
  const room = await roomNow(hub);
  if (!room.floor) throw new Error('Nobody has the floor');
  return readTimer(room.floor.timer, room.serverNow, room.meeting?.warningMs ?? 0);
}

/** The digits as m:ss, as a number of seconds (negative over time). */
function seconds(digits: string | undefined): number {
  const match = /^(\+?)(\d+):(\d\d)$/.exec(digits ?? '');
  if (!match) throw new Error(`Not a clock: ${digits}`);
  const value = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? -value : value;
}

describe('the wall display in Chromium', () => {
  it('follows the meeting as the chair runs it', async () => {
    const { page, errors } = await openWall({ width: 1920, height: 1080 });
    let wall = await waitForWall(
      page,
      all(shows('status', 'Not yet started'), shows('delegation', 'Awaiting the next speaker')),
    );
    expect(wall.notice).toBe(
      '⚠ No simultaneous interpretation · The meeting may not have simultaneous interpretation available.',
    );
    expect(wall.next).toEqual(['European Union', 'Netherlands (Kingdom of the)', 'Australia']);
    expect(wall.digits).toBeUndefined();

    await command(hub, { type: 'nextSpeaker', start: true });
    wall = await waitForWall(
      page,
      all(shows('phase', 'running'), shows('delegation', 'European Union')),
    );
    expect(wall).toMatchObject({
      status: 'In session',
      position: 'Speaker 1 of 42',
      band: 'normal',
      clockState: '▶ Speaking',
    });
    const startedAt = seconds(wall.digits);
    expect(startedAt).toBeGreaterThanOrEqual(178);
    await waitForWall(page, (w) =>
      seconds(w.digits) < startedAt ? undefined : `still ${w.digits}`,
    );

    await command(hub, { type: 'pauseSpeech' });
    wall = await waitForWall(page, all(shows('phase', 'paused'), shows('clockState', '❚❚ Paused')));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await readWall(page)).digits).toBe(wall.digits);

    await command(hub, { type: 'resumeSpeech' });
    await waitForWall(page, all(shows('phase', 'running'), shows('clockState', '▶ Speaking')));

    await command(hub, { type: 'announce', text: 'The list of speakers closes at 12:00.' });
    wall = await waitForWall(page, (w) =>
      w.message?.kind === 'announcement' ? undefined : 'no announcement',
    );
    expect(wall.message).toMatchObject({
      heading: 'Announcement',
      body: 'The list of speakers closes at 12:00.',
    });
    // A banner: the speaker and the clock stay in sight.
    expect(wall.delegation).toBe('European Union');
    expect(wall.phase).toBe('running');

    await command(hub, { type: 'clearAnnouncement' });
    wall = await waitForWall(
      page,
      all(shows('delegation', 'European Union'), shows('phase', 'running')),
    );
    expect(wall.message).toBeUndefined();

    await command(hub, { type: 'setInterpretation', status: 'partial', languages: ['en', 'fr'] });
    await waitForWall(
      page,
      shows(
        'notice',
        '⚠ Interpretation only in: English and French · Not available: Arabic, Chinese, Russian, and Spanish',
      ),
    );

    const resumeAt = anHourAhead();
    await command(hub, { type: 'suspendMeeting', resumesAt: resumeAt });
    wall = await waitForWall(page, (w) =>
      w.message?.kind === 'suspended' ? undefined : 'not suspended',
    );
    expect(wall.message).toMatchObject({
      heading: 'The meeting is suspended',
      body: `It will resume at ${resumeAt}`,
    });
    expect(wall.status).toBe(`Suspended until ${resumeAt}`);

    await command(hub, { type: 'resumeMeeting' });
    // The suspension stopped the clock; the speaker is back, paused.
    wall = await waitForWall(page, all(shows('status', 'In session'), shows('phase', 'paused')));
    expect(wall.message).toBeUndefined();

    await command(hub, { type: 'nextSpeaker', start: true });
    wall = await waitForWall(page, shows('delegation', 'Netherlands (Kingdom of the)'));
    expect(wall).toMatchObject({
      position: 'Speaker 2 of 42',
      behalf: `on behalf of ${GROUP_OF_FRIENDS}`,
      phase: 'running',
      next: ['Australia', 'Brazil', 'Ghana'],
    });

    await command(hub, { type: 'adjournMeeting' });
    wall = await waitForWall(page, (w) =>
      w.idle?.kind === 'adjourned' ? undefined : 'not adjourned',
    );
    // No next speakers after the adjournment: what comes next in the room (nothing, here).
    expect(wall.idle).toEqual({
      kind: 'adjourned',
      heading: 'The meeting is adjourned',
      upcoming: 'No meeting is scheduled in this room.',
    });
    expect(wall.status).toBe('Adjourned');
    expect(wall.digits).toBeUndefined();
    expect(wall.next).toEqual([]);

    // A slip of the chair's hand: undo brings the meeting back as it was.
    await command(hub, { type: 'undo' });
    await waitForWall(
      page,
      all(shows('status', 'In session'), shows('delegation', 'Netherlands (Kingdom of the)')),
    );

    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits every screen with the longest names, in English, Arabic and Russian', async () => {
    await putLongestNamesOnTheWall();
    const shots: [UnLanguage, number, number][] = [
      ['en', 1920, 1080],
      ['en', 3840, 2160],
      ['en', 1280, 720],
      ['en', 1024, 768],
      ['ar', 1920, 1080],
      ['ar', 1024, 768],
      ['ru', 1920, 1080],
      ['ru', 1024, 768],
    ];
    const pages = new Map<UnLanguage, { page: Page; errors: string[] }>();
    const failures: string[] = [];
    for (const [language, width, height] of shots) {
      let opened = pages.get(language);
      if (!opened) {
        opened = await openWall({ width, height, language });
        pages.set(language, opened);
        await waitForWall(opened.page, shows('phase', 'running'));
      }
      const { page } = opened;
      await page.setViewportSize({ width, height });
      await settle(page);
      await checkScreen(page, `wall-${language}-${width}x${height}`, failures);
    }
    // The longest announcement (500 characters) on the smallest screens, then a suspension with
    // the longest note (300): in place of the floor, they must fit as well.
    const english = pages.get('en');
    if (english) {
      const { page } = english;
      const sentence = 'The Committee will hold informal consultations on the draft resolution. ';
      const longest = (limit: number) => sentence.repeat(10).slice(0, limit).trim();
      await command(hub, { type: 'announce', text: longest(500) });
      await waitForWall(page, (w) => (w.message?.kind === 'announcement' ? undefined : 'none'));
      await checkScreen(page, 'wall-en-1024x768-announcement', failures);
      await page.setViewportSize({ width: 1280, height: 720 });
      await checkScreen(page, 'wall-en-1280x720-announcement', failures);
      // The longest one still set large (200 characters), where the floor is least tall.
      await command(hub, { type: 'announce', text: longest(200) });
      await waitForWall(page, (w) => (w.message?.body === longest(200) ? undefined : 'not yet'));
      await checkScreen(page, 'wall-en-1280x720-announcement-200', failures);
      await page.setViewportSize({ width: 1024, height: 768 });
      const resumeAt = anHourAhead();
      await command(hub, { type: 'suspendMeeting', resumesAt: resumeAt, note: longest(300) });
      await command(hub, { type: 'clearAnnouncement' });
      const suspension = `It will resume at ${resumeAt} · ${longest(300)}`;
      await waitForWall(page, (w) => (w.message?.body === suspension ? undefined : 'no note'));
      await checkScreen(page, 'wall-en-1024x768-suspended', failures);
      await command(hub, { type: 'resumeMeeting' });
    }

    // The chair's English note keeps its order on the Arabic wall: its full stop at its end.
    const arabic = pages.get('ar');
    if (arabic) {
      expect(await arabic.page.getAttribute('.wall', 'dir')).toBe('rtl');
      expect(await arabic.page.getAttribute('.wall', 'lang')).toBe('ar');
      const [beforeStop, stop] = await lastTwoCharacters(arabic.page, '.wall-notice-note');
      expect(stop).toBeGreaterThan(beforeStop);
      // And every line of the panel and the list, Arabic or English, is aligned to the right.
      expect(
        await linesNotFlushRight(arabic.page, [
          '.wall-position',
          '.wall-delegation',
          '.wall-person',
          '.wall-behalf',
          '.wall-next-name',
          '.wall-next-behalf',
        ]),
      ).toEqual([]);
    }
    for (const { page, errors } of pages.values()) {
      expect(errors).toEqual([]);
      await page.close();
    }
    if (process.env.UPDATE_WALL_IMAGE === '1') {
      mkdirSync(path.dirname(README_IMAGE), { recursive: true });
      copyFileSync(path.join(SCREENSHOTS, 'wall-en-1920x1080.png'), README_IMAGE);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the clock readable at 7:1 or better in every state, and on screen', async () => {
    const { page, errors } = await openWall({ width: 1280, height: 720 });
    const failures: string[] = [];
    const check = async (state: string) => {
      const measured = await checkScreen(page, `clock-${state}`, failures, [
        '.wall-digits',
        '.wall-clock-state',
      ]);
      expect(measured).toHaveLength(2);
    };
    await command(hub, { type: 'nextSpeaker' });
    await waitForWall(page, shows('phase', 'ready'));
    await check('ready');

    await command(hub, { type: 'startSpeech' });
    await waitForWall(page, all(shows('phase', 'running'), shows('band', 'normal')));
    await check('running');

    // 15 s left: the warning. Then speaking on for a few seconds more, so that taking all of
    // the time away later leaves more than the 3 s of "time up" behind: overtime.
    await command(hub, {
      type: 'adjustTime',
      deltaMs: -Math.round((await clockNow()).remainingMs - 15_000),
    });
    await waitForWall(page, all(shows('band', 'warning'), shows('phase', 'running')));
    await check('warning');
    await new Promise((resolve) => setTimeout(resolve, 3500));

    await command(hub, { type: 'pauseSpeech' });
    await waitForWall(page, all(shows('band', 'warning'), shows('phase', 'paused')));
    await check('paused-warning');

    // Paused, the clock stands still, so the time left can be taken away exactly: time is up.
    await command(hub, { type: 'adjustTime', deltaMs: -(await clockNow()).remainingMs });
    await waitForWall(page, all(shows('band', 'timeUp'), shows('digits', '0:00')));
    await check('time-up-paused');

    // No time allowed at all: everything spoken so far is overtime.
    await command(hub, { type: 'adjustTime', deltaMs: -(await clockNow()).allowedMs });
    await command(hub, { type: 'resumeSpeech' });
    await waitForWall(page, all(shows('band', 'overtime'), shows('phase', 'running')));
    await check('overtime');

    // The widest digits a meeting may see (a long speech far over its time), written in by
    // hand while the clock is paused, so that nothing redraws them: they must fit too.
    await command(hub, { type: 'pauseSpeech' });
    await waitForWall(page, shows('phase', 'paused'));
    await page.evaluate(() => {
      const digits = document.querySelector('.wall-digits');
      if (digits) digits.textContent = '+59:59';
    });
    await check('overtime-widest');

    expect(errors).toEqual([]);
    await page.close();
    expect(failures).toEqual([]);
  });
});

/**
 * The longest texts a wall is likely to get: the United Kingdom speaking for a group of States,
 * long names next, interpretation in three languages with a note.
 */
async function putLongestNamesOnTheWall(): Promise<void> {
  let room = await roomNow(hub);
  // Whatever an earlier test left: the meeting in session, nothing in front of the floor.
  if (room.status.kind === 'suspended') await command(hub, { type: 'resumeMeeting' });
  if (room.announcement) await command(hub, { type: 'clearAnnouncement' });
  if (!room.floor) await command(hub, { type: 'nextSpeaker', start: true });
  else if (room.floor.timer.runningSince === null) {
    await command(hub, {
      type: room.floor.timer.startedAt === null ? 'startSpeech' : 'resumeSpeech',
    });
  }
  room = await roomNow(hub);
  const floorId = room.floor?.speakerId;
  if (!floorId) throw new Error('Nobody has the floor');
  await command(hub, {
    type: 'updateSpeaker',
    speakerId: floorId,
    delegation: 'GBR',
    title: 'Minister of State for the Middle East, North Africa and the United Nations',
    onBehalfOf: GROUP_OF_FRIENDS,
  });
  const waiting = room.speakers.filter((s) => s.status === 'waiting').slice(0, 3);
  const longNext = [
    {
      delegation: 'International Coalition for the Responsibility to Protect',
      onBehalfOf: 'a group of non-governmental organizations',
    },
    { delegation: 'PRK', onBehalfOf: null },
    { delegation: 'CAF', onBehalfOf: GROUP_OF_FRIENDS },
  ];
  for (const [index, speaker] of waiting.entries()) {
    await command(hub, { type: 'updateSpeaker', speakerId: speaker.id, ...longNext[index] });
  }
  await command(hub, {
    type: 'setInterpretation',
    status: 'partial',
    languages: ['en', 'fr', 'es'],
    note: 'Arabic, Chinese and Russian interpretation will be available from 15:00.',
  });
}
