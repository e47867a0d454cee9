// The crash soak: a scripted meeting driven by two chair consoles (one over Socket.IO, one over
// REST) against a real hub process, killed with SIGKILL at random moments and restarted on the
// same port and data folder, over and over, with a wall display (the bundled client's connection
// module) following throughout. Afterwards: every acknowledged command is in the journal, the
// journal replays exactly into the stored room (the record intact), SQLite's integrity check
// passes, and each running countdown resumed where it should be. Used by `npm run soak` (50 kills
// or more) and by tests/server/crash.test.ts (a few).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { connectToRoom } from '../../client/connection/room-connection.ts';
import { createLiveRoom } from '../../client/store/live-room.ts';
import { demoRoom } from '../../server/demo/cr4.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { apply } from '../../shared/domain/apply.ts';
import { createRoom, parseRoomSeed } from '../../shared/domain/create-room.ts';
import { parseCommand } from '../../shared/domain/parse-command.ts';
import { remainingMs, timerPhase } from '../../shared/domain/timer.ts';
import type { PublicRoomState, RoomState } from '../../shared/domain/types.ts';
import type {
  ClientToServerEvents,
  CommandAck,
  ServerToClientEvents,
} from '../../shared/protocol.ts';
import { Random } from './fuzz-inputs.ts';
import {
  exitOf,
  freePort,
  startHubProcess,
  type Cleanup,
  type ListeningHub,
} from './hub-process.ts';

export interface SoakOptions {
  kills: number;
  seed: number;
  /** How long the meeting runs between a (re)start and the next kill: from, to (ms). */
  runMs: [number, number];
  /** Pause of each console between two commands: from, to (ms). */
  thinkMs: [number, number];
  /**
   * The share of kills (0-1) that come 0-3 ms after a command left the socket console while a
   * speech is running, rather than at the end of a random run (0.5 by default).
   */
  aimed?: number;
  /** Progress lines (the script prints them; the test stays quiet). */
  log?: (line: string) => void;
}

/** What one kill and restart looked like. */
export interface KillRecord {
  ranMs: number;
  /** The kill came just after a command left the socket console, rather than at a random time. */
  aimed: boolean;
  /** Commands the hub acknowledged (accepted or refused) in this run. */
  answered: number;
  /** Commands sent and not answered when the hub died. */
  inFlight: number;
  /** Of those, how many the restarted hub had committed. */
  inFlightLanded: number;
  /** SIGKILL to the next hub listening (a new Node process compiling the hub with tsx). */
  restartMs: number;
  /** Next hub listening to the wall display back at the hub's version. */
  resyncMs: number;
  /** A speech was running at the kill, and its timer came back unchanged. */
  countdownCompared: boolean;
  /** |the wall's countdown after the resync − (its reading at the kill − time since)|. */
  countdownErrorMs: number | null;
  /** |the wall's countdown − the hub's| right after the resync. */
  wallVsHubMs: number | null;
}

export interface SoakResult {
  kills: KillRecord[];
  sent: number;
  accepted: number;
  refused: Record<string, number>;
  /** Accepted (acknowledged ok) commands missing from the journal or different there: must be 0. */
  lostAccepted: number;
  /** Journal entries that are no command a console sent: must be 0. */
  unexplainedEntries: number;
  journalEntries: number;
  /** The journal, replayed from the seed with the domain's apply, gives the stored room exactly. */
  replayMatches: boolean;
  integrity: string;
  finalVersion: number;
  recordLength: number;
  seconds: number;
}

const KEY = 'soak-chair-key-0001';
const DELEGATIONS = [
  'NOR',
  'ITA',
  'ESP',
  'PER',
  'KEN',
  'NZL',
  'IRL',
  'URY',
  'SEN',
  'FIN',
  'European Union',
];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs)
      throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(5);
  }
  return performance.now() - start;
}

