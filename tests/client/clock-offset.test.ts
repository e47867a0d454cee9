import { describe, expect, it } from 'vitest';
import {
  bestOffset,
  offsetOf,
  stampDisagrees,
  withSample,
  type ClockSample,
  type SampleWindow,
} from '../../client/connection/clock-offset.ts';
import { HOUR_MS, MINUTE_MS } from '../../shared/time.ts';

describe('clock offset', () => {
  it('assumes the server answered halfway through the round trip', () => {
    expect(offsetOf({ sentAt: 1000, serverNow: 600_100, receivedAt: 1200 })).toEqual({
      offsetMs: 599_000,
      roundTripMs: 200,
    });
  });

  it('keeps the sample with the shortest round trip', () => {
    // True offset +10 min; delays are asymmetric on the slow samples, so they mislead.
    const samples = [
      { sentAt: 0, serverNow: 600_000 + 140, receivedAt: 150 },
      { sentAt: 1000, serverNow: 601_000 + 30, receivedAt: 1060 },
      { sentAt: 2000, serverNow: 602_000 + 20, receivedAt: 2120 },
    ];
    expect(bestOffset(samples)).toEqual({ offsetMs: 600_000, roundTripMs: 60 });
  });

  it('has no estimate without samples', () => {
    expect(bestOffset([])).toBeUndefined();
  });
});

/** One `time` exchange: sent at `at` (client clock), `upMs` to the server, `downMs` back. */
interface Exchange {
  upMs: number;
  downMs: number;
  /** The server's clock minus the client's at that moment (the truth to follow). */
  trueOffsetMs: number;
}

function sampleOf(at: number, { upMs, downMs, trueOffsetMs }: Exchange): ClockSample {
  return { sentAt: at, serverNow: at + upMs + trueOffsetMs, receivedAt: at + upMs + downMs };
}

/** Deterministic delays of 10-80 ms each way (a LAN with Wi-Fi jitter). */
function jitter(i: number): { upMs: number; downMs: number } {
  return { upMs: 10 + ((i * 37) % 71), downMs: 10 + ((i * 53) % 71) };
}

/** Feeds the exchanges one a minute, as the connection does; the estimate after each. */
function follow(exchanges: Exchange[]): { offsets: number[]; window: SampleWindow } {
  let window: SampleWindow = { samples: [] };
  const offsets: number[] = [];
  exchanges.forEach((exchange, i) => {
    window = withSample(window, sampleOf(1_000_000 + i * MINUTE_MS, exchange), 20);
    offsets.push(bestOffset(window.samples)?.offsetMs ?? Number.NaN);
  });
  return { offsets, window };
}

const BEFORE_MS = 10 * MINUTE_MS; // the client's clock 10 minutes behind the hub's
const steady = (count: number, trueOffsetMs = BEFORE_MS, from = 0): Exchange[] =>
  Array.from({ length: count }, (_, i) => ({ ...jitter(from + i), trueOffsetMs }));

describe('following a step of a clock', () => {
  it.each([
    ['back 1 h', -HOUR_MS],
    ['forward 2 h', 2 * HOUR_MS],
    ['back 2 s (just over a step)', -2_000],
    ['forward 90 s', 90_000],
  ])('follows a step %s by the second sample after it', (_what, stepMs) => {
    const after = BEFORE_MS + stepMs;
    const { offsets } = follow([...steady(20), ...steady(5, after, 20)]);
    // Half the longest round trip (80 + 80 ms) is as close as any sample can tell.
    expect(Math.abs((offsets[19] ?? 0) - BEFORE_MS)).toBeLessThanOrEqual(80);
    // The first sample after the step is held apart; the second confirms it.
    expect(Math.abs((offsets[20] ?? 0) - BEFORE_MS)).toBeLessThanOrEqual(80);
    for (const offset of offsets.slice(21))
      expect(Math.abs(offset - after)).toBeLessThanOrEqual(80);
  });

  it('follows a step back then forward, each within two samples', () => {
    const { offsets } = follow([
      ...steady(10),
      ...steady(3, BEFORE_MS - HOUR_MS, 10),
      ...steady(3, BEFORE_MS + HOUR_MS, 13),
    ]);
    expect(Math.abs((offsets[11] ?? 0) - (BEFORE_MS - HOUR_MS))).toBeLessThanOrEqual(80);
    expect(Math.abs((offsets[14] ?? 0) - (BEFORE_MS + HOUR_MS))).toBeLessThanOrEqual(80);
  });

  it.each<[string, Exchange]>([
    // Stuck for 3 s on the way there: the offset it implies is 1.5 s off, its round trip 3 s.
    ['a big round trip, slow one way', { upMs: 3_000, downMs: 20, trueOffsetMs: BEFORE_MS }],
    ['a big round trip, slow back', { upMs: 20, downMs: 8_000, trueOffsetMs: BEFORE_MS }],
    // A short round trip but 1 h off, once only: a fluke (or a step there and back).
    ['a lone sample an hour off', { upMs: 5, downMs: 5, trueOffsetMs: BEFORE_MS - HOUR_MS }],
  ])('is not moved by one outlier: %s', (_what, outlier) => {
    const { offsets, window } = follow([...steady(10), outlier, ...steady(10, BEFORE_MS, 11)]);
    for (const offset of offsets) expect(Math.abs(offset - BEFORE_MS)).toBeLessThanOrEqual(80);
    expect(window.pending).toBeUndefined();
  });

  it('keeps the last 20 samples through noise, none held apart', () => {
    const { offsets, window } = follow(steady(50));
    expect(window.samples).toHaveLength(20);
    expect(window.pending).toBeUndefined();
    for (const offset of offsets) expect(Math.abs(offset - BEFORE_MS)).toBeLessThanOrEqual(80);
  });

  it('does not take two samples 1.2 s off but with round trips of 3 s for a step', () => {
    const slow = { upMs: 1_500, downMs: 1_500 };
    const { offsets } = follow([
      ...steady(5),
      { ...slow, trueOffsetMs: BEFORE_MS + 1_200 },
      { ...slow, trueOffsetMs: BEFORE_MS + 1_300 },
    ]);
    expect(Math.abs((offsets.at(-1) ?? 0) - BEFORE_MS)).toBeLessThanOrEqual(80);
  });
});

describe('a stamp that does not fit the estimate', () => {
  it.each([
    ['arrives 40 ms after its stamp', 1_000_040, false],
    ['arrives 1.9 s after (a slow network)', 1_001_900, false],
    ['seems to arrive 1 s before its stamp (estimate a little off)', 999_000, false],
    ['arrives an hour "before" it (the hub stepped forward)', 1_000_000 - HOUR_MS, true],
    ['arrives an hour after it (the hub stepped back)', 1_000_000 + HOUR_MS, true],
    ['seems to arrive 2.5 s early', 997_500, true],
  ])('%s: sample again, %s', (_what, estimatedServerTime, disagrees) => {
    const offsetMs = -500_000;
    const receivedAt = estimatedServerTime - offsetMs;
    expect(stampDisagrees(1_000_000, receivedAt, offsetMs)).toBe(disagrees);
  });
});
