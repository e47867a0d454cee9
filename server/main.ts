// Starts the hub: reads the settings, checks the rooms, opens the store, listens, prints the links.
// Or, as ROSTRUM_ROLE=edge, an edge server that serves the hub's rooms from Redis.
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { parseRoomSeed, type RoomSeed } from '../shared/domain/create-room.ts';
import { builtClientDir } from './client-dir.ts';
import { createSteadyClock, systemClock } from './clock.ts';
import { HELP, readConfig, type HubConfig } from './config.ts';
import { createEdge } from './create-edge.ts';
import type { AdminKey } from './auth/admin-key.ts';
import { createHub } from './create-hub.ts';
import { commandLimits } from './guard/limits.ts';
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

/** Addresses on this machine's network that phones in the room could use. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
}

/** The addresses to print for a server bound to `host`, the first one for the links. */
function shownHosts(host: string): string[] {
  return host === '0.0.0.0' || host === '::' ? ['localhost', ...lanAddresses()] : [host];
}

/** The line a server prints once it listens (tests and the benchmark wait for it). */
function listeningLine(what: string, port: number, host: string): string {
  return `Rostrum ${what} listening on ${shownHosts(host)
    .map((h) => `http://${h}:${port}`)
    .join(', ')}`;
}

/**
 * The links of each room. The chair's only when its key is known: ROSTRUM_CHAIR_KEY, or a room
 * created in this start (the store keeps only hashes, so a key is shown once).
 */
function printLinks(
  port: number,
  host: string,
  roomIds: string[],
  keys: Readonly<Record<string, string>>,
  override: string | undefined,
  admin: AdminKey,
): void {
  const base = `http://${shownHosts(host)[0]}:${port}`;
  const lines = [
    listeningLine('hub', port, host),
    '',
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
      `  phones:         ${base}/follow/${roomId}`,
      key === undefined
        ? `  chair key:      shown when issued; a new one: npm run chair-key -- ${roomId}`
        : `  chair key:      ${key}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
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
  });
  // Listen only once Redis has been read: an edge without it has nothing to serve, and a phone
  // joining in that window would be refused. Not listening keeps the load balancer away instead.
  const waiting = setTimeout(() => logger.warn('waiting for Redis before listening'), 2_000);
  await edge.rooms.inStep();
  clearTimeout(waiting);
  const port = await edge.listen(config.port, config.host);
  stopOnSignals(() => edge.close(), logger);
  logger.info({ port, hubUrl: config.hubUrl }, 'edge started');
  process.stdout.write(`${listeningLine('edge', port, config.host)}\n`);
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
  // A bad rooms file stops here, before the data folder is created or anything listens.
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
  printLinks(
    port,
    config.host,
    hub.engine.roomIds(),
    seeded.chairKeys,
    config.chairKey,
    hub.adminKey,
  );
  lock.describe({
    url: `http://${shownHosts(config.host)[0]}:${port}`,
    chairKeyOverride: config.chairKey !== undefined,
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${startFailureLine(error)}\n`);
  process.exit(1);
});
