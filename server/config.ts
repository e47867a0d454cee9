// The hub's settings, from the command line and the environment, checked before anything starts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseTrustedProxies } from './guard/client-address.ts';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS } from './guard/connection-cap.ts';
import { DEFAULT_COMMAND_RATE } from './guard/limits.ts';
import { DEFAULT_MAX_BACKLOG_BYTES } from './guard/output-bound.ts';

/** What this process is: the hub (the meeting's one writer) or an edge (displays, followers). */
export type ServerRole = 'hub' | 'edge';

export interface HubConfig {
  role: ServerRole;
  port: number;
  host: string;
  dataDir: string;
  /** When set, the chair key of every room, instead of their own (never stored). */
  chairKey?: string;
  /** ROSTRUM_ADMIN_KEY: the secretariat's key, when set (else the data folder's own). */
  adminKey?: string;
  roomsFile?: string;
  /** Web origins (scheme://host[:port]) of other sites allowed to call the API and connect. */
  corsOrigins: string[];
  /** Commands a second one connection, and one room, may sustain (twice as many in a burst). */
  commandRate: number;
  /** Reverse proxies whose X-Forwarded-For is believed, or `loopback`. */
  trustedProxies: string[];
  /** Connections one client address may hold. */
  maxConnectionsPerAddress: number;
  /** Unsent output beyond which a connection is cut (bytes). */
  maxBacklogBytes: number;
  /** Redis, for edges: the hub publishes there, the edges read there. */
  redisUrl?: string;
  /** The hub's public address, which an edge names to a chair or a command. */
  hubUrl?: string;
  /** ROSTRUM_PUBLIC_URL: the base of the links printed and of the wall's QR code, no trailing slash. */
  publicUrl?: string;
  /** ROSTRUM_TLS_CERT and ROSTRUM_TLS_KEY: PEM files; the server speaks HTTPS and WSS. */
  tls?: { certFile: string; keyFile: string };
  /** ROSTRUM_HTTP_REDIRECT_PORT: a plain-HTTP port that redirects to HTTPS. */
  httpRedirectPort?: number;
  help: boolean;
}

export const HELP = `Rostrum hub: live list of speakers, speaking-time countdown and interpretation notice.

Usage: npm start -- [options]        (builds what is stale, then: node dist/server/server/main.js)
       npm run hub -- [options]      (from the sources, with tsx, for development)
       npm run edge                  (an edge server: ROSTRUM_ROLE=edge)

Options:
  --rooms <file>     rooms file (JSON) describing the rooms to host; see rooms.example.json.
                     Without it, the first start on an empty data folder creates the demo room cr4.
  --role <role>      hub or edge, as ROSTRUM_ROLE
  --help             print this help and exit

Environment:
  PORT               port to listen on (default 8080)
  HOST               address to bind (default 0.0.0.0: every interface, so phones can reach it)
  DATA_DIR           folder for the SQLite database (default ./data); one hub per folder, which it
                     holds while it runs (rostrum.lock.db, rostrum.lock); readable by the hub's
                     user only
  ROSTRUM_CHAIR_KEY  chair key for every room while it is set (at least 8 characters), checked
                     instead of each room's own key, never stored; without it each room has its
                     own random key, printed at the start that created the room (the data folder
                     keeps only its hash); \`npm run chair-key -- ROOM\` issues a new one
  ROSTRUM_ADMIN_KEY  the secretariat's key (at least 8 characters), for /admin and the calendar
                     API, and accepted wherever a chair key is; without it, one is generated at
                     the first start, kept in the data folder and printed at every start
  ROSTRUM_CORS_ORIGIN
                     web origins of other sites whose pages may call the API and connect, comma
                     separated, e.g. https://intranet.example.org (default: none, only the hub's
                     own pages)
  ROSTRUM_COMMAND_RATE
                     commands a second one chair connection, and one room whatever its
                     connections, may sustain, twice as many in a burst (default
                     ${DEFAULT_COMMAND_RATE}); more are refused as rateLimited
  ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS
                     connections one client address may hold at once (default
                     ${DEFAULT_MAX_CONNECTIONS_PER_ADDRESS}; a venue's Wi-Fi may put many phones
                     behind one address); more are refused as tooManyConnections
  ROSTRUM_MAX_BACKLOG_BYTES
                     unsent output beyond which a connection whose client does not read is cut
                     (default ${DEFAULT_MAX_BACKLOG_BYTES}); the client reconnects and resyncs
  ROSTRUM_TRUST_PROXY
                     reverse proxies in front of the hub whose X-Forwarded-For names the client,
                     comma separated IP addresses, or loopback (default: none; the limits per
                     address then count the proxy's address)
  LOG_LEVEL          pino log level (default info)

Phones (README, "Phones: their link and HTTPS"):
  ROSTRUM_PUBLIC_URL the address phones open, e.g. https://rostrum.example.org: the base of every
                     link printed and of the wall's QR code (default: this machine's address on
                     its network when HOST is every interface, never localhost)
  ROSTRUM_TLS_CERT, ROSTRUM_TLS_KEY
                     PEM files of the certificate (with its chain) and its key: HTTPS and WSS on
                     PORT, which phones need for notifications and the screen kept on; a renewed
                     certificate is taken within a minute, without a restart (default: plain HTTP)
  ROSTRUM_HTTP_REDIRECT_PORT
                     with a certificate, a plain-HTTP port that redirects to HTTPS, e.g. 80

Beyond one machine (docs/deployment.md):
  ROSTRUM_REDIS_URL  Redis (7 or later) to publish through, e.g. redis://10.0.0.5:6379 (default:
                     none; one process, nothing published). The hub writes every room's snapshot
                     there and publishes every change; edges serve them. Required for an edge.
  ROSTRUM_ROLE       hub (default) or edge. An edge serves the client, displays and followers from
                     Redis; it keeps no data (DATA_DIR, ROSTRUM_CHAIR_KEY and --rooms are unused)
                     and sends the chair and every command to the hub.
  ROSTRUM_HUB_URL    the hub's public address, e.g. https://hub.example.org, that an edge names
                     when it refuses a chair or a command (default: none, the hub is not named)
  Hub and edges must keep their clocks in step (NTP): countdowns run from the hub's timestamps
  and each edge answers clock requests with its own clock.
`;

