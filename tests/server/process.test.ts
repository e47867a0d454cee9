// The hub as a real process: killed outright mid-speech it loses nothing it acknowledged; asked
// to stop it exits cleanly; bad settings stop it before it starts; --help lists every option.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { remainingMs, timerPhase } from '../../shared/domain/timer.ts';
import { createHarness, getJson, postCommand, withoutServerNow } from './harness.ts';
import { exitOf, runHub, startHubProcess, type ListeningHub } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';
/** The speaking limit of the demo's opening segment, in play when the hub seeds it. */
const LIMIT_MS = 600_000;

/** Sends a command over REST and expects it accepted; returns the new version. */
async function accepted(hub: ListeningHub, command: object): Promise<number> {
  const answer = await postCommand(hub, 'cr4', command, { key: KEY });
  expect(answer, JSON.stringify(command)).toMatchObject({ status: 200, body: { ok: true } });
  const body = answer.body;
  return typeof body === 'object' && body !== null && 'version' in body ? Number(body.version) : -1;
}

describe('a hub process', () => {
  it('killed with SIGKILL mid-speech, comes back with every acknowledged command', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });

    await accepted(first, { type: 'nextSpeaker', start: true });
    await accepted(first, { type: 'adjustTime', deltaMs: 15_000 });
    await accepted(first, { type: 'endSpeech' });
    await accepted(first, { type: 'addSpeaker', delegation: 'NOR', position: 1 });
    await accepted(first, { type: 'nextSpeaker', start: true });
    await accepted(first, { type: 'endSpeech' });
    await accepted(first, { type: 'announce', text: 'Speakers are kindly asked to be brief.' });
    const startedFrom = Date.now();
    const lastVersion = await accepted(first, { type: 'nextSpeaker', start: true });
    const startedBy = Date.now();
    expect(lastVersion).toBe(8);

    const watcher = await harness.connect(first, { roomId: 'cr4', role: 'follower' });
    const before = watcher.joined;
    const speechesBefore = await getJson(first, '/api/rooms/cr4/speeches');
    expect(before.version).toBe(8);
    expect(before.floor?.speakerId).toBe('s2');

    first.child.kill('SIGKILL');
    expect(await exitOf(first)).toEqual({ code: null, signal: 'SIGKILL' });

    const second = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    const after = (await harness.connect(second, { roomId: 'cr4', role: 'follower' })).joined;
    expect(withoutServerNow(after)).toEqual(withoutServerNow(before));
    expect(await getJson(second, '/api/rooms/cr4/speeches')).toEqual(speechesBefore);
    expect(speechesBefore.body).toMatchObject({
      speeches: [
        { delegation: 'President of the General Assembly', adjustmentMs: 15_000 },
        { delegation: 'NOR', adjustmentMs: 0 },
      ],
    });

    // The clock ran on while the hub was down: real time, so within a second of the expected.
    const timer = after.floor?.timer;
    expect(timer && timerPhase(timer)).toBe('running');
    expect(timer?.runningSince).toBeGreaterThanOrEqual(startedFrom);
    expect(timer?.runningSince).toBeLessThanOrEqual(startedBy);
    const expected = LIMIT_MS - (after.serverNow - startedBy);
    const remaining = timer ? remainingMs(timer, after.serverNow) : Number.NaN;
    expect(Math.abs(remaining - expected)).toBeLessThan(1_000);
    expect(LIMIT_MS - remaining).toBeGreaterThanOrEqual(after.serverNow - startedBy);

    expect(await accepted(second, { type: 'endSpeech' })).toBe(9);
    second.child.kill('SIGTERM');
    expect(await exitOf(second)).toEqual({ code: 0, signal: null });

    const store = openSqliteStore(dataDir);
    try {
      const journal = store.journal('cr4');
      expect(journal.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(journal.every((e) => e.origin === 'rest')).toBe(true);
      expect(
        store.loadRooms().find((r) => r.state.roomId === 'cr4')?.state.current?.record,
      ).toHaveLength(3);
    } finally {
      store.close();
    }
  });

  it('stops on SIGTERM with exit code 0, its state saved', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    expect(hub.stdout()).toContain(`chair key:      ${KEY}`);
    expect(hub.stdout()).toContain(`${hub.url}/display/cr4`);
    await accepted(hub, { type: 'closeList' });
    // A real hub shows Node's own figures besides its own.
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    for (const name of [
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'rostrum_commit_duration_seconds_count 1',
    ]) {
      expect(metrics).toContain(name);
    }

    hub.child.kill('SIGTERM');
    expect(await exitOf(hub)).toEqual({ code: 0, signal: null });
    expect(hub.stderr()).not.toMatch(/error|fail/i);

    const store = openSqliteStore(dataDir);
    try {
      expect(
        store
          .loadRooms()
          .map(({ state }) => [state.roomId, state.version, state.current?.listOpen]),
      ).toEqual([['cr4', 1, false]]);
    } finally {
      store.close();
    }
  });

  it('refuses bad settings, naming each, before it starts anything', async () => {
    const dataDir = path.join(harness.tempDir(), 'never-created');
    const hub = runHub(harness, [], {
      DATA_DIR: dataDir,
      PORT: 'eighty',
      ROSTRUM_CHAIR_KEY: 'short',
      ROSTRUM_CORS_ORIGIN: 'https://intranet.example.org,intranet.example.org/rostrum',
      ROSTRUM_COMMAND_RATE: '0',
    });
    expect((await exitOf(hub)).code).not.toBe(0);
    expect(hub.stderr()).toMatch(/PORT/);
    expect(hub.stderr()).toMatch(/ROSTRUM_CHAIR_KEY must be at least 8 characters/);
    expect(hub.stderr()).toMatch(/ROSTRUM_CORS_ORIGIN\.1: ROSTRUM_CORS_ORIGIN lists origins/);
    expect(hub.stderr()).toMatch(/ROSTRUM_COMMAND_RATE/);
    expect(hub.stdout()).not.toMatch(/listening/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('prints every option with --help, and starts nothing', async () => {
    const dataDir = path.join(harness.tempDir(), 'never-created');
    const hub = runHub(harness, ['--help'], { DATA_DIR: dataDir });
    expect(await exitOf(hub)).toEqual({ code: 0, signal: null });
    for (const option of [
      'PORT',
      'HOST',
      'DATA_DIR',
      'ROSTRUM_CHAIR_KEY',
      'ROSTRUM_CORS_ORIGIN',
      'ROSTRUM_COMMAND_RATE',
      'LOG_LEVEL',
      '--rooms',
      '--help',
    ]) {
      expect(hub.stdout(), option).toContain(option);
    }
    expect(existsSync(dataDir)).toBe(false);
  });
});
