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
