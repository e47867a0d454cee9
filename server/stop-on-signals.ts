// Asked to stop (systemd, Ctrl-C, a restart): finish what is in flight, tell the clients, exit 0.
//
// One request to stop often arrives as several signals: Ctrl-C and systemd's default KillMode
// signal every process of the group, so the hub gets the signal itself and again forwarded by
// `npm start`'s launcher (scripts/start.mjs). So the first SIGINT or SIGTERM starts the stop and
// the ones that follow within DUPLICATE_WINDOW_MS are the same request, ignored. One that comes
// later is someone asking again because the stop takes too long: it gives up at once (exit 1;
// commits are synchronous, so none is cut in half, but a request in flight may go unanswered).
// And a stop that hangs (a connection that never closes, Redis never answering) gives up by
// itself after STOP_BOUND_MS, so a supervisor never waits on a hub that keeps the port.
import { systemTicks, type Ticks } from './clock.ts';
import type { Logger } from './logger.ts';

/** Signals within this long of the first (ms) are the same request to stop. */
export const DUPLICATE_WINDOW_MS = 2_000;
/**
 * How long a stop may take before it is given up (ms): the hub waits up to its grace period
 * (DEFAULT_CLOSE_GRACE_MS, 5 s) for requests in flight, then up to as long again for the
 * connections to close; past three grace periods something is stuck.
 */
export const STOP_BOUND_MS = 15_000;

export interface StopperDeps {
  close: () => Promise<void>;
  logger: Logger;
  /** Ends the process (process.exit). */
  exit: (code: number) => void;
  ticks?: Ticks;
  /** Runs `run` after `ms` (setTimeout). */
  later?: (run: () => void, ms: number) => void;
  boundMs?: number;
}

/**
 * The bound's timer is left referenced on purpose: it keeps the process alive until `close` is
 * done. The waits inside the hub's close are unref'd, and with no connection left the event
 * loop would otherwise run empty on one of them and end the process (code 0) before the store is
 * closed. Once closed, `exit` is called at once, so the timer never delays anything.
 */
function later(run: () => void, ms: number): void {
  setTimeout(run, ms);
}

/**
 * What to do on each stop signal: the first closes then exits (0 once closed, 1 if closing
 * failed or took longer than the bound), duplicates are ignored, a later one exits 1 at once.
 */
export function createStopper(deps: StopperDeps): (signal: string) => void {
  const { close, logger, exit, ticks = systemTicks } = deps;
  const runLater = deps.later ?? later;
  const boundMs = deps.boundMs ?? STOP_BOUND_MS;
  let firstAt: number | undefined;
  let exited = false;
  const exitOnce = (code: number) => {
    if (exited) return;
    exited = true;
    exit(code);
  };
  return (signal) => {
    if (firstAt === undefined) {
      firstAt = ticks();
      logger.info({ signal }, 'stopping');
      runLater(() => {
        logger.error({ boundMs }, 'stop took too long, giving up');
        exitOnce(1);
      }, boundMs);
      close().then(
        () => exitOnce(0),
        (error: unknown) => {
          logger.error({ err: error }, 'stop failed');
          exitOnce(1);
        },
      );
    } else if (ticks() - firstAt < DUPLICATE_WINDOW_MS) {
      logger.debug({ signal }, 'already stopping');
    } else {
      logger.warn({ signal }, 'asked again while stopping, giving up');
      exitOnce(1);
    }
  };
}

/** Stops cleanly on SIGTERM or SIGINT (see createStopper), then exits. */
export function stopOnSignals(close: () => Promise<void>, logger: Logger): void {
  const stop = createStopper({ close, logger, exit: (code) => process.exit(code) });
  // `on`, not `once`: a second signal must reach the stopper, not end the process by default.
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