/** True for a web origin exactly as browsers send it: http(s), host and port, nothing after. */
function isWebOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

const originSchema = z.string().refine(isWebOrigin, {
  error: 'ROSTRUM_CORS_ORIGIN lists origins such as https://intranet.example.org, no path',
});

/** A public address: http(s), a host, maybe a port, nothing after (a trailing slash is dropped). */
const publicUrlSchema = z
  .string()
  .transform((text) => text.replace(/\/+$/, ''))
  .refine(isWebOrigin, {
    error:
      'the address phones open, such as https://rostrum.example.org (scheme, host and port; no path)',
  });

const portSchema = z.coerce.number().int().min(0).max(65_535);

const envSchema = z.object({
  PORT: portSchema.default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  ROSTRUM_CHAIR_KEY: z
    .string()
    .min(8, { error: 'ROSTRUM_CHAIR_KEY must be at least 8 characters' })
    .max(256)
    .optional(),
  ROSTRUM_ADMIN_KEY: z
    .string()
    .min(8, { error: 'ROSTRUM_ADMIN_KEY must be at least 8 characters' })
    .max(256)
    .optional(),
  ROSTRUM_CORS_ORIGIN: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(originSchema))
    .default([]),
  ROSTRUM_COMMAND_RATE: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_COMMAND_RATE),
  ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_MAX_CONNECTIONS_PER_ADDRESS),
  ROSTRUM_MAX_BACKLOG_BYTES: z.coerce
    .number()
    .int()
    .min(16 * 1024, {
      error: 'ROSTRUM_MAX_BACKLOG_BYTES must leave room for a snapshot (16 KiB at least)',
    })
    .max(1024 * 1024 * 1024)
    .default(DEFAULT_MAX_BACKLOG_BYTES),
  ROSTRUM_TRUST_PROXY: z
    .string()
    .transform((text, context) => {
      try {
        return parseTrustedProxies(text);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          message: error instanceof Error ? error.message : String(error),
        });
        return z.NEVER;
      }
    })
    .default([]),
  ROSTRUM_ROLE: z.enum(['hub', 'edge'], { error: 'ROSTRUM_ROLE is hub or edge' }).default('hub'),
  ROSTRUM_REDIS_URL: z
    .string()
    .refine((text) => /^rediss?:\/\/./.test(text), {
      error: 'ROSTRUM_REDIS_URL is redis://host:port (or rediss:// for TLS)',
    })
    .optional(),
  ROSTRUM_HUB_URL: z
    .string()
    .refine((text) => /^https?:\/\/./.test(text), {
      error: 'ROSTRUM_HUB_URL is the hub address, such as https://hub.example.org',
    })
    .optional(),
  ROSTRUM_PUBLIC_URL: publicUrlSchema.optional(),
  ROSTRUM_TLS_CERT: z.string().optional(),
  ROSTRUM_TLS_KEY: z.string().optional(),
  ROSTRUM_HTTP_REDIRECT_PORT: portSchema.optional(),
});

