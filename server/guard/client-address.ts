// Whose request is this: the address every per-address limit counts (connections, wrong keys,
// REST commands). Without a trusted proxy it is the TCP peer, and no header is believed: a phone
// could otherwise name any address it liked. Behind a reverse proxy (ROSTRUM_TRUST_PROXY), the
// peer is the proxy, and the client is the nearest address in X-Forwarded-For that is not a
// trusted proxy itself, read from the right, since only the proxies' own entries can be trusted.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** Finds the client address of a request. */
export type AddressOf = (req: IncomingMessage) => string;

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
export function normalAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address);
}

/**
 * Reads ROSTRUM_TRUST_PROXY: a comma-separated list of proxy addresses (`10.0.0.2`), or
 * `loopback` for a proxy on the same machine. Throws naming an entry that is neither.
 */
export function parseTrustedProxies(text: string): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (entry !== 'loopback' && isIP(normalAddress(entry)) === 0) {
      throw new Error(`ROSTRUM_TRUST_PROXY: ${entry} is not an IP address nor "loopback"`);
    }
  }
  return entries.map((entry) => (entry === 'loopback' ? entry : normalAddress(entry)));
}

/** The client address of requests, trusting the forwarding headers of `trustedProxies` only. */
export function createAddressOf(trustedProxies: readonly string[] = []): AddressOf {
  const exact = new Set(trustedProxies.filter((entry) => entry !== 'loopback'));
  const loopback = trustedProxies.includes('loopback');
  const trusted = (address: string) => exact.has(address) || (loopback && isLoopback(address));
  return (req) => {
    const peer = normalAddress(req.socket.remoteAddress ?? 'unknown');
    if (!trusted(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map(normalAddress)
      .filter((hop) => isIP(hop) !== 0);
    for (let i = hops.length - 1; i >= 0; i -= 1) {
      const hop = hops[i];
      if (hop !== undefined && !trusted(hop)) return hop;
    }
    return hops[0] ?? peer;
  };
}
