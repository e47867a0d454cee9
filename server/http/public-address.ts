// Where a server is reached from: its own machine (the wall's PC, the console beside it) and the
// room's phones. A phone cannot open `localhost`, so the phones' address is ROSTRUM_PUBLIC_URL
// when set, else the machine's address on the room's network when the server listens on every
// interface, else the address it is bound to, unless that is a loopback one: then none.
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** Where a server listens, and how. */
export interface Listening {
  /** The address bound (HOST): '0.0.0.0' or '::' for every interface. */
  host: string;
  port: number;
  /** Serving HTTPS (ROSTRUM_TLS_CERT). */
  secure: boolean;
}

/** Where the phones' address came from: the setting, the machine's network, or nowhere. */
export type PhonesFrom = 'setting' | 'network' | 'none';

/** The base of the phones' links (scheme, host, port), or null when no phone could reach it. */
export interface PhonesBase {
  base: string | null;
  from: PhonesFrom;
}

/** True for an address that means every interface. */
export function isEveryInterface(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** True for an address only this machine can reach: localhost, 127.x, ::1. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    /^127\./.test(bare) ||
    /^::ffff:127\./.test(bare)
  );
}

/** This machine's IPv4 addresses on its networks, in the system's order (no loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [a.address] : []));
}

/** `scheme://host:port`, with the port left out where it is the scheme's own. */
export function baseUrl(host: string, port: number, secure: boolean): string {
  const scheme = secure ? 'https' : 'http';
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  const usual = secure ? 443 : 80;
  return port === usual ? `${scheme}://${shown}` : `${scheme}://${shown}:${port}`;
}

/** The base of links opened on the server's own machine: localhost when bound everywhere. */
export function localBase(listening: Listening): string {
  const host = isEveryInterface(listening.host) ? 'localhost' : listening.host;
  return baseUrl(host, listening.port, listening.secure);
}

/** The base of the links that phones open, and where it came from. */
export function phonesBase(
  listening: Listening,
  publicUrl: string | undefined,
  lan: readonly string[] = lanAddresses(),
): PhonesBase {
  if (publicUrl !== undefined) return { base: publicUrl, from: 'setting' };
  const host = isEveryInterface(listening.host) ? lan[0] : listening.host;
  if (host === undefined || isLoopback(host)) return { base: null, from: 'none' };
  return { base: baseUrl(host, listening.port, listening.secure), from: 'network' };
}
