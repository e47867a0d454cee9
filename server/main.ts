// Starts the hub: reads the settings, checks the rooms, opens the store, listens, prints the links.
// Or, as ROSTRUM_ROLE=edge, an edge server that serves the hub's rooms from Redis.
import { mkdirSync } from 'node:fs';
import { parseRoomSeed, type RoomSeed } from '../shared/domain/create-room.ts';
import { builtClientDir } from './client-dir.ts';
import { createSteadyClock, systemClock } from './clock.ts';
import { HELP, readConfig, type HubConfig } from './config.ts';
import { createEdge } from './create-edge.ts';
import type { AdminKey } from './auth/admin-key.ts';
import { createHub } from './create-hub.ts';
import { commandLimits } from './guard/limits.ts';
import { baseUrl, isEveryInterface, lanAddresses } from './http/public-address.ts';
import { readTlsPair } from './http/tls-files.ts';
import type { FrontLinks, FrontNetwork } from './http/web-front.ts';
import { demoRoom } from './demo/cr4.ts';
import { createLogger } from './logger.ts';
import { readRoomsFile } from './rooms-file.ts';
import { scheduleSeededMeetings, seedRooms, type SeedOutcome } from './seed-rooms.ts';
import { lockDataFolder } from './store/data-lock.ts';
import { startFailureLine } from './start-failure.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import type { RoomStore } from './store/room-store.ts';
import { stopOnSignals } from './stop-on-signals.ts';

const ADMIN_KEY_SOURCE: Record<AdminKey['source'], string> = {
  environment: 'ROSTRUM_ADMIN_KEY',
  'data folder': 'kept in the data folder',
  generated: 'made now, kept in the data folder',
};

const CLIENT_DIR = builtClientDir(import.meta.url);

/**
 * The rooms to create: the rooms file's (already read), or the demo in a data folder that never
 * held a database (one that holds no room is left so: its rooms were not lost to a demo).
 */
function roomSeeds(fileSeeds: RoomSeed[] | undefined, store: RoomStore): RoomSeed[] {
  if (fileSeeds) return fileSeeds;
  if (!store.createdNow) return [];
  const demo = parseRoomSeed(demoRoom(systemClock()));
  if (!demo.ok) throw new Error(`Demo room: ${demo.error.message}`);
  return [demo.value];
}

/** The limits at the door, the same for a hub and an edge. */
function doorSettings(config: HubConfig) {
  return {
    trustedProxies: config.trustedProxies,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    maxBacklogBytes: config.maxBacklogBytes,
  };
}

/** The addresses to print for a server bound to `host`: localhost and the machine's network. */
function shownHosts(host: string): string[] {
  return isEveryInterface(host) ? ['localhost', ...lanAddresses()] : [host];
}

/** The line a server prints once it listens (tests and the benchmark wait for it). */
function listeningLine(what: string, port: number, host: string, secure: boolean): string {
  return `Rostrum ${what} listening on ${shownHosts(host)
    .map((h) => baseUrl(h, port, secure))
    .join(', ')}`;
}

/** Why phones have no link, said where it would be. */
const NO_PHONE_LINK =
  '(this machine only: set ROSTRUM_PUBLIC_URL, or HOST=0.0.0.0, for a link phones can open)';

/**
 * The links of each room: on ROSTRUM_PUBLIC_URL when set; else the wall's and the console's on
 * this machine, the phones' on its network address (a phone cannot open localhost). The chair's
 * only when its key is known: ROSTRUM_CHAIR_KEY, or a room created in this start (the store
 * keeps only hashes, so a key is shown once).
 */
function linkLines(
  links: FrontLinks,
  roomIds: string[],
  keys: Readonly<Record<string, string>>,
  boothKeys: Readonly<Record<string, string>>,
  override: string | undefined,
  admin: AdminKey,
): string[] {
  const { phones } = links;
  const base = phones.from === 'setting' && phones.base !== null ? phones.base : links.local;
  // The phones and the lectern's tablet are devices of their own, on the room's network.
  const networkLine = (label: string, path: string) =>
    phones.base === null
      ? `${label}${links.local}${path} ${NO_PHONE_LINK}`
      : `${label}${phones.base}${path}`;
  const lines = [
    `Secretariat (rooms and meetings): ${base}/admin#key=${encodeURIComponent(admin.key)}`,
    `  admin key:      ${admin.key} (${ADMIN_KEY_SOURCE[admin.source]})`,
  ];
  for (const roomId of roomIds) {
    const key = override ?? keys[roomId];
    lines.push(
      '',
      `Room ${roomId}`,
      `  wall display:   ${base}/display/${roomId}`,
      key === undefined
        ? `  chair console:  ${base}/chair/${roomId}`
        : `  chair console:  ${base}/chair/${roomId}#key=${encodeURIComponent(key)}`,
      networkLine('  phones:         ', `/follow/${roomId}`),
      networkLine('  lectern:        ', `/lectern/${roomId}`),
      boothKeys[roomId] === undefined
        ? `  booths:         ${base}/booth/${roomId} (the key: from /admin, "Booth key")`
        : networkLine(
            '  booths:         ',
            `/booth/${roomId}#key=${encodeURIComponent(boothKeys[roomId])}`,
          ),
      key === undefined
        ? `  chair key:      shown when issued; a new one: npm run chair-key -- ${roomId}`
        : `  chair key:      ${key}`,
    );
  }
  return lines;
}

