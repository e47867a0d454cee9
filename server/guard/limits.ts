// How much one client may ask of the hub: wrong chair keys per address, commands per connection,
// clock and sync requests per connection. Generous for a chair at work and for a phone; tight
// for a script guessing keys or flooding the hub. One guard serves REST and Socket.IO alike.
import type { RostrumError } from '../../shared/domain/errors.ts';
import type { Ticks } from '../clock.ts';
import { createRateLimiter, type BucketLimits, type RateLimiter } from './rate-limiter.ts';

export interface HubLimits {
  /** Wrong chair keys per client address, REST and handshake together. */
  keyFailures: BucketLimits;
  /** Commands per socket connection, and per room and client address over REST. */
  commands: BucketLimits;
  /** `time` and `sync` requests per socket connection. */
  reads: BucketLimits;
}

/** Commands a second a connection may sustain by default (ROSTRUM_COMMAND_RATE). */
export const DEFAULT_COMMAND_RATE = 20;

/** The command limits for a sustained rate: that many a second, twice as many in a burst. */
export function commandLimits(perSecond: number): BucketLimits {
  return { capacity: 2 * perSecond, perSecond };
}

export const DEFAULT_LIMITS: HubLimits = {
  // Ten wrong keys, then one more every six seconds: a typo is forgiven, a guesser gets nowhere.
  keyFailures: { capacity: 10, perSecond: 1 / 6 },
  commands: commandLimits(DEFAULT_COMMAND_RATE),
  // A client samples the clock five times on joining and once a minute; sync follows a gap.
  reads: { capacity: 30, perSecond: 10 },
};

export interface Guard {
  /** A refusal when `address` made too many wrong chair keys lately; checked before any key. */
  keyAttempt(address: string): RostrumError | undefined;
  /** Counts a wrong chair key from `address`. */
  keyFailed(address: string): void;
  /** A refusal when `sender` (a connection, or a room and address) sends commands too fast. */
  command(sender: string): RostrumError | undefined;
  /** Whether `sender` may have one more `time` or `sync` answer now. */
  read(sender: string): boolean;
  /** Forgets a connection that closed. */
  forget(sender: string): void;
  /** How many buckets the guard holds (for tests: bounded). */
  size(): number;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The guard of one hub. */
export function createGuard(limits: HubLimits, ticks: Ticks): Guard {
  const keyFailures: RateLimiter = createRateLimiter(limits.keyFailures, ticks);
  const commands = createRateLimiter(limits.commands, ticks);
  const reads = createRateLimiter(limits.reads, ticks);
  return {
    keyAttempt(address) {
      const allowance = keyFailures.check(address);
      if (allowance.ok) return undefined;
      return {
        code: 'rateLimited',
        message: `Too many wrong chair keys from this address: try again in ${seconds(allowance.retryAfterMs)} s.`,
        retryAfterMs: allowance.retryAfterMs,
      };
    },
    keyFailed(address) {
      keyFailures.take(address);
    },
    command(sender) {
      const allowance = commands.take(sender);
      if (allowance.ok) return undefined;
      return {
        code: 'rateLimited',
        message: `Too many commands at once: send again in ${allowance.retryAfterMs} ms.`,
        retryAfterMs: allowance.retryAfterMs,
      };
    },
    read(sender) {
      return reads.take(sender).ok;
    },
    forget(sender) {
      commands.forget(sender);
      reads.forget(sender);
    },
    size: () => keyFailures.size() + commands.size() + reads.size(),
  };
}
