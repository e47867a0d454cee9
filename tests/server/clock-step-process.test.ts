// A real hub process whose wall clock steps under libfaketime (Debian's faketime: only the wall
// clock is faked, the monotonic one is left alone, as when NTP steps a room PC that booted with
// the wrong time). Back one hour and forward two hours, six seconds into a speech: the wall reads
// the right time left, the pause keeps the seconds spoken, the record ends after it starts and
// holds the true spoken time, and no speaker is marked as not reached.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { elapsedMs } from '../../shared/domain/timer.ts';
import type { SpeechRecord } from '../../shared/domain/types.ts';
import { HOUR_MS } from '../../shared/time.ts';
import { createHarness, getJson, postCommand, within } from './harness.ts';
import { startHubProcess, type ListeningHub } from './hub-process.ts';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const KEY = 'a-chair-key-for-tests';

const harness = createHarness();
afterEach(() => harness.cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function accepted(hub: ListeningHub, command: object): Promise<void> {
  const answer = await postCommand(hub, 'cr4', command, { key: KEY });
  expect(answer, JSON.stringify(command)).toMatchObject({ status: 200, body: { ok: true } });
}

/** The hub's clock as a client would estimate it: one `time` sample, halfway through its trip. */
async function hubOffset(socket: { emitWithAck(event: 'time'): Promise<unknown> }) {
  const sentAt = Date.now();
  const serverNow = Number(await socket.emitWithAck('time'));
  return serverNow - (sentAt + Date.now()) / 2;
}

describe('the hub under libfaketime', () => {
  it("has libfaketime to run with (npm test needs Debian's faketime; .ci/run installs it)", () => {
    expect(existsSync(LIBFAKETIME)).toBe(true);
  });

  it.each([
    ['back one hour', -HOUR_MS, '-3600'],
    ['forward two hours', 2 * HOUR_MS, '+7200'],
  ])(
    'steps %s during a speech: spoken time, record and wall unchanged',
    async (_l, stepMs, offset) => {
      const dataDir = harness.tempDir();
      const fakeTime = path.join(dataDir, '..', `faketime-${path.basename(dataDir)}`);
      writeFileSync(fakeTime, '+0\n');
      const hub = await startHubProcess(harness, {
        DATA_DIR: dataDir,
        ROSTRUM_CHAIR_KEY: KEY,
        LD_PRELOAD: LIBFAKETIME,
        FAKETIME_TIMESTAMP_FILE: fakeTime,
        FAKETIME_NO_CACHE: '1',
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
      });
      const wall = await harness.connect(hub, { roomId: 'cr4', role: 'display' });
      const waitingBefore = wall.joined.speakers.filter((s) => s.status === 'waiting').length;

      await accepted(hub, { type: 'nextSpeaker', start: true });
      const startedAt = Date.now();
      await sleep(6_000 - (Date.now() - startedAt));
      writeFileSync(fakeTime, `${offset}\n`);

      // The hub notices within its check (every 500 ms) and moves the room: the wall is told.
      const moved = await within(
        (async () => {
          for (;;) {
            const last = wall.changes.items.at(-1);
            if (last && last.version >= 2) return last;
            await sleep(50);
          }
        })(),
        'the clock step reaching the wall',
        3_000,
      );
      const offsetMs = await hubOffset(wall.socket);
      expect(Math.abs(offsetMs - stepMs)).toBeLessThan(1_000);
      const timer = moved.parts.floor?.timer;
      if (!timer) throw new Error('the step should move the floor');
      // What the wall reads now, on the hub's new clock: the seconds really spoken.
      const spokenOnWall = elapsedMs(timer, Date.now() + offsetMs);
      expect(Math.abs(spokenOnWall - (Date.now() - startedAt))).toBeLessThan(1_000);

      await sleep(1_000);
      await accepted(hub, { type: 'pauseSpeech' });
      const spokenAtPause = Date.now() - startedAt;
      await accepted(hub, { type: 'endSpeech' });

      const speeches = await getJson(hub, '/api/rooms/cr4/speeches');
      const [held] = (speeches.body as { speeches: SpeechRecord[] }).speeches;
      if (!held) throw new Error('the speech should be in the record');
      expect(Math.abs(held.spokenMs - spokenAtPause)).toBeLessThan(1_000);
      expect(held.endedAt).toBeGreaterThanOrEqual(held.startedAt);
      expect(held.endedAt - held.startedAt).toBeLessThan(spokenAtPause + 2_000);
      // The record is on the hub's new clock, close to the faked now.
      expect(Math.abs(held.endedAt - (Date.now() + stepMs))).toBeLessThan(2_000);
      // Nobody was passed over by the step.
      const room = await getJson(hub, '/api/rooms/cr4');
      const { speakers } = room.body as { speakers: { status: string }[] };
      expect(speakers.filter((s) => s.status === 'absent')).toHaveLength(0);
      expect(speakers.filter((s) => s.status === 'waiting')).toHaveLength(waitingBefore - 1);
    },
    30_000,
  );
});
