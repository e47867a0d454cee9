// How many connections one client address may hold at once. A venue's Wi-Fi may put a whole
// room of phones behind one address (NAT), so the default is generous; it is there to stop one
// machine opening thousands of sockets, each of which costs the hub memory and a share of every
// broadcast. Counted at engine.io's level, so a connection that never joins a room counts too.
import type { RostrumError } from '../../shared/domain/errors.ts';

/** Connections one address may hold by default (ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS). */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 200;

export interface ConnectionCap {
  /** Whether one more connection from `address` may even open (checked before it does). */
  admits(address: string): boolean;
  /** Counts one more connection open from `address`. */
  opened(address: string): void;
  /** Counts one connection from `address` gone. */
  closed(address: string): void;
  /** Why a connection from `address`, already open, may not join (over the cap), or undefined. */
  refusal(address: string): RostrumError | undefined;
  /** Connections open from `address`. */
  count(address: string): number;
}

/**
 * A cap of `max` joined connections per address. Connections still opening are allowed a few
 * more (`max` plus a tenth), so that the one over the cap can be told why in the handshake
 * (`tooManyConnections`) before it is closed, and the count stays bounded all the same.
 */
export function createConnectionCap(max: number): ConnectionCap {
  const open = new Map<string, number>();
  const hardMax = max + Math.ceil(max / 10) + 1;
  const count = (address: string) => open.get(address) ?? 0;
  return {
    admits: (address) => count(address) < hardMax,
    opened(address) {
      open.set(address, count(address) + 1);
    },
    closed(address) {
      const now = count(address);
      if (now <= 1) open.delete(address);
      else open.set(address, now - 1);
    },
    refusal(address) {
      if (count(address) <= max) return undefined;
      return {
        code: 'tooManyConnections',
        message: `Too many connections from this address (at most ${max}): close some, or try again later.`,
      };
    },
    count,
  };
}
