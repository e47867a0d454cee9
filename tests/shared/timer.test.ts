// Timer math: every reading is derived from absolute instants and the `now` passed in.
import { describe, expect, it } from 'vitest';
import {
  allowedMs,
  elapsedMs,
  pauseTimer,
  readTimer,
  readyTimer,
  remainingMs,
  runTimer,
  stopTimer,
  TIME_UP_MS,
  timerPhase,
  type TimerBand,
} from '../../shared/domain/timer.ts';
import type { SpeechTimer } from '../../shared/domain/types.ts';
import { formatClock } from '../../shared/time.ts';
import { after, minutes, seconds, T0 } from './fixtures.ts';

/** A timer of `limitMs` started at T0 and running since. */
function runningFromT0(limitMs: number, adjustmentMs = 0): SpeechTimer {
  return { ...runTimer(readyTimer(limitMs), T0), adjustmentMs };
}

describe('readyTimer', () => {
  it('has the full limit and has not started', () => {
    const timer = readyTimer(minutes(3));
    expect(timer).toEqual({
      limitMs: minutes(3),
      adjustmentMs: 0,
      startedAt: null,
      runningSince: null,
      accumulatedMs: 0,
      pauses: [],
    });
    expect(timerPhase(timer)).toBe('ready');
    expect(elapsedMs(timer, after(minutes(10)))).toBe(0);
    expect(remainingMs(timer, after(minutes(10)))).toBe(minutes(3));
  });
});

describe('running, pausing, resuming', () => {
  it('starts the clock at now', () => {
    const timer = runTimer(readyTimer(minutes(3)), T0);
    expect(timer.startedAt).toBe(T0);
    expect(timer.runningSince).toBe(T0);
    expect(timerPhase(timer)).toBe('running');
    expect(elapsedMs(timer, after(seconds(42)))).toBe(seconds(42));
    expect(remainingMs(timer, after(seconds(42)))).toBe(minutes(3) - seconds(42));
  });

  it('accumulates the runs and leaves the pauses out', () => {
    // Runs 10:00:00-10:00:20, paused 30 s, runs 10:00:50-10:01:10, paused 10 s, runs on.
    let timer = runTimer(readyTimer(minutes(3)), T0);
    timer = pauseTimer(timer, after(seconds(20)));
    expect(timerPhase(timer)).toBe('paused');
    expect(timer.accumulatedMs).toBe(seconds(20));
    expect(elapsedMs(timer, after(seconds(45)))).toBe(seconds(20));
    timer = runTimer(timer, after(seconds(50)));
    timer = pauseTimer(timer, after(seconds(70)));
    timer = runTimer(timer, after(seconds(80)));

    expect(timer.startedAt).toBe(T0);
    expect(timer.runningSince).toBe(after(seconds(80)));
    expect(timer.accumulatedMs).toBe(seconds(40));
    expect(timer.pauses).toEqual([
      { pausedAt: after(seconds(20)), resumedAt: after(seconds(50)) },
      { pausedAt: after(seconds(70)), resumedAt: after(seconds(80)) },
    ]);
    expect(elapsedMs(timer, after(seconds(100)))).toBe(seconds(60));
    expect(remainingMs(timer, after(seconds(100)))).toBe(minutes(2));
  });

  it('a paused timer does not move with the clock', () => {
    const timer = pauseTimer(runTimer(readyTimer(minutes(3)), T0), after(seconds(30)));
    for (const later of [seconds(30), minutes(5), minutes(300)]) {
      expect(remainingMs(timer, after(later))).toBe(seconds(150));
    }
  });

  it('never counts a negative run when now is before runningSince', () => {
    const timer = runTimer(readyTimer(minutes(3)), T0);
    expect(elapsedMs(timer, T0 - seconds(5))).toBe(0);
  });

  it('stopTimer keeps the time spoken and closes an open pause at now', () => {
    const paused = pauseTimer(runTimer(readyTimer(minutes(3)), T0), after(seconds(30)));
    const stopped = stopTimer(paused, after(seconds(90)));
    expect(stopped.accumulatedMs).toBe(seconds(30));
    expect(stopped.runningSince).toBeNull();
    expect(stopped.pauses).toEqual([
      { pausedAt: after(seconds(30)), resumedAt: after(seconds(90)) },
    ]);

    const running = stopTimer(runTimer(readyTimer(minutes(3)), T0), after(seconds(75)));
    expect(running.accumulatedMs).toBe(seconds(75));
    expect(running.pauses).toEqual([]);
  });
});

