// Commands per room, whatever their connection, shared fairly. A room's journal must not grow
// faster than a chair could ever work, however many consoles (or stolen keys) send at once; but
// a shared allowance alone would let one flooding console starve the real chair of it. So the
// room's allowance goes first to whoever has used it least: once the room's own bucket is empty,
// a sender well below its fair share (under half the room's rate split between the senders
// active lately) may draw on a second bucket of the same size. A console at a human pace always
// gets through; flooders get what is left of both buckets; and altogether a room takes at most
// twice its rate (and two bursts), whatever the number of connections.
import type { Ticks } from '../clock.ts';
import { createRateLimiter, type Allowance, type BucketLimits } from './rate-limiter.ts';

/** How long a sender's past use still counts towards its share (ms): a decay constant. */
const USE_MEMORY_MS = 2_000;

/** Below this much remembered use, a sender no longer counts as active. */
const ACTIVE_ABOVE = 0.5;

interface SenderUse {
  /** Commands sent, each counting less as time passes (decayed with USE_MEMORY_MS). */
  used: number;
  at: number;
}

export interface RoomAllowance {
  /** Takes one command of `roomId`'s allowance for `sender`, if it may have one. */
  take(roomId: string, sender: string): Allowance;
  /** Forgets a sender that left. */
  forget(sender: string): void;
  size(): number;
}

/** The shared allowance of every room, `limits` each. */
export function createRoomAllowance(limits: BucketLimits, ticks: Ticks): RoomAllowance {
  const rooms = createRateLimiter(limits, ticks);
  const reserves = createRateLimiter(limits, ticks);
  const use = new Map<string, Map<string, SenderUse>>();

  /** The senders of a room with their use brought up to now; idle ones dropped. */
  function current(roomId: string): Map<string, SenderUse> {
    const now = ticks();
    const senders = use.get(roomId) ?? new Map<string, SenderUse>();
    for (const [sender, entry] of senders) {
      entry.used *= Math.exp(-(now - entry.at) / USE_MEMORY_MS);
      entry.at = now;
      if (entry.used < ACTIVE_ABOVE / 4) senders.delete(sender);
    }
    use.set(roomId, senders);
    return senders;
  }

  function wellBelowFairShare(senders: Map<string, SenderUse>, sender: string): boolean {
    const active = [...senders.values()].filter((entry) => entry.used >= ACTIVE_ABOVE).length;
    // The share of the room's rate over the memory span, split between those active.
    const share = (limits.perSecond * (USE_MEMORY_MS / 1000)) / Math.max(1, active);
    return (senders.get(sender)?.used ?? 0) < share / 2;
  }

  return {
    take(roomId, sender) {
      const senders = current(roomId);
      let allowance = rooms.take(roomId);
      if (!allowance.ok && wellBelowFairShare(senders, sender)) {
        const reserve = reserves.take(roomId);
        if (reserve.ok) allowance = reserve;
      }
      if (allowance.ok) {
        const entry = senders.get(sender) ?? { used: 0, at: ticks() };
        entry.used += 1;
        senders.set(sender, entry);
      }
      return allowance;
    },
    forget(sender) {
      for (const senders of use.values()) senders.delete(sender);
    },
    size: () => rooms.size() + reserves.size() + [...use.values()].reduce((n, s) => n + s.size, 0),
  };
}
