// Estimating the server's clock from the client's, NTP-style: each `time` request gives a
// sample; the one with the shortest round trip is the least blurred by network delay. A clock
// can also be stepped (NTP setting a room PC right): then the samples from before the step are
// dropped as soon as two new ones agree on the new offset, and a message whose stamp does not fit
// the estimate asks for fresh samples at once (room-connection.ts).
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

/** How far apart two offsets must be, at least, to be taken for a step of a clock (ms). */
export const STEP_MIN_MS: DurationMs = 1_000;
/** Below this, two samples' offsets always count as agreeing (ms): timer resolution, jitter. */
const AGREEMENT_FLOOR_MS: DurationMs = 100;
/** How far a message's `serverNow` may be from the estimated server clock on arrival (ms). */
export const STAMP_TOLERANCE_MS: DurationMs = 2_000;

/** The samples an estimate is made from. */
export interface SampleWindow {
  samples: readonly ClockSample[];
  /** The last sample, when it contradicted them: kept apart until the next one tells why. */
  pending?: ClockSample;
}

/**
 * Whether `sample` contradicts `estimate`: off by more than a step and more than its own round
 * trip could explain (a sample's offset is within half its round trip of the truth).
 */
export function contradicts(estimate: OffsetEstimate, sample: ClockSample): boolean {
  const { offsetMs, roundTripMs } = offsetOf(sample);
  return Math.abs(offsetMs - estimate.offsetMs) > Math.max(STEP_MIN_MS, roundTripMs);
}

/** Whether two samples imply the same offset, as far as their round trips can tell. */
function agree(a: ClockSample, b: ClockSample): boolean {
  const [x, y] = [offsetOf(a), offsetOf(b)];
  const tolerance = Math.max(AGREEMENT_FLOOR_MS, x.roundTripMs, y.roundTripMs);
  return Math.abs(x.offsetMs - y.offsetMs) <= tolerance;
}

/**
 * The window once `sample` has arrived: the last `kept` samples. A sample that contradicts the
 * estimate is held apart, so a lone one never moves it, whatever its round trip. If the next one
 * agrees with it, one of the clocks was stepped (NTP setting a room PC right): the older samples
 * describe a clock that no longer exists, and the window restarts from these two. If the next
 * one fits the estimate, the lone one was a fluke and is dropped.
 */
export function withSample(window: SampleWindow, sample: ClockSample, kept: number): SampleWindow {
  const estimate = bestOffset(window.samples);
  if (!estimate || !contradicts(estimate, sample)) {
    return { samples: [...window.samples, sample].slice(-kept) };
  }
  if (window.pending && agree(window.pending, sample)) return { samples: [window.pending, sample] };
  return { samples: window.samples, pending: sample };
}

/**
 * Whether a message stamped `serverNow` by the hub and received at `receivedAt` (client clock)
 * disagrees with the estimated offset. The estimated server time on arrival should be at or a
 * little after the stamp (the message's transit); more than STAMP_TOLERANCE_MS before or after
 * it means the estimate is stale (a clock stepped since) and fresh samples are needed.
 */
export function stampDisagrees(
  serverNow: EpochMs,
  receivedAt: EpochMs,
  offsetMs: DurationMs,
): boolean {
  return Math.abs(receivedAt + offsetMs - serverNow) > STAMP_TOLERANCE_MS;
}
