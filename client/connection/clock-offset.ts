// Estimating the server's clock from the client's, NTP-style: each `time` request gives a
// sample; the one with the shortest round trip is the least blurred by network delay.
import type { DurationMs, EpochMs } from '../../shared/time.ts';

export interface ClockSample {
  /** Client clock when the request left. */
  sentAt: EpochMs;
  /** Server clock in the answer. */
  serverNow: EpochMs;
  /** Client clock when the answer came back. */
  receivedAt: EpochMs;
}

export interface OffsetEstimate {
  /** Add to the client's clock to read the server's. */
  offsetMs: DurationMs;
  roundTripMs: DurationMs;
}

/** The offset one sample implies, assuming the answer was made halfway through the round trip. */
export function offsetOf(sample: ClockSample): OffsetEstimate {
  const roundTripMs = Math.max(0, sample.receivedAt - sample.sentAt);
  return {
    offsetMs: sample.serverNow - (sample.sentAt + sample.receivedAt) / 2,
    roundTripMs,
  };
}

/** The best estimate from several samples: the one with the shortest round trip. */
export function bestOffset(samples: readonly ClockSample[]): OffsetEstimate | undefined {
  let best: OffsetEstimate | undefined;
  for (const sample of samples) {
    const estimate = offsetOf(sample);
    if (!best || estimate.roundTripMs < best.roundTripMs) best = estimate;
  }
  return best;
}
