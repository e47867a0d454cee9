// What browsers are told to enforce: a content security policy allowing the hub's own origin and
// nothing else (the client's scripts and styles are files; the QR code is drawn as inline SVG),
// and cross-origin access closed unless an origin is named in ROSTRUM_CORS_ORIGIN.
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';

/** A Host header that can safely go into a header value: a name or address and a port. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Where pages may connect: their own origin, with its WebSocket twin. CSP 3 counts ws: of the
 * same host as 'self', but older browsers (Safari before 15.4) do not, so it is named too.
 */
function connectSources(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return PLAIN_HOST.test(host) ? `'self' ws://${host} wss://${host}` : "'self'";
}

/** Security headers for every answer (helmet), with the policy described above. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: [connectSources],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    // The hub serves plain HTTP on the room's network: HSTS would be ignored at best, and
    // upgrade-insecure-requests (left out above) would send the client's files to https.
    strictTransportSecurity: false,
  });
}

/**
 * Whether a browser page from `origin` may connect. No Origin header means no browser page
 * (a script, a test, another server): allowed, as for REST. A page of this very host is allowed.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** CORS for the API: only for the origins named; a preflight from one of them gets 204. */
export function apiCors(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || !allowed.includes(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method !== 'OPTIONS') {
      next();
      return;
    }
    res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
    res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    res.set('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
