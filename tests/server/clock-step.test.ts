// The hub's clock against a wall clock that steps, as NTP steps a room PC that booted with the
// wrong time: durations run on the monotonic clock, and a step moves every room with it, so no
// speech gains or loses a second and the record stays in order. Wall and monotonic clocks are
// the test's own here; the real ones, under libfaketime, are in clock-step-process.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createSteadyClock } from '../../server/clock.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { HOUR_MS } from '../../shared/time.ts';
import {
  createHarness,
  MEETING_START,
  sendCommand,
  smallSeed,
  type TestClock,
  within,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

describe('createSteadyClock', () => {
  it('runs on ticks, and takes the wall clock again only on a step beyond the threshold', () => {
    let wall = 1_000_000;
    let ticks = 0;
    const steady = createSteadyClock(
      () => wall,
      () => ticks,
      1_000,
    );
    wall += 5_000;
    ticks += 5_000;
    expect(steady.now()).toBe(1_005_000);
    // Drift under a second is not a step.
    wall += 900;
    expect(steady.check()).toBe(0);
    expect(steady.now()).toBe(1_005_000);
    // The wall clock steps back an hour: readings go on from the ticks until checked.
    wall -= HOUR_MS;
    ticks += 2_000;
    expect(steady.now()).toBe(1_007_000);
    expect(steady.check()).toBe(-HOUR_MS + 900 - 2_000);
    expect(steady.now()).toBe(wall);
    wall += 2 * HOUR_MS;
    expect(steady.check()).toBe(2 * HOUR_MS);
    expect(steady.now()).toBe(wall);
  });
});

describe('a hub whose wall clock steps', () => {
  it.each([
    ['back one hour', -HOUR_MS],
    ['forward two hours', 2 * HOUR_MS],
  ])(
    '%s during a speech: the speech, the record and the wall keep their times',
    async (_l, stepMs) => {
      let wall = MEETING_START;
      let ticks = 0;
      const steady = createSteadyClock(
        () => wall,
        () => ticks,
      );
      const clock: TestClock = {
        clock: steady.now,
        now: steady.now,
        advance(ms) {
          wall += ms;
          ticks += ms;
          return steady.now();
        },
      };
      const hub = await harness.startHub({
        clock,
        seeds: [smallSeed()],
        hub: { steadyClock: steady },
      });
      const key = hub.chairKey('tc1');
      const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
      const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });

      expect(await sendCommand(chair.socket, { type: 'nextSpeaker', start: true })).toMatchObject({
        ok: true,
      });
      // An undo entry that holds the running speech, to see it moved on disk too.
      expect(
        await sendCommand(chair.socket, { type: 'adjustTime', deltaMs: 30_000 }),
      ).toMatchObject({ ok: true });
      clock.advance(6_000);
      wall += stepMs; // the step: the wall clock only
      // Within a check (every 500 ms) the hub has moved the room, and told the wall.
      const moved = await within(display.changes.nth(3, 3_000), 'the change of the clock step');
      expect(moved.version).toBe(3);
      expect(moved.serverNow).toBe(MEETING_START + 6_000 + stepMs);
      const timer = moved.parts.floor?.timer;
      expect(timer?.runningSince).toBe(MEETING_START + stepMs);

      // The undo history as stored moved with the room: a restart then undo reads the same.
      const reread = openSqliteStore(hub.dataDir);
      const stored = reread.loadRooms()[0]?.state.history.at(-1);
      reread.close();
      expect(stored?.state.floor?.timer.startedAt).toBe(MEETING_START + stepMs);

      clock.advance(4_000);
      expect(await sendCommand(chair.socket, { type: 'endSpeech' })).toMatchObject({ ok: true });
      const state = hub.hub.engine.state('tc1');
      const [held] = state?.current?.record ?? [];
      expect(held?.spokenMs).toBe(10_000);
      expect(held?.endedAt).toBe(MEETING_START + stepMs + 10_000);
      expect((held?.endedAt ?? 0) - (held?.startedAt ?? 0)).toBe(10_000);
      // The journal says what happened, between the two chair commands.
      expect(hub.store.journal('tc1').map((e) => [e.type, e.origin])).toEqual([
        ['nextSpeaker', 'socket'],
        ['adjustTime', 'socket'],
        ['clockStepped', 'hub'],
        ['endSpeech', 'socket'],
      ]);
    },
  );
});
