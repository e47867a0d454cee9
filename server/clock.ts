// The server's one clock. Everything else receives it as an argument, so tests can pass
// a fixed or stepping clock instead of faking the system time.
import type { EpochMs } from '../shared/time.ts';

/** Returns the current instant. */
export type Clock = () => EpochMs;

/** The real clock of this machine. */
export const systemClock: Clock = () => Date.now();

/**
 * A monotonic count of milliseconds (not an instant): for measuring how much time passed, as
 * rate limits do, where a wall-clock step must not count.
 */
export type Ticks = () => number;

/** This process's monotonic clock. */
export const systemTicks: Ticks = () => performance.now();

/** A step of the wall clock smaller than this is taken for drift, and left to accumulate. */
export const CLOCK_STEP_THRESHOLD_MS = 1_000;

/** How often the hub compares its clock with the wall clock (ms). */
export const CLOCK_CHECK_EVERY_MS = 500;

/**
 * The hub's clock: the wall clock's instants, but advancing on the monotonic clock, so that a
 * step of the wall clock never lands between two readings of one duration. `check` compares it
 * with the wall clock; when they differ by more than the threshold (a step, back or forward), it
 * takes the wall clock's time again and returns the step, which the caller must apply to every
 * instant it holds at once (RoomEngine.clockStepped), before anything reads the clock again.
 */
export interface SteadyClock {
  now: Clock;
  /** The step just taken (ms, positive forward), or 0 when the wall clock agrees. */
  check(): number;
}

/** A steady clock over `wall` (Date.now) and `ticks` (performance.now); both given for tests. */
export function createSteadyClock(
  wall: Clock = systemClock,
  ticks: Ticks = systemTicks,
  thresholdMs: number = CLOCK_STEP_THRESHOLD_MS,
): SteadyClock {
  let anchorWall = wall();
  let anchorTicks = ticks();
  const now: Clock = () => Math.round(anchorWall + (ticks() - anchorTicks));
  return {
    now,
    check() {
      const stepMs = wall() - now();
      if (Math.abs(stepMs) <= thresholdMs) return 0;
      anchorWall = wall();
      anchorTicks = ticks();
      return stepMs;
    },
  };
}
