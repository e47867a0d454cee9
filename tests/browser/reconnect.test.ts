// The wall when the hub goes away: the countdown keeps running on its own (it is derived from
// instants, not pushed second by second), a discreet mark says so after a few seconds, and when a
// hub is back on the same port and data folder the wall resyncs by itself, nobody touching it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECONNECTING_MARK_AFTER_MS } from '../../client/views/display/parts/ConnectionMark.tsx';
import { readTimer } from '../../shared/domain/timer.ts';
import { formatClock } from '../../shared/time.ts';
import {
  all,
  command,
  contrasts,
  launchChromium,
  readWall,
  roomNow,
  shows,
  startDialogue,
  startHub,
  waitForWall,
  type RunningHub,
} from './browser-harness.ts';

let dataDir: string;
let browser: Browser;
const hubs: RunningHub[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-browser-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const hub of hubs) await hub.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The digits as a number of seconds left. */
const secondsLeft = (digits: string | undefined): number => {
  const [minutes = NaN, seconds = NaN] = (digits ?? '').split(':').map(Number);
  return minutes * 60 + seconds;
};

describe('the wall without its hub', () => {
  it('keeps counting, marks the outage after a while, and resyncs when the hub is back', async () => {
    const first = await startHub(dataDir);
    hubs.push(first);
    await startDialogue(first);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${first.url}/display/cr4`);
    await command(first, { type: 'nextSpeaker', start: true });
    let wall = await waitForWall(
      page,
      all(shows('phase', 'running'), shows('reconnecting', false)),
    );
    const atOutage = secondsLeft(wall.digits);

    await first.close();
    const closedAt = Date.now();

    // Still counting down a second and a half later, and no alarm yet.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    wall = await readWall(page);
    expect(secondsLeft(wall.digits)).toBeLessThan(atOutage);
    expect(wall).toMatchObject({ phase: 'running', reconnecting: false });

    // The mark, once the hub has been away long enough; the clock still running.
    await page.waitForSelector('.wall-connection', { timeout: RECONNECTING_MARK_AFTER_MS + 4000 });
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(RECONNECTING_MARK_AFTER_MS - 100);
    expect(await page.textContent('.wall-connection')).toBe('⟳ Reconnecting…');
    const [mark] = await contrasts(page, ['.wall-connection']);
    expect(mark?.ratio).toBeGreaterThanOrEqual(7);
    const markedAt = await readWall(page);
    expect(markedAt.phase).toBe('running');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(secondsLeft((await readWall(page)).digits)).toBeLessThan(secondsLeft(markedAt.digits));

    // A new hub on the same port and folder. What the chair does before the wall is back must
    // reach it too: the wall takes a fresh snapshot when it reconnects.
    const second = await startHub(dataDir, first.port);
    hubs.push(second);
    await command(second, { type: 'announce', text: 'The hub was restarted.' });
    wall = await waitForWall(
      page,
      (w) =>
        w.reconnecting
          ? 'still marked as reconnecting'
          : w.message?.body === 'The hub was restarted.'
            ? undefined
            : 'announcement not shown',
      15_000,
    );
    expect(wall.message?.kind).toBe('announcement');

    // And what follows comes as changes, as before the outage.
    await command(second, { type: 'clearAnnouncement' });
    await command(second, { type: 'pauseSpeech' });
    wall = await waitForWall(page, all(shows('phase', 'paused'), shows('message', undefined)));
    const room = await roomNow(second);
    if (!room.floor) throw new Error('Nobody has the floor');
    const left = readTimer(
      room.floor.timer,
      room.serverNow,
      room.meeting?.warningMs ?? 0,
    ).remainingMs;
    expect(wall.digits).toBe(formatClock(left));
    expect(wall.delegation).toBe('European Union');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
