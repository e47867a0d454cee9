// Where the room's phones open their page, for the wall's QR code and the chair's console. The
// hub says it (GET /api/config: ROSTRUM_PUBLIC_URL, or its address on the room's network); a
// link that only this machine could open (localhost, 127.x) is never given: a phone scanning it
// would find nothing. Without a word from the hub, the page's own address will do if a phone
// could open it.
import { useEffect, useState } from 'react';

/** The phones' link of a room: its address, or null with no address a phone could open. */
export type PhonesLink = { url: string } | { url: null };

/** True for a host name only this machine can reach. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || /^127\./.test(bare)
  );
}

/** The base in GET /api/config's answer, when it is an address a phone could open. */
function baseOf(config: unknown): string | undefined {
  if (typeof config !== 'object' || config === null || !('phonesBase' in config)) return undefined;
  const base = config.phonesBase;
  if (typeof base !== 'string') return undefined;
  try {
    const url = new URL(base);
    return /^https?:$/.test(url.protocol) && !isLoopbackHost(url.hostname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The phones' link of `roomId` from the hub's config (undefined: none came) and the page's origin. */
export function phonesLinkOf(config: unknown, origin: string, roomId: string): PhonesLink {
  const path = `/follow/${encodeURIComponent(roomId)}`;
  const base = baseOf(config);
  if (base !== undefined) return { url: `${base}${path}` };
  const page = new URL(origin);
  return isLoopbackHost(page.hostname) ? { url: null } : { url: `${page.origin}${path}` };
}

/** The phones' link of the room, once the hub has said where phones go (undefined until then). */
export function usePhonesLink(roomId: string): PhonesLink | undefined {
  const [link, setLink] = useState<PhonesLink>();
  useEffect(() => {
    let live = true;
    const settle = (config: unknown) => {
      if (live) setLink(phonesLinkOf(config, window.location.origin, roomId));
    };
    fetch('/api/config')
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : undefined))
      .then(settle, () => settle(undefined));
    return () => {
      live = false;
    };
  }, [roomId]);
  return link;
}