describe('allowed time', () => {
  it.each([
    { limitMs: minutes(3), adjustmentMs: 0, allowed: minutes(3) },
    { limitMs: minutes(3), adjustmentMs: seconds(30), allowed: seconds(210) },
    { limitMs: minutes(3), adjustmentMs: -seconds(30), allowed: seconds(150) },
    { limitMs: minutes(3), adjustmentMs: -minutes(3), allowed: 0 },
    // Never below zero, whatever the adjustment.
    { limitMs: seconds(10), adjustmentMs: -seconds(20), allowed: 0 },
  ])(
    'limit $limitMs + adjustment $adjustmentMs = $allowed',
    ({ limitMs, adjustmentMs, allowed }) => {
      expect(allowedMs({ ...readyTimer(limitMs), adjustmentMs })).toBe(allowed);
    },
  );

  it('an adjustment moves the remaining time by the same amount', () => {
    const now = after(seconds(100));
    expect(remainingMs(runningFromT0(minutes(3), seconds(30)), now)).toBe(seconds(110));
    expect(remainingMs(runningFromT0(minutes(3), -seconds(30)), now)).toBe(seconds(50));
  });
});

describe('readTimer bands', () => {
  // A one-minute limit with a 10-second warning.
  const LIMIT = minutes(1);
  const WARNING = seconds(10);

  it.each<[number, TimerBand, number, number]>([
    // elapsed, band, remaining, overrun
    [0, 'normal', 60_000, 0],
    [49_999, 'normal', 10_001, 0],
    [50_000, 'warning', 10_000, 0],
    [59_999, 'warning', 1, 0],
    [60_000, 'timeUp', 0, 0],
    [60_000 + TIME_UP_MS - 1, 'timeUp', -(TIME_UP_MS - 1), TIME_UP_MS - 1],
    [60_000 + TIME_UP_MS, 'overtime', -TIME_UP_MS, TIME_UP_MS],
    [120_000, 'overtime', -60_000, 60_000],
    [3_600_000, 'overtime', -3_540_000, 3_540_000],
  ])('after %i ms spoken: %s, remaining %i, overrun %i', (elapsed, band, remaining, overrun) => {
    const reading = readTimer(runningFromT0(LIMIT), after(elapsed), WARNING);
    expect(reading).toEqual({
      phase: 'running',
      band,
      elapsedMs: elapsed,
      allowedMs: LIMIT,
      remainingMs: remaining,
      overrunMs: overrun,
    });
  });

  it('overrun keeps counting, one ms for one ms', () => {
    const timer = runningFromT0(LIMIT);
    const readings = [61_000, 62_000, 90_000].map((t) => readTimer(timer, after(t), WARNING));
    expect(readings.map((r) => r.remainingMs)).toEqual([-1_000, -2_000, -30_000]);
    expect(readings.map((r) => r.overrunMs)).toEqual([1_000, 2_000, 30_000]);
  });

  it('a zero warning goes straight from normal to time up', () => {
    expect(readTimer(runningFromT0(LIMIT), after(59_999), 0).band).toBe('normal');
    expect(readTimer(runningFromT0(LIMIT), after(60_000), 0).band).toBe('timeUp');
  });

  it('an adjustment moves the band boundaries', () => {
    const timer = runningFromT0(LIMIT, seconds(30));
    expect(readTimer(timer, after(79_999), WARNING).band).toBe('normal');
    expect(readTimer(timer, after(80_000), WARNING).band).toBe('warning');
    expect(readTimer(timer, after(90_000), WARNING).band).toBe('timeUp');
  });

  it('a timer adjusted to no time at all reads time up at once', () => {
    const reading = readTimer(runningFromT0(LIMIT, -LIMIT), T0, WARNING);
    expect(reading.band).toBe('timeUp');
    expect(reading.remainingMs).toBe(0);
  });

  it('reports the phase', () => {
    const ready = readyTimer(LIMIT);
    const running = runTimer(ready, T0);
    const paused = pauseTimer(running, after(seconds(5)));
    expect(readTimer(ready, after(seconds(10)), WARNING).phase).toBe('ready');
    expect(readTimer(running, after(seconds(10)), WARNING).phase).toBe('running');
    expect(readTimer(paused, after(seconds(10)), WARNING)).toMatchObject({
      phase: 'paused',
      elapsedMs: seconds(5),
    });
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1_000, '0:01'],
    [1_001, '0:02'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [180_000, '3:00'],
    [-1, '0:01'],
    [-61_000, '1:01'],
    [3_600_000, '60:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});
