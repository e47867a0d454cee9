// The integration harness: a real hub listening on a free port of 127.0.0.1 over a temporary
// SQLite folder, real typed Socket.IO clients and plain fetch. Everything a test opens is
// registered here, and `cleanup()` (run it in afterEach) closes clients, hubs and child processes
// and removes the folders, in that order, whether the test passed or not.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Clock, Ticks } from '../../server/clock.ts';
import { generateChairKey } from '../../server/auth/chair-keys.ts';
import { createHub, type Hub, type HubDeps } from '../../server/create-hub.ts';
import { demoRoom } from '../../server/demo/cr4.ts';
import { createLogger } from '../../server/logger.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import type { RoomStore } from '../../server/store/room-store.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import {
  parseRoomSeed,
  type RoomSeed,
  type RoomSeedInput,
} from '../../shared/domain/create-room.ts';
import {
  isRefusal,
  isUpToDate,
  type ClientToServerEvents,
  type CommandAck,
  type RoomChanged,
  type RoomSnapshot,
  type ServerToClientEvents,
  type StaleNotice,
} from '../../shared/protocol.ts';
import type { DurationMs, EpochMs } from '../../shared/time.ts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** 10:00 in New York on 6 September 2017: the demo meeting's first sitting opens. */
export const MEETING_START: EpochMs = Date.UTC(2017, 8, 6, 14, 0);

/** How long a test waits for anything the hub should send at once. */
export const WAIT_MS = 5000;

/** A clock the test moves by hand, so every timer reading is exact. */
export interface TestClock {
  clock: Clock;
  now(): EpochMs;
  advance(ms: DurationMs): EpochMs;
}

/** A test clock starting at `start`. */
export function createTestClock(start: EpochMs = MEETING_START): TestClock {
  let now = start;
  return {
    clock: () => now,
    now: () => now,
    advance(ms) {
      now += ms;
      return now;
    },
  };
}

/** The machine's own clock, for tests about real time (latency, outages); it cannot be moved. */
export function wallClock(): TestClock {
  return {
    clock: () => Date.now(),
    now: () => Date.now(),
    advance() {
      throw new Error('The wall clock cannot be advanced');
    },
  };
}

/** A monotonic clock the test moves by hand, for rate limits that must not depend on speed. */
export interface TestTicks {
  ticks: Ticks;
  advance(ms: DurationMs): void;
}

/** Test ticks starting at 0. */
export function createTestTicks(): TestTicks {
  let now = 0;
  return {
    ticks: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

/** What a test may set on a hub besides its store and clock (limits, logger, origins...). */
export type HubOptions = Partial<Omit<HubDeps, 'store' | 'clock'>>;

/** Limits no test of ordinary use should meet (rate limits have their own tests). */
export const NO_LIMITS: HubOptions['limits'] = {
  keyFailures: { capacity: 1e9, perSecond: 1e9 },
  commands: { capacity: 1e9, perSecond: 1e9 },
  roomCommands: { capacity: 1e9, perSecond: 1e9 },
  roomCommandBytes: { capacity: 1e12, perSecond: 1e12 },
  syncs: { capacity: 1e9, perSecond: 1e9 },
  times: { capacity: 1e9, perSecond: 1e9 },
  otherRequests: { capacity: 1e9, perSecond: 1e9 },
  handshakes: { capacity: 1e9, perSecond: 1e9 },
  reads: { capacity: 1e9, perSecond: 1e9 },
};

/** A validated room seed; the test fails at once if the seed itself is wrong. */
export function seedOf(input: RoomSeedInput): RoomSeed {
  const parsed = parseRoomSeed(input);
  if (!parsed.ok) throw new Error(`Bad test seed: ${parsed.error.message}`);
  return parsed.value;
}

/**
 * The demo room cr4 with its dialogue as the one segment (42 speakers, limit 3 min), its sittings
 * on the day of `now`: what most tests of the hub need, without stepping through the opening and
 * the panel first. `demoWithSegments` is the demo as the hub seeds it.
 */
export function demoSeed(now: EpochMs = MEETING_START): RoomSeed {
  const { segments, ...demo } = demoRoom(now);
  return seedOf({ ...demo, speakers: segments?.at(-1)?.speakers ?? [] });
}

/** The demo room exactly as the hub seeds it: three segments, the opening in play. */
export function demoWithSegments(now: EpochMs = MEETING_START): RoomSeed {
  return seedOf(demoRoom(now));
}

/** A small room 'tc1' on 6 September 2017: three States on the list, limit 3 min. */
export function smallSeed(): RoomSeed {
  return seedOf({
    id: 'tc1',
    meeting: {
      title: 'Briefing on the work of the Committee',
      room: 'Trusteeship Council Chamber',
      timeZone: 'America/New_York',
      sittings: [{ date: '2017-09-06', start: '10:00', end: '13:00' }],
      defaultLimitMs: 180_000,
    },
    speakers: [{ delegation: 'FRA' }, { delegation: 'GBR' }, { delegation: 'CHN' }],
  });
}

/** Where a hub listens: a hub in this process, or one in a child process. */
export interface HubAddress {
  /** http://127.0.0.1:<port> */
  url: string;
}

/** A hub under test, with what a test needs to reach it. */
export interface TestHub extends HubAddress {
  hub: Hub;
  store: RoomStore;
  dataDir: string;
  clock: TestClock;
  /** The chair key of a seeded room. */
  chairKey(roomId: string): string;
  /** Closes the hub and its store (once; later calls do nothing). */
  close(): Promise<void>;
}

/** Every event one client received, in order, with a way to wait for more. */
export interface EventLog<Payload> {
  readonly items: Payload[];
  /** Resolves with the `count`-th item (1-based) once it has arrived. */
  nth(count: number, timeoutMs?: number): Promise<Payload>;
}

function eventLog<Payload>(label: string): EventLog<Payload> & { push(item: Payload): void } {
  const items: Payload[] = [];
  const waiters = new Set<() => void>();
  return {
    items,
    push(item) {
      items.push(item);
      for (const wake of [...waiters]) wake();
    },
    nth(count, timeoutMs = WAIT_MS) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const item = items[count - 1];
          if (item === undefined) return false;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(item);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`No ${label} #${count} within ${timeoutMs} ms (got ${items.length})`));
        }, timeoutMs);
        if (!check()) waiters.add(wake);
      });
    },
  };
}