/** The network settings of a hub or an edge, its certificate checked now (one line if bad). */
function networkSettings(config: HubConfig): FrontNetwork {
  if (config.tls) {
    try {
      readTlsPair(config.tls);
    } catch (error) {
      throw new Error(`Bad settings: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  return {
    publicUrl: config.publicUrl,
    tls: config.tls,
    httpRedirectPort: config.httpRedirectPort,
  };
}

/** Where the plain-HTTP port redirects, when there is one. */
function redirectLine(server: { redirectPort(): number | undefined }): string[] {
  const port = server.redirectPort();
  return port === undefined ? [] : [`  (plain HTTP on port ${port} redirects to HTTPS)`];
}

/** An edge: no data of its own, the rooms from Redis (docs/deployment.md). */
async function startEdge(config: HubConfig & { redisUrl: string }): Promise<void> {
  const logger = createLogger();
  const edge = createEdge({
    redisUrl: config.redisUrl,
    hubUrl: config.hubUrl,
    clock: systemClock,
    logger,
    clientDir: CLIENT_DIR,
    corsOrigins: config.corsOrigins,
    processMetrics: true,
    ...doorSettings(config),
    network: networkSettings(config),
  });
  // Listen only once Redis has been read: an edge without it has nothing to serve, and a phone
  // joining in that window would be refused. Not listening keeps the load balancer away instead.
  const waiting = setTimeout(() => logger.warn('waiting for Redis before listening'), 2_000);
  await edge.rooms.inStep();
  clearTimeout(waiting);
  const port = await edge.listen(config.port, config.host);
  stopOnSignals(() => edge.close(), logger);
  logger.info({ port, hubUrl: config.hubUrl }, 'edge started');
  const { phones } = edge.links();
  process.stdout.write(
    `${[
      listeningLine('edge', port, config.host, edge.secure),
      ...redirectLine(edge),
      `  phones:         ${phones.base === null ? `none ${NO_PHONE_LINK}` : `${phones.base}/follow/<room>`}`,
    ].join('\n')}\n`,
  );
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  if (config.role === 'edge' && config.redisUrl !== undefined) {
    await startEdge({ ...config, redisUrl: config.redisUrl });
    return;
  }
  // A bad certificate or rooms file stops here, before the data folder is made or anything listens.
  const network = networkSettings(config);
  const fileSeeds = config.roomsFile ? readRoomsFile(config.roomsFile) : undefined;
  const logger = createLogger();
  // The data folder and its files are the hub's user's alone (keys, the meeting's record).
  process.umask(0o077);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDataFolder(config.dataDir);
  process.once('exit', () => lock.release());
  const store = openSqliteStore(config.dataDir, { stillOwner: () => lock.held() });
  let seeded: SeedOutcome;
  try {
    seeded = seedRooms(store, roomSeeds(fileSeeds, store), systemClock());
  } catch (error) {
    store.close();
    throw error;
  }
  // Durations on the monotonic clock, instants on the wall clock (server/clock.ts).
  const steadyClock = createSteadyClock();
  const hub = createHub({
    store,
    clock: steadyClock.now,
    steadyClock,
    logger,
    clientDir: CLIENT_DIR,
    corsOrigins: config.corsOrigins,
    limits: {
      commands: commandLimits(config.commandRate),
      roomCommands: commandLimits(config.commandRate),
    },
    ...doorSettings(config),
    processMetrics: true,
    network,
    ...(config.redisUrl !== undefined && { redisUrl: config.redisUrl }),
    ...(config.chairKey !== undefined && { chairKeyOverride: config.chairKey }),
    ...(config.adminKey !== undefined && { adminKey: config.adminKey }),
  });
  if (fileSeeds) {
    scheduleSeededMeetings(
      { calendar: hub.calendar, engine: hub.engine, store, logger },
      fileSeeds,
      seeded,
    );
  }
  const port = await hub.listen(config.port, config.host);
  // Before anything is printed: whoever waits for the links may stop the hub as soon as it sees them.
  stopOnSignals(() => hub.close(), logger);
  // The pid, for whoever must signal the hub itself rather than `npm start` (the tests do).
  logger.info(
    { port, pid: process.pid, dataDir: config.dataDir, rooms: hub.engine.roomIds() },
    'hub started',
  );
  const links = hub.links();
  const lines = [
    listeningLine('hub', port, config.host, hub.secure),
    ...redirectLine(hub),
    '',
    ...linkLines(
      links,
      hub.engine.roomIds(),
      seeded.chairKeys,
      seeded.boothKeys,
      config.chairKey,
      hub.adminKey,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n`);
  lock.describe({
    url:
      links.phones.from === 'setting' && links.phones.base !== null
        ? links.phones.base
        : links.local,
    chairKeyOverride: config.chairKey !== undefined,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${startFailureLine(error)}\n`);
  process.exit(1);
});
