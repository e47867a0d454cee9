// Structured logs (JSON lines on stdout). Chair keys are redacted wherever they might appear.
import { pino, type Logger } from 'pino';

export type { Logger };

/** A logger at `level` ('silent' in tests). */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'rostrum' },
    redact: ['key', '*.key', 'authorization', '*.authorization', 'headers.authorization'],
  });
}