/** A plausible next command of the chair, on the room as the console last saw it. */
export function nextCommand(r: Random, room: PublicRoomState): Record<string, unknown> {
  const waiting = room.speakers.filter((s) => s.status === 'waiting');
  const history = room.speakers.filter(
    (s) => s.status === 'spoken' || s.status === 'speaking',
  ).length;
  const phase = room.floor ? timerPhase(room.floor.timer) : null;
  const options: [number, Record<string, unknown>][] = [];
  if (room.status.kind === 'suspended') {
    options.push([5, { type: 'resumeMeeting' }]);
  } else if (!room.floor) {
    options.push([
      8,
      waiting.length > 0 ? { type: 'nextSpeaker', start: true } : { type: 'previousSpeaker' },
    ]);
  } else if (phase === 'running') {
    options.push([3, { type: 'adjustTime', deltaMs: r.pick([15_000, -15_000, 30_000]) }]);
    options.push([2, { type: 'pauseSpeech' }]);
    options.push([4, { type: 'endSpeech' }]);
    options.push([1, { type: 'nextSpeaker', start: true }]);
  } else if (phase === 'paused') {
    options.push([4, { type: 'resumeSpeech' }]);
    options.push([2, { type: 'endSpeech' }]);
  } else {
    options.push([5, { type: 'startSpeech' }]);
  }
  if (waiting.length < 4 && room.speakers.length < 590) {
    options.push([3, { type: 'addSpeaker', delegation: r.pick(DELEGATIONS) }]);
  }
  const moving = waiting.length >= 2 ? r.pick(waiting) : undefined;
  if (moving) {
    options.push([
      1,
      {
        type: 'moveSpeaker',
        speakerId: moving.id,
        toIndex: history + r.int(0, waiting.length - 1),
      },
    ]);
  }
  options.push([
    1,
    room.announcement
      ? { type: 'clearAnnouncement' }
      : { type: 'announce', text: 'Please keep to three minutes.' },
  ]);
  options.push([1, { type: 'setInterpretation', status: r.pick(['available', 'unavailable']) }]);
  if (room.undo.available > 0) options.push([1, { type: 'undo' }]);
  if (room.status.kind !== 'suspended')
    options.push([0.2, { type: 'suspendMeeting', note: 'Consultations' }]);
  let roll = r.float() * options.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, command] of options) {
    roll -= weight;
    if (roll < 0) return { ...command, expectedVersion: room.version };
  }
  return { type: 'closeList', expectedVersion: room.version };
}

type Outcome =
  | { kind: 'accepted'; version: number }
  | { kind: 'refused'; code: string }
  | { kind: 'unknown' }
  | { kind: 'notSent' };

interface Sent {
  command: Record<string, unknown>;
  outcome: Outcome;
  run: number;
}

