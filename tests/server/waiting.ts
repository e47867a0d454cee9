// Waiting in tests that watch real processes and sockets: for a condition, with a bound, and
// for a moment.

/** Resolves with how long `check` took to hold (ms); throws naming `what` past `timeoutMs`. */
export async function until(
  what: string,
  check: () => boolean,
  timeoutMs = 10_000,
): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) {
      throw new Error(`${what}: not within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Math.round(performance.now() - start);
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
