// Token buckets, one per key (a client address, a connection): each holds up to `capacity`
// tokens and gains `perSecond` of them back as time passes; an action takes one. Time comes from
// a monotonic clock given as an argument, so tests step it and a wall-clock jump cannot refill.
import type { Ticks } from '../clock.ts';

export interface BucketLimits {
  /** The burst: how many actions may come at once after a quiet spell. */
  capacity: number;
  /** How many tokens come back per second (the sustained rate). */
  perSecond: number;
}

/** Whether an action may go ahead; when not, how long until one token is back. */
export type Allowance = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimiter {
  /** Takes one token for `key` if there is one. */
  take(key: string, cost?: number): Allowance;
  /** Whether `key` has a token, without taking it. */
  check(key: string): Allowance;
  /** Drops the bucket of `key` (a connection that closed). */
  forget(key: string): void;
  /** How many buckets are held (for tests: it must not grow without bound). */
  size(): number;
}

interface Bucket {
  tokens: number;
  /** Ticks (ms) when `tokens` was last brought up to date. */
  at: number;
}

/** Above this many buckets, full ones (idle keys) are dropped: they hold nothing worth keeping. */
const SWEEP_ABOVE = 10_000;

/** A set of token buckets with the same limits. */
export function createRateLimiter(limits: BucketLimits, ticks: Ticks): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = limits.perSecond / 1000;

  function current(key: string): Bucket {
    const now = ticks();
    const bucket = buckets.get(key);
    if (!bucket) return { tokens: limits.capacity, at: now };
    const tokens = Math.min(limits.capacity, bucket.tokens + (now - bucket.at) * perMs);
    return { tokens, at: now };
  }

  function sweep(): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (ticks() - bucket.at) * perMs >= limits.capacity) buckets.delete(key);
    }
    // Still too many (a flood from ever-new keys): drop the oldest, which are the least active.
    for (const key of buckets.keys()) {
      if (buckets.size <= SWEEP_ABOVE) break;
      buckets.delete(key);
    }
  }

  function allowance(bucket: Bucket, cost = 1): Allowance {
    if (bucket.tokens >= cost) return { ok: true };
    const retryAfterMs = perMs > 0 ? Math.ceil((cost - bucket.tokens) / perMs) : Infinity;
    return { ok: false, retryAfterMs };
  }

  return {
    take(key, cost = 1) {
      const bucket = current(key);
      const verdict = allowance(bucket, cost);
      if (verdict.ok) bucket.tokens -= cost;
      buckets.delete(key); // re-inserted last: the map stays in order of last use
      buckets.set(key, bucket);
      if (buckets.size > SWEEP_ABOVE) sweep();
      return verdict;
    },
    check(key) {
      return allowance(current(key));
    },
    forget(key) {
      buckets.delete(key);
    },
    size: () => buckets.size,
  };
}