/** Runs the soak in a new temporary data folder; `cleanup` kills what is left if it fails. */
export async function runSoak(cleanup: Cleanup, options: SoakOptions): Promise<SoakResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const r = new Random(options.seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-soak-'));
  cleanup.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = path.join(dir, 'data');
  const roomsFile = path.join(dir, 'rooms.json');
  const seededAt = Date.now();
  const seedInput = demoRoom(seededAt);
  writeFileSync(roomsFile, JSON.stringify({ rooms: [seedInput] }));
  const seed = parseRoomSeed(seedInput);
  if (!seed.ok) throw new Error(seed.error.message);
  const port = await freePort();
  // The consoles run faster than a chair would, to have commands in flight at more kills.
  const env = { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY, ROSTRUM_COMMAND_RATE: '200' };
  const start = () => startHubProcess(cleanup, env, ['--rooms', roomsFile], port);

  let hub: ListeningHub = await start();
  const url = hub.url;
  const wall = createLiveRoom();
  const wallConnection = connectToRoom({ store: wall, roomId: 'cr4', role: 'display', url });
  cleanup.onCleanup(() => wallConnection.close());
  const chair: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: { roomId: 'cr4', role: 'chair', key: KEY },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  cleanup.onCleanup(() => void chair.close());

  const sent: Sent[] = [];
  /** The run under way: commands are tagged with it, run k ending with the k-th kill. */
  let run = 1;
  let driving = true;
  let paused = false;
  /** Set to kill the hub just after the socket console's next command leaves, `delayUs` later. */
  let aim: { delayUs: number; fire: () => void } | undefined;
  const room = () => wall.getState().room;

  /** One console: a command, its answer, a pause, again, while driving. */
  async function drive(line: 'socket' | 'rest'): Promise<void> {
    while (driving) {
      const view = room();
      if (paused || !view || (line === 'socket' && !chair.connected)) {
        await sleep(10);
        continue;
      }
      const entry: Sent = { command: nextCommand(r, view), outcome: { kind: 'unknown' }, run };
      sent.push(entry);
      entry.outcome =
        line === 'socket' ? await viaSocket(entry.command) : await viaRest(entry.command);
      await sleep(r.int(...options.thinkMs));
    }
  }

  async function viaSocket(command: Record<string, unknown>): Promise<Outcome> {
    try {
      const answer = chair.timeout(3_000).emitWithAck('command', command);
      if (aim && wallReading()) {
        // The command is on the wire: wait a moment (the hub may be reading it, applying it or
        // committing it) and have the hub killed right then, before this process does anything else.
        const { delayUs, fire } = aim;
        aim = undefined;
        const until = performance.now() + delayUs / 1000;
        while (performance.now() < until) {
          // busy wait: a timer could not be this short
        }
        fire();
      }
      return outcomeOf(await answer);
    } catch {
      return { kind: 'unknown' };
    }
  }

  async function viaRest(command: Record<string, unknown>): Promise<Outcome> {
    try {
      const response = await fetch(`${url}/api/rooms/cr4/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify(command),
        signal: AbortSignal.timeout(3_000),
      });
      return outcomeOf((await response.json()) as CommandAck);
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
      const refused = cause && 'code' in cause && cause.code === 'ECONNREFUSED';
      return refused ? { kind: 'notSent' } : { kind: 'unknown' };
    }
  }

  function outcomeOf(ack: CommandAck): Outcome {
    return ack.ok
      ? { kind: 'accepted', version: ack.version }
      : { kind: 'refused', code: ack.error.code };
  }

  /** The room as the hub has it now (the running hub is on the same machine, the same clock). */
  async function hubRoom(): Promise<PublicRoomState & { serverNow: number }> {
    const response = await fetch(`${url}/api/rooms/cr4`);
    return (await response.json()) as PublicRoomState & { serverNow: number };
  }

  /** The wall's countdown now, on its estimate of the hub's clock. */
  function wallReading(): { speakerId: string; remaining: number; timer: string } | undefined {
    const state = wall.getState();
    const floor = state.room?.floor;
    if (!floor || timerPhase(floor.timer) !== 'running') return undefined;
    return {
      speakerId: floor.speakerId,
      remaining: remainingMs(floor.timer, Date.now() + state.offsetMs),
      timer: JSON.stringify(floor.timer),
    };
  }

  await until('the wall joined', () => wall.getState().room !== null);
  const drivers = [drive('socket'), drive('rest')];
  const kills: KillRecord[] = [];

  for (let kill = 1; kill <= options.kills; kill += 1) {
    run = kill;
    paused = false;
    const ranMs = r.int(...options.runMs);
    await sleep(ranMs);
    // Some kills come 0-3 ms after a command left the socket console, a speech running.
    const aimed = r.chance(options.aimed ?? 0.5);
    if (aimed) {
      const delayUs = r.int(0, 3_000);
      // (If no speech runs for 10 s, the kill comes anyway.)
      await Promise.race([new Promise<void>((fire) => (aim = { delayUs, fire })), sleep(10_000)]);
      aim = undefined;
    }
    const before = wallReading();
    const killedAt = performance.now();
    hub.child.kill('SIGKILL');
    paused = true;
    const exit = await exitOf(hub);
    if (exit.signal !== 'SIGKILL')
      throw new Error(`The hub ended by itself: ${JSON.stringify(exit)}`);
    hub = await start();
    const restartMs = performance.now() - killedAt;
    const version = (await hubRoom()).version;
    const resyncMs = await until(`resync after kill ${kill}`, () => {
      const state = wall.getState();
      return state.connection === 'connected' && state.room?.version === version;
    });
    const after = wallReading();
    const sinceKillMs = performance.now() - killedAt;
    const current = await hubRoom();
    const countdownCompared = Boolean(before && after && before.timer === after.timer);
    const countdownErrorMs =
      before && after && countdownCompared
        ? Math.abs(after.remaining - (before.remaining - sinceKillMs))
        : null;
    const wallNow = wallReading();
    const wallVsHubMs =
      wallNow && current.floor
        ? Math.abs(wallNow.remaining - remainingMs(current.floor.timer, Date.now()))
        : null;
    const ofRun = sent.filter((s) => s.run === kill);
    const record: KillRecord = {
      ranMs,
      aimed,
      answered: ofRun.filter((s) => s.outcome.kind === 'accepted' || s.outcome.kind === 'refused')
        .length,
      inFlight: ofRun.filter((s) => s.outcome.kind === 'unknown').length,
      inFlightLanded: 0, // worked out from the journal at the end
      restartMs: Math.round(restartMs),
      resyncMs: Math.round(resyncMs),
      countdownCompared,
      countdownErrorMs: countdownErrorMs === null ? null : Math.round(countdownErrorMs * 10) / 10,
      wallVsHubMs: wallVsHubMs === null ? null : Math.round(wallVsHubMs * 10) / 10,
    };
    kills.push(record);
    log(
      `kill ${kill}/${options.kills}: ran ${ranMs} ms, ${record.answered} answered, ${record.inFlight} in flight; ` +
        `hub back in ${record.restartMs} ms, wall resynced ${record.resyncMs} ms later` +
        (record.countdownErrorMs === null
          ? ''
          : `; countdown off by ${record.countdownErrorMs} ms`),
    );
  }

  driving = false;
  await Promise.all(drivers);
  hub.child.kill('SIGTERM');
  const lastExit = await exitOf(hub);
  if (lastExit.code !== 0)
    throw new Error(`The last hub did not stop cleanly: ${JSON.stringify(lastExit)}`);

  // The checks, on the data folder as the hubs left it.
  const store = openSqliteStore(dataDir);
  let stored: RoomState | undefined;
  let journal: ReturnType<typeof store.journal>;
  try {
    stored = store.loadRooms().find((room) => room.state.roomId === 'cr4')?.state;
    journal = store.journal('cr4');
  } finally {
    store.close();
  }
  const db = new Database(path.join(dataDir, 'rostrum.db'), { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  db.close();

  const byVersion = new Map(journal.map((entry) => [entry.version, entry]));
  let lostAccepted = 0;
  for (const { command, outcome } of sent) {
    if (outcome.kind !== 'accepted') continue;
    const entry = byVersion.get(outcome.version);
    const parsed = parseCommand(command);
    if (!entry || !parsed.ok || JSON.stringify(entry.command) !== JSON.stringify(parsed.value))
      lostAccepted += 1;
  }
  // An unanswered command landed if the journal holds it at a version nobody was told of. Each
  // such entry explains one unanswered command; an entry that explains none was never sent.
  const told = new Set(
    sent.flatMap((s) => (s.outcome.kind === 'accepted' ? [s.outcome.version] : [])),
  );
  const untold = journal
    .filter((entry) => !told.has(entry.version))
    .map((entry) => JSON.stringify(entry.command));
  for (const [index, record] of kills.entries()) {
    for (const unanswered of sent.filter(
      (s) => s.run === index + 1 && s.outcome.kind === 'unknown',
    )) {
      const parsed = parseCommand(unanswered.command);
      const at = parsed.ok ? untold.indexOf(JSON.stringify(parsed.value)) : -1;
      if (at < 0) continue;
      untold.splice(at, 1);
      record.inFlightLanded += 1;
    }
  }

  const created = createRoom(seed.value, seededAt);
  if (!created.ok) throw new Error(created.error.message);
  let replayed: RoomState = created.value.state;
  let replayOk = true;
  for (const entry of journal) {
    const parsed = parseCommand(entry.command);
    const next = parsed.ok ? apply(replayed, parsed.value, entry.at) : undefined;
    if (!next?.ok) {
      replayOk = false;
      break;
    }
    replayed = next.value;
  }
  const refused: Record<string, number> = {};
  for (const { outcome } of sent) {
    if (outcome.kind === 'refused') refused[outcome.code] = (refused[outcome.code] ?? 0) + 1;
  }
  const versions = journal.map((entry) => entry.version);
  const contiguous = versions.every((version, i) => version === i + 1);
  return {
    kills,
    sent: sent.filter((s) => s.outcome.kind !== 'notSent').length,
    accepted: sent.filter((s) => s.outcome.kind === 'accepted').length,
    refused,
    lostAccepted,
    unexplainedEntries: untold.length,
    journalEntries: journal.length,
    replayMatches: replayOk && contiguous && isDeepStrictEqual(replayed, stored),
    integrity,
    finalVersion: stored?.version ?? -1,
    recordLength: stored?.current?.record.length ?? -1,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