/** A connected client: its socket, and every snapshot and change it has received. */
export interface TestClient {
  socket: ClientSocket;
  /** The snapshot the hub sent on joining. */
  joined: RoomSnapshot;
  snapshots: EventLog<RoomSnapshot>;
  changes: EventLog<RoomChanged>;
  /** Edge servers' stale notices, logged from the start (one may come right after joining). */
  staleNotices: EventLog<StaleNotice>;
}

/** What the hub said when it refused a connection. */
export interface Refusal {
  message: string;
  /** `data.code` of the connect_error, as sent (checked by the test). */
  code: unknown;
}

/** Rejects if `promise` has not settled within `timeoutMs`. */
export function within<Value>(promise: Promise<Value>, what: string, timeoutMs = WAIT_MS) {
  return new Promise<Value>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what}: no answer in ${timeoutMs} ms`)),
      timeoutMs,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Sends one command over a socket and waits for its acknowledgement. */
export function sendCommand(socket: ClientSocket, input: unknown): Promise<CommandAck> {
  return socket.timeout(WAIT_MS).emitWithAck('command', input);
}

/** Asks the hub for the current snapshot over a socket (saying no version, so it is sent whole). */
export async function sync(socket: ClientSocket): Promise<RoomSnapshot> {
  const answer = await socket.timeout(WAIT_MS).emitWithAck('sync', {});
  if (isRefusal(answer) || isUpToDate(answer)) {
    throw new Error(`sync answered without a snapshot: ${JSON.stringify(answer)}`);
  }
  return answer;
}

/** A snapshot without its `serverNow` stamp, for comparing states. */
export function withoutServerNow<Snapshot extends { serverNow: EpochMs }>(
  snapshot: Snapshot,
): Omit<Snapshot, 'serverNow'> {
  const { serverNow: _serverNow, ...rest } = snapshot;
  return rest;
}

export interface Harness {
  /** A new empty folder under the system's temporary folder, removed by cleanup. */
  tempDir(): string;
  /** Seeds the store in `dataDir` (a new temporary folder by default) and starts a hub on it. */
  startHub(options: {
    clock: TestClock;
    seeds?: RoomSeed[];
    dataDir?: string;
    hub?: HubOptions;
  }): Promise<TestHub>;
  /** Joins a room; resolves once the joining snapshot has arrived. */
  connect(
    hub: HubAddress,
    auth: { roomId: string; role: string; key?: string },
    headers?: Record<string, string>,
  ): Promise<TestClient>;
  /** Tries to join with `auth`; resolves with the refusal (fails the test if it is accepted). */
  refused(hub: HubAddress, auth: unknown, headers?: Record<string, string>): Promise<Refusal>;
  /** Registers something else to close at cleanup (closed before hubs and folders). */
  onCleanup(close: () => Promise<void> | void): void;
  /** Closes everything this harness opened and removes its folders. */
  cleanup(): Promise<void>;
}

/** A harness for one test file; call `cleanup` after each test. */
export function createHarness(): Harness {
  // The chair keys of the rooms created, by data folder: the store keeps only their hashes, so
  // a later hub on the same folder gets them from here.
  const keysByDir = new Map<string, Map<string, string>>();
  let sockets: ClientSocket[] = [];
  let closers: (() => Promise<void> | void)[] = [];
  let hubs: TestHub[] = [];
  let dirs: string[] = [];

  function tempDir(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-test-'));
    dirs.push(dir);
    return dir;
  }

  function open(hub: HubAddress, auth: unknown, headers?: Record<string, string>): ClientSocket {
    const socket: ClientSocket = io(hub.url, {
      auth: typeof auth === 'object' && auth !== null ? { ...auth } : {},
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...(headers && { extraHeaders: headers }),
    });
    sockets.push(socket);
    return socket;
  }

  return {
    tempDir,

    async startHub({ clock, seeds = [], dataDir = tempDir(), hub: options = {} }) {
      const store = openSqliteStore(dataDir);
      const keys = keysByDir.get(dataDir) ?? new Map<string, string>();
      keysByDir.set(dataDir, keys);
      for (const [roomId, key] of Object.entries(
        seedRooms(store, seeds, clock.clock()).chairKeys,
      )) {
        keys.set(roomId, key);
      }
      const hub = createHub({
        logger: createLogger('silent'),
        ...options,
        store,
        clock: clock.clock,
      });
      let closed: Promise<void> | undefined;
      const close = () => (closed ??= hub.close());
      let port: number;
      try {
        port = await hub.listen(0, '127.0.0.1');
      } catch (error) {
        await close();
        throw error;
      }
      const testHub: TestHub = {
        hub,
        store,
        url: `http://127.0.0.1:${port}`,
        dataDir,
        clock,
        chairKey(roomId) {
          const known = keys.get(roomId);
          if (known !== undefined) return known;
          // A room this harness did not create (a fixture): give it a new key, as an operator would.
          const key = generateChairKey();
          if (!store.setChairKey(roomId, key)) throw new Error(`No room ${roomId}`);
          keys.set(roomId, key);
          return key;
        },
        close,
      };
      hubs.push(testHub);
      return testHub;
    },

    connect(hub, auth, headers) {
      const socket = open(hub, auth, headers);
      const snapshots = eventLog<RoomSnapshot>('snapshot');
      const changes = eventLog<RoomChanged>('changed');
      const staleNotices = eventLog<StaleNotice>('stale');
      socket.on('snapshot', (snapshot) => snapshots.push(snapshot));
      socket.on('changed', (change) => changes.push(change));
      socket.on('stale', (notice) => staleNotices.push(notice));
      const refusedEarly = new Promise<never>((_resolve, reject) => {
        socket.once('connect_error', (error) => reject(error));
      });
      return within(
        Promise.race([snapshots.nth(1), refusedEarly]),
        `joining ${JSON.stringify({ ...auth, key: undefined })}`,
      ).then((joined) => ({ socket, joined, snapshots, changes, staleNotices }));
    },

    refused(hub, auth, headers) {
      const socket = open(hub, auth, headers);
      return within(
        new Promise<Refusal>((resolve, reject) => {
          socket.once('connect', () => reject(new Error('The hub accepted the connection')));
          socket.once('connect_error', (error) => {
            const data: unknown = 'data' in error ? error.data : undefined;
            const code =
              typeof data === 'object' && data !== null && 'code' in data ? data.code : undefined;
            resolve({ message: error.message, code });
          });
        }),
        'a refused connection',
      );
    },

    onCleanup(close) {
      closers.push(close);
    },

    async cleanup() {
      const [openSockets, openClosers, openHubs, openDirs] = [sockets, closers, hubs, dirs];
      [sockets, closers, hubs, dirs] = [[], [], [], []];
      for (const socket of openSockets) socket.disconnect();
      await Promise.allSettled(openClosers.map(async (close) => close()));
      await Promise.allSettled(openHubs.map((hub) => hub.close()));
      for (const dir of openDirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A REST answer: the status and the parsed JSON body. */
export interface RestAnswer {
  status: number;
  body: unknown;
}

/** POSTs a command as JSON (or `raw` text) with the chair key as a bearer token, when given. */
export async function postCommand(
  hub: HubAddress,
  roomId: string,
  command: unknown,
  options: { key?: string; raw?: string } = {},
): Promise<RestAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  const response = await fetch(`${hub.url}/api/rooms/${encodeURIComponent(roomId)}/commands`, {
    method: 'POST',
    headers,
    body: options.raw ?? JSON.stringify(command),
  });
  return { status: response.status, body: await readJson(response) };
}

/** GETs a path of the hub and parses the JSON answer. */
/** Any REST request: `body` sent as JSON, `key` as the bearer key. */
export async function api(
  hub: HubAddress,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  pathname: string,
  options: { body?: unknown; key?: string } = {},
): Promise<RestAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  const response = await fetch(`${hub.url}${pathname}`, {
    method,
    headers,
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  return { status: response.status, body: await readJson(response) };
}

export async function getJson(hub: HubAddress, pathname: string): Promise<RestAnswer> {
  const response = await fetch(`${hub.url}${pathname}`);
  return { status: response.status, body: await readJson(response) };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`Expected JSON, got ${response.status}: ${text.slice(0, 200)}`);
  }
}