/** The certificate's settings: both or neither; the redirect only with them. */
function tlsSettings(
  data: z.infer<typeof envSchema>,
): Pick<HubConfig, 'tls' | 'httpRedirectPort'> | string {
  const { ROSTRUM_TLS_CERT: cert, ROSTRUM_TLS_KEY: key } = data;
  const redirect = data.ROSTRUM_HTTP_REDIRECT_PORT;
  if (cert === undefined && key === undefined) {
    return redirect === undefined
      ? {}
      : 'ROSTRUM_HTTP_REDIRECT_PORT: redirects to HTTPS, which needs ROSTRUM_TLS_CERT and ROSTRUM_TLS_KEY';
  }
  if (cert === undefined || key === undefined) {
    const missing = cert === undefined ? 'ROSTRUM_TLS_CERT' : 'ROSTRUM_TLS_KEY';
    return `${missing}: missing; ROSTRUM_TLS_CERT and ROSTRUM_TLS_KEY go together (PEM files of the certificate and its key)`;
  }
  if (redirect !== undefined && redirect !== 0 && redirect === data.PORT) {
    return 'ROSTRUM_HTTP_REDIRECT_PORT: must differ from PORT, where HTTPS is served';
  }
  return {
    tls: { certFile: path.resolve(cert), keyFile: path.resolve(key) },
    ...(redirect !== undefined && { httpRedirectPort: redirect }),
  };
}

/** The error of bad settings: one line for one problem, a list for several. */
function badSettings(problems: string[]): Error {
  return new Error(
    problems.length === 1
      ? `Bad settings: ${problems[0] ?? ''}`
      : `Bad settings:\n  ${problems.join('\n  ')}`,
  );
}

/** Reads the settings; throws an Error naming each bad setting. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): HubConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      rooms: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const parsed = envSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    ROSTRUM_CHAIR_KEY: env.ROSTRUM_CHAIR_KEY || undefined,
    ROSTRUM_ADMIN_KEY: env.ROSTRUM_ADMIN_KEY || undefined,
    ROSTRUM_CORS_ORIGIN: env.ROSTRUM_CORS_ORIGIN || undefined,
    ROSTRUM_COMMAND_RATE: env.ROSTRUM_COMMAND_RATE || undefined,
    ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS: env.ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS || undefined,
    ROSTRUM_MAX_BACKLOG_BYTES: env.ROSTRUM_MAX_BACKLOG_BYTES || undefined,
    ROSTRUM_TRUST_PROXY: env.ROSTRUM_TRUST_PROXY || undefined,
    ROSTRUM_ROLE: values.role ?? (env.ROSTRUM_ROLE || undefined),
    ROSTRUM_REDIS_URL: env.ROSTRUM_REDIS_URL || undefined,
    ROSTRUM_HUB_URL: env.ROSTRUM_HUB_URL || undefined,
    ROSTRUM_PUBLIC_URL: env.ROSTRUM_PUBLIC_URL || undefined,
    ROSTRUM_TLS_CERT: env.ROSTRUM_TLS_CERT || undefined,
    ROSTRUM_TLS_KEY: env.ROSTRUM_TLS_KEY || undefined,
    ROSTRUM_HTTP_REDIRECT_PORT: env.ROSTRUM_HTTP_REDIRECT_PORT || undefined,
  });
  if (!parsed.success) {
    throw badSettings(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const tls = tlsSettings(parsed.data);
  if (typeof tls === 'string') throw badSettings([tls]);
  const { ROSTRUM_ROLE: role, ROSTRUM_REDIS_URL: redisUrl, ROSTRUM_HUB_URL: hubUrl } = parsed.data;
  if (role === 'edge' && redisUrl === undefined && !values.help) {
    throw badSettings(['ROSTRUM_REDIS_URL: an edge needs Redis, where the hub publishes']);
  }
  return {
    role,
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: path.resolve(parsed.data.DATA_DIR),
    ...(parsed.data.ROSTRUM_CHAIR_KEY !== undefined && { chairKey: parsed.data.ROSTRUM_CHAIR_KEY }),
    ...(parsed.data.ROSTRUM_ADMIN_KEY !== undefined && { adminKey: parsed.data.ROSTRUM_ADMIN_KEY }),
    ...(values.rooms !== undefined && { roomsFile: path.resolve(values.rooms) }),
    corsOrigins: parsed.data.ROSTRUM_CORS_ORIGIN,
    commandRate: parsed.data.ROSTRUM_COMMAND_RATE,
    trustedProxies: parsed.data.ROSTRUM_TRUST_PROXY,
    maxConnectionsPerAddress: parsed.data.ROSTRUM_MAX_CONNECTIONS_PER_ADDRESS,
    maxBacklogBytes: parsed.data.ROSTRUM_MAX_BACKLOG_BYTES,
    ...(redisUrl !== undefined && { redisUrl }),
    ...(hubUrl !== undefined && { hubUrl: hubUrl.replace(/\/+$/, '') }),
    ...(parsed.data.ROSTRUM_PUBLIC_URL !== undefined && {
      publicUrl: parsed.data.ROSTRUM_PUBLIC_URL,
    }),
    ...tls,
    help: values.help,
  };
}
