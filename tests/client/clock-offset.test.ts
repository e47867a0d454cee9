import { describe, expect, it } from 'vitest';
import { bestOffset, offsetOf } from '../../client/connection/clock-offset.ts';

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
