// "Slower, please": the interpreters' request to the speaker on the floor. The hub keeps when it
// was last made (floor.slowerAt); every screen shows it for the same time on its estimate of the
// hub's clock, so the lectern, the console and the booth agree on when it ends.
import type { DurationMs, EpochMs } from '../time.ts';

/** How long the screens show the request: long enough to be seen between two sentences. */
export const SLOWER_SIGNAL_MS: DurationMs = 15_000;

/**
 * How soon a request may follow the last one: several booths pressing at once make one signal,
 * not a flicker, and a booth cannot keep the signal lit by holding the key.
 */
export const SLOWER_REPEAT_MS: DurationMs = 5_000;

/** Whether a request made at `slowerAt` is still shown at `serverNow`. */
export function slowerShownAt(slowerAt: EpochMs | undefined, serverNow: EpochMs): boolean {
  return slowerAt !== undefined && serverNow >= slowerAt && serverNow < slowerAt + SLOWER_SIGNAL_MS;
}
