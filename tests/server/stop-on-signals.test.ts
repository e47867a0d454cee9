// The hub's answer to stop signals, with a hand-moved monotonic clock and hand-fired timers: one
// request to stop arriving as several signals closes once; a later one, or a stop that hangs,
// gives up with exit 1. The same through `npm start` with real signals: npm-start.test.ts.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { createStopper, DUPLICATE_WINDOW_MS, STOP_BOUND_MS } from '../../server/stop-on-signals.ts';

function setUp(closes: 'resolves' | 'rejects' | 'hangs' = 'resolves') {
  let now = 0;
  let finishClose = () => {};
  const exits: number[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  let closeCalls = 0;
  const stop = createStopper({
    logger: createLogger('silent'),
    close: () => {
      closeCalls += 1;
      if (closes === 'rejects') return Promise.reject(new Error('disk gone'));
      return new Promise<void>((resolve) => {
        if (closes === 'resolves') finishClose = resolve;
      });
    },
    exit: (code) => exits.push(code),
    ticks: () => now,
    later: (run, ms) => timers.push({ run, ms }),
  });
  return {
    stop,
    exits,
    timers,
    closeCalls: () => closeCalls,
    advance: (ms: number) => (now += ms),
    finishClose: () => finishClose(),
  };
}

/** Lets the promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('stop signals', () => {
  it('closes once on the first signal, then exits 0', async () => {
    const t = setUp();
    t.stop('SIGTERM');
    await settle();
    expect(t.closeCalls()).toBe(1);
    expect(t.exits).toEqual([]);
    t.finishClose();
    await settle();
    expect(t.exits).toEqual([0]);
  });

  it.each([
    ['the same signal at once (the group and the launcher)', 'SIGINT', 0],
    ['the other signal soon after', 'SIGTERM', 300],
    ['the same signal just inside the window', 'SIGINT', DUPLICATE_WINDOW_MS - 1],
  ])('takes %s as the same request', async (_what, signal, afterMs) => {
    const t = setUp();
    t.stop('SIGINT');
    t.advance(afterMs);
    t.stop(signal);
    t.stop(signal);
    await settle();
    expect(t.closeCalls()).toBe(1);
    expect(t.exits).toEqual([]);
    t.finishClose();
    await settle();
    expect(t.exits).toEqual([0]);
  });

  it('gives up at once when asked again after the window, and exits only once', async () => {
    const t = setUp();
    t.stop('SIGINT');
    t.advance(DUPLICATE_WINDOW_MS);
    t.stop('SIGINT');
    expect(t.exits).toEqual([1]);
    t.finishClose();
    await settle();
    expect(t.exits).toEqual([1]);
  });

  it('exits 1 when closing fails', async () => {
    const t = setUp('rejects');
    t.stop('SIGTERM');
    await settle();
    expect(t.exits).toEqual([1]);
  });

  it('gives up a stop that hangs after the bound', async () => {
    const t = setUp('hangs');
    t.stop('SIGTERM');
    await settle();
    expect(t.timers.map((timer) => timer.ms)).toEqual([STOP_BOUND_MS]);
    expect(t.exits).toEqual([]);
    t.timers[0]?.run();
    expect(t.exits).toEqual([1]);
  });
});
