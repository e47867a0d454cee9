// Structured logs (JSON lines on stdout). Chair keys are redacted wherever they might appear,
// and the hub never passes one to the logger in the first place (tests/server/intruders.test.ts).
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** A logger at `level` ('silent' in tests), writing to stdout or to `destination`. */
export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { service: 'rostrum' },
    redact: [
      'key',
      '*.key',
      'auth',
      '*.auth',
      'authorization',
      '*.authorization',
      'headers.authorization',
      '*.headers.authorization',
    ],
  };
  return destination ? pino(options, destination) : pino(options);
}
