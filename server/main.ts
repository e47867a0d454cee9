// Starts the hub: reads the settings, checks the rooms, opens the store, listens, prints the links.
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRoomSeed, type RoomSeed } from '../shared/domain/create-room.ts';
import { systemClock } from './clock.ts';
import { HELP, readConfig } from './config.ts';
import { createHub } from './create-hub.ts';
import { commandLimits } from './guard/limits.ts';
import { demoRoom } from './demo/cr4.ts';
import { createLogger } from './logger.ts';
import { readRoomsFile } from './rooms-file.ts';
import { applyChairKeyOverride, seedRooms } from './seed-rooms.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import type { RoomStore } from './store/room-store.ts';

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/client');

/** The rooms to create: the rooms file's (already read), or the demo on an empty data folder. */
function roomSeeds(fileSeeds: RoomSeed[] | undefined, store: RoomStore): RoomSeed[] {
  if (fileSeeds) return fileSeeds;
  if (store.loadRooms().length > 0) return [];
  const demo = parseRoomSeed(demoRoom(systemClock()));
  if (!demo.ok) throw new Error(`Demo room: ${demo.error.message}`);
  return [demo.value];
}

/** Addresses on this machine's network that phones in the room could use. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
}

function printLinks(port: number, host: string, store: RoomStore, roomIds: string[]): void {
  const hosts = host === '0.0.0.0' || host === '::' ? ['localhost', ...lanAddresses()] : [host];
  const base = `http://${hosts[0]}:${port}`;
  const lines = [`Rostrum hub listening on ${hosts.map((h) => `http://${h}:${port}`).join(', ')}`];
  for (const roomId of roomIds) {
    const key = store.chairKey(roomId) ?? '';
    lines.push(
      '',
      `Room ${roomId}`,
      `  wall display:   ${base}/display/${roomId}`,
      `  chair console:  ${base}/chair/${roomId}#key=${encodeURIComponent(key)}`,
      `  phones:         ${base}/follow/${roomId}`,
      `  chair key:      ${key}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  // A bad rooms file stops here, before the data folder is created or anything listens.
  const fileSeeds = config.roomsFile ? readRoomsFile(config.roomsFile) : undefined;
  const logger = createLogger();
  const store = openSqliteStore(config.dataDir);
  try {
    seedRooms(store, roomSeeds(fileSeeds, store));
    if (config.chairKey) applyChairKeyOverride(store, config.chairKey);
  } catch (error) {
    store.close();
    throw error;
  }
  const hub = createHub({
    store,
    clock: systemClock,
    logger,
    clientDir: CLIENT_DIR,
    corsOrigins: config.corsOrigins,
    limits: { commands: commandLimits(config.commandRate) },
    processMetrics: true,
  });
  const port = await hub.listen(config.port, config.host);
  logger.info({ port, dataDir: config.dataDir, rooms: hub.engine.roomIds() }, 'hub started');
  printLinks(port, config.host, store, hub.engine.roomIds());

  // Asked to stop (systemd, Ctrl-C, a restart): finish what is in flight, tell the clients, exit 0.
  // A second signal while stopping is not caught, and ends the process at once.
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
