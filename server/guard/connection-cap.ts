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
  /** Counts one more connection open from `address` (joined or not). */
  opened(address: string): void;
  /** Counts one connection from `address` gone. */
  closed(address: string): void;
  /** Why a connection from `address` may not join a room (over the cap), or undefined. */
  refusal(address: string): RostrumError | undefined;
  /** Counts one more connection from `address` joined; returns the way to count it gone. */
  joined(address: string): () => void;
}

/**
 * A cap of `max` joined connections per address. Connections still opening are counted apart,
 * and allowed a few more (`max` plus a tenth), so that the one over the cap can be told why in
 * the handshake (`tooManyConnections`), and connections that never join stay bounded too.
 */
export function createConnectionCap(max: number): ConnectionCap {
  const open = counter();
  const joined = counter();
  const hardMax = max + Math.ceil(max / 10) + 1;
  return {
    admits: (address) => open.count(address) < hardMax,
    opened: (address) => open.add(address, 1),
    closed: (address) => open.add(address, -1),
    refusal(address) {
      if (joined.count(address) < max) return undefined;
      return {
        code: 'tooManyConnections',
        message: `Too many connections from this address (at most ${max}): close some, or try again later.`,
      };
    },
    joined(address) {
      joined.add(address, 1);
      let gone = false;
      return () => {
        if (!gone) joined.add(address, -1);
        gone = true;
      };
    },
  };
}

/** A count per address that forgets an address at zero. */
function counter() {
  const counts = new Map<string, number>();
  const count = (address: string) => counts.get(address) ?? 0;
  return {
    count,
    add(address: string, delta: number) {
      const next = count(address) + delta;
      if (next <= 0) counts.delete(address);
      else counts.set(address, next);
    },
  };
}
