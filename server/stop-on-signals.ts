// Asked to stop (systemd, Ctrl-C, a restart): finish what is in flight, tell the clients, exit 0.
// A second signal while stopping is not caught, and ends the process at once.
import type { Logger } from './logger.ts';

/** Calls `close` on SIGTERM or SIGINT, then exits (0 once closed, 1 if closing failed). */
export function stopOnSignals(close: () => Promise<void>, logger: Logger): void {
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
