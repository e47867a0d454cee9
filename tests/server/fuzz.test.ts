// Garbage at a real hub: over ten thousand malformed socket events, raw frames and HTTP bodies
// from a seeded generator, with valid commands mixed in. The hub keeps serving, each bad request
// gets a typed error (a frame that is not Socket.IO closes its connection), the room changes only
// by the valid commands, which the journal replays exactly, and memory stays flat. The figures
// measured go to .tmp/reliability/fuzz.json for docs/reliability.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { WebSocket } from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { apply } from '../../shared/domain/apply.ts';
import { createRoom } from '../../shared/domain/create-room.ts';
import { DOMAIN_ERROR_CODES, HUB_ERROR_CODES } from '../../shared/domain/errors.ts';
import { parseCommand } from '../../shared/domain/parse-command.ts';
import type { RoomState } from '../../shared/domain/types.ts';
import {
  createHarness,
  createTestClock,
  MEETING_START,
  NO_LIMITS,
  smallSeed,
  sync,
  WAIT_MS,
  type ClientSocket,
  type TestClient,
  type TestHub,
} from './harness.ts';
import { malformedCommand, Random, rawBody, validCommand, type Case } from './fuzz-inputs.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_906);
/** FUZZ_SCALE=10 sends ten times as much (a longer run, to see whether memory keeps growing). */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SOCKET_EVENTS = 7_000 * SCALE;
const RAW_CONNECTIONS = 100 * SCALE;
const FRAMES_PER_CONNECTION = 15;
const HTTP_REQUESTS = 3_000 * SCALE;

const ERROR_CODES: ReadonlySet<string> = new Set([...DOMAIN_ERROR_CODES, ...HUB_ERROR_CODES]);
/** The codes a schema failure may carry: input the hub could not even read as a command. */
const INPUT_CODES: ReadonlySet<string> = new Set([
  'invalidCommand',
  'textTooLong',
  'invalidText',
  'outOfRange',
  'invalidTimeZone',
  'invalidSittings',
]);

const harness = createHarness();
afterAll(() => harness.cleanup());

/** A full garbage collection, so heap figures compare what is kept, not what is left over. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function heapMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** What one answer was: accepted, or refused with this code. Fails on anything untyped. */
function outcomeOf(answer: unknown, what: string): 'ok' | string {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    throw new Error(`${what}: not an answer: ${JSON.stringify(answer)?.slice(0, 200)}`);
  }
  if (answer.ok === true) return 'ok';
  const error = 'error' in answer ? answer.error : undefined;
  const code =
    typeof error === 'object' && error !== null && 'code' in error && 'message' in error
      ? error.code
      : undefined;
  if (typeof code !== 'string' || !ERROR_CODES.has(code)) {
    throw new Error(`${what}: untyped refusal: ${JSON.stringify(answer).slice(0, 200)}`);
  }
  return code;
}

/** The input as the hub receives it over JSON (undefined fields gone, NaN as null). */
function overTheWire(value: unknown): unknown {
  if (
    value instanceof Uint8Array ||
    (typeof value === 'object' && JSON.stringify(value)?.includes('"type":"Buffer"'))
  ) {
    return value; // binary travels as binary: never a valid command either way
  }
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** Emits any event and waits for the answer. */
function emitRaw(socket: ClientSocket, event: string, ...args: unknown[]): Promise<unknown> {
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
  };
  return untyped.timeout(WAIT_MS).emitWithAck(event, ...args);
}

/** Tallies of what was sent and what came back. */
class Tally {
  readonly sent = new Map<string, number>();
  readonly answers = new Map<string, number>();
  count(kind: string, outcome: string): void {
    this.sent.set(kind, (this.sent.get(kind) ?? 0) + 1);
    this.answers.set(outcome, (this.answers.get(outcome) ?? 0) + 1);
  }
  total(): number {
    return [...this.sent.values()].reduce((a, b) => a + b, 0);
  }
}

/**
 * Thousands of round trips: on a loaded two-core machine the socket fuzz alone takes about 19 s,
 * near the default 20 s. It checks answers, not speed, so it is given room.
 */
const FUZZ_TIMEOUT_MS = 90_000;

describe('a hub under a fuzz of malformed input', () => {
  let hub: TestHub;
  let chair: TestClient;
  let display: TestClient;
  let initial: RoomState;
  let accepted = 0;
  const socketTally = new Tally();
  const frameTally = new Tally();
  const httpTally = new Tally();
  const heap: Record<string, number> = {};
  const started = Date.now();

  /** The room's version now, as the engine holds it. */
  const version = () => hub.hub.engine.state('tc1')?.version ?? -1;

  it(
    'answers every socket event with its result or a typed error',
    async () => {
      const clock = createTestClock();
      hub = await harness.startHub({ clock, seeds: [smallSeed()], hub: { limits: NO_LIMITS } });
      const created = createRoom(smallSeed(), MEETING_START);
      if (!created.ok) throw new Error('seed');
      initial = created.value.state;
      const key = hub.chairKey('tc1');
      chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
      display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
      const r = new Random(SEED);

      for (let i = 0; i < SOCKET_EVENTS; i += 1) {
        if (i === 1_000) heap.afterWarmUpMb = heapMb();
        if (r.chance(0.05)) clock.advance(r.int(0, 20_000));
        const roll = r.float();
        const before = version();
        if (roll < 0.7) {
          const sent: Case = r.chance(0.15) ? validCommand(r, before) : malformedCommand(r);
          const outcome = outcomeOf(
            await emitRaw(chair.socket, 'command', sent.value),
            `${sent.kind} #${i}`,
          );
          socketTally.count(`command: ${sent.kind}`, outcome);
          // The room changes by exactly one version for an accepted command, and only then; an
          // input that is not a valid command is refused for what it is, never by the rules.
          const valid = parseCommand(overTheWire(sent.value)).ok;
          if (outcome === 'ok') {
            accepted += 1;
            expect(valid, `${sent.kind} #${i} accepted`).toBe(true);
            expect(version(), `#${i}`).toBe(before + 1);
          } else {
            expect(version(), `#${i}`).toBe(before);
            if (!valid)
              expect(INPUT_CODES.has(outcome), `${sent.kind} #${i}: ${outcome}`).toBe(true);
          }
        } else if (roll < 0.76) {
          const sent = r.chance(0.5) ? validCommand(r, before) : malformedCommand(r);
          const outcome = outcomeOf(
            await emitRaw(display.socket, 'command', sent.value),
            'display',
          );
          expect(outcome).toBe('forbidden');
          socketTally.count('command from a display', outcome);
        } else if (roll < 0.84) {
          const event = r.pick([
            'commands',
            'changed',
            'snapshot',
            'join',
            'fly',
            '',
            ' ',
            'x'.repeat(2000),
            '__proto__',
            'constructor',
            'toString',
          ]);
          const outcome = outcomeOf(
            await emitRaw(r.pick([chair, display]).socket, event, malformedCommand(r).value),
            event,
          );
          expect(outcome).toBe('invalidRequest');
          socketTally.count('unknown event', outcome);
        } else if (roll < 0.92) {
          const event = r.pick(['time', 'sync']);
          const answer = await emitRaw(
            r.pick([chair, display]).socket,
            event,
            malformedCommand(r).value,
          );
          expect(event === 'time' ? typeof answer === 'number' : typeof answer === 'object').toBe(
            true,
          );
          socketTally.count(`${event} with junk`, 'answered');
        } else {
          // The wrong number of arguments: nothing, or a second argument before the callback.
          const args = r.chance(0.5)
            ? []
            : [validCommand(r, before).value, r.pick([1, 'key', null, {}])];
          const outcome = outcomeOf(await emitRaw(chair.socket, 'command', ...args), 'arity');
          expect(outcome).toBe('invalidCommand');
          expect(version()).toBe(before);
          socketTally.count('command with wrong arguments', outcome);
        }
      }
      expect(chair.socket.connected).toBe(true);
      expect(display.socket.connected).toBe(true);
      expect(accepted).toBeGreaterThan(50);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('closes a connection that sends frames that are not Socket.IO, and only that one', async () => {
    const r = new Random(SEED + 1);
    const url = `${hub.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const frames = (i: number): (string | Buffer)[] => [
      r.text(r.int(0, 300)),
      `42${r.text(r.int(0, 100))}`,
      `42["command",${r.text(20)}`,
      `42["command",${'['.repeat(r.int(1000, 20_000))}]]`,
      `451-["command",{"_placeholder":true,"num":${r.int(0, 9)}}]`,
      `451-["command",${'['.repeat(20_000)}{"_placeholder":true,"num":0}${']'.repeat(20_000)}]`,
      `43${r.int(0, 99)}[{"ok":true}]`,
      `42/admin,["command",{"type":"closeList"}]`,
      `40/nowhere,{}`,
      `41`,
      `6`,
      `5`,
      `3probe`,
      Buffer.from(r.bytes(r.int(1, 500))),
      `4${i}`,
      `42${JSON.stringify(['command', { type: 'closeList' }])}`,
    ];
    for (let c = 0; c < RAW_CONNECTIONS; c += 1) {
      const ws = new WebSocket(url);
      harness.onCleanup(() => ws.terminate());
      const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        ws.once('message', () => resolve()); // the engine.io open packet
        ws.once('error', reject);
      });
      ws.send(
        `40${JSON.stringify({ roomId: 'tc1', role: r.pick(['display', 'follower', 'chair']) })}`,
      );
      const all = frames(c);
      let sent = 0;
      for (let f = 0; f < FRAMES_PER_CONNECTION && ws.readyState === WebSocket.OPEN; f += 1) {
        ws.send(r.pick(all));
        sent += 1;
      }
      const outcome = await Promise.race([
        closed.then(() => 'closed by the hub'),
        new Promise<string>((resolve) => setTimeout(() => resolve('left open'), 30)),
      ]);
      frameTally.count('raw frames', outcome);
      for (let f = 1; f < sent; f += 1) frameTally.count('raw frames', outcome);
      ws.terminate();
    }
    // The versions did not move: a raw frame cannot carry a chair's command without the handshake.
    expect(hub.store.journal('tc1')).toHaveLength(accepted);
    expect(chair.socket.connected).toBe(true);
  });

  it('answers every HTTP body and path with a typed JSON error', async () => {
    const r = new Random(SEED + 2);
    const key = hub.chairKey('tc1');
    for (let i = 0; i < HTTP_REQUESTS; i += 1) {
      const before = version();
      const roll = r.float();
      let kind: string;
      let url = `${hub.url}/api/rooms/tc1/commands`;
      let method = 'POST';
      const headers: Record<string, string> = {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
      };
      let body: string | Uint8Array<ArrayBuffer> | undefined;
      let valid = false;
      if (roll < 0.45) {
        const sent = r.chance(0.15) ? validCommand(r, before) : malformedCommand(r);
        kind = `body: ${sent.kind}`;
        body = JSON.stringify(sent.value) ?? '';
        valid = parseCommand(overTheWire(sent.value)).ok;
      } else if (roll < 0.7) {
        const raw = rawBody(r);
        kind = `body: ${raw.kind}`;
        body = typeof raw.body === 'string' ? raw.body : new Uint8Array(raw.body);
      } else if (roll < 0.78) {
        kind = 'headers: content type, charset, encoding';
        body = JSON.stringify(validCommand(r, before).value);
        const variant = r.int(0, 4);
        if (variant === 0)
          headers['content-type'] = r.pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'image/png',
          ]);
        if (variant === 1)
          headers['content-type'] =
            `application/json; charset=${r.pick(['latin1', 'utf-16', 'koi8-r', 'x'])}`;
        if (variant === 2)
          headers['content-encoding'] = r.pick([
            'gzip',
            'deflate',
            'br',
            'x-unknown',
            'gzip, gzip',
          ]);
        if (variant === 3) {
          headers['content-encoding'] = 'gzip';
          body = new Uint8Array(gzipSync(Buffer.from(body))); // a good gzip body is read like any other
        }
        if (variant === 4) delete headers['content-type'];
      } else if (roll < 0.84) {
        kind = 'keys: missing, wrong, malformed';
        body = JSON.stringify(validCommand(r, before).value);
        headers.authorization = r.pick([
          '',
          'Bearer',
          'Bearer ',
          `Basic ${key}`,
          `Bearer ${key}x`,
          `Bearer ${'k'.repeat(8000)}`,
          `bearer  ${key.toUpperCase()}`,
        ]);
      } else if (roll < 0.93) {
        kind = 'unknown rooms and paths';
        const room = r.pick([
          'cr99',
          'TC1',
          'tc1 ',
          '%00',
          '%E0%A4%A',
          '..%2F..%2Fetc',
          'x'.repeat(3000),
          '__proto__',
          'constructor',
          '%F0%9F%92%A5',
        ]);
        url = `${hub.url}${r.pick([`/api/rooms/${room}/commands`, `/api/rooms/${room}`, `/api/rooms/${room}/speeches`, `/api/${room}`, `/display/${room}`, `/${room}`])}`;
        method = r.pick(['POST', 'GET']);
        body = method === 'POST' ? JSON.stringify(validCommand(r, before).value) : undefined;
      } else {
        kind = 'other methods';
        method = r.pick(['PUT', 'PATCH', 'DELETE']);
        url = `${hub.url}${r.pick(['/api/rooms/tc1/commands', '/api/rooms/tc1', '/api/rooms', '/healthz', '/metrics'])}`;
        body = JSON.stringify(malformedCommand(r).value);
      }
      const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) });
      const text = await response.text();
      if (response.status === 503 && text.startsWith('The client is not built yet')) {
        httpTally.count(kind, 'page (client not built)'); // a page route, not the API
        continue;
      }
      let answer: unknown;
      try {
        answer = JSON.parse(text) as unknown;
      } catch {
        throw new Error(
          `${kind} #${i}: ${method} ${url.slice(0, 100)} answered ${response.status} ${text.slice(0, 200)}`,
        );
      }
      const isList =
        Array.isArray(answer) ||
        (typeof answer === 'object' && answer !== null && 'roomId' in answer && !('ok' in answer));
      const outcome = isList ? 'read' : outcomeOf(answer, `${kind} #${i}`);
      httpTally.count(kind, outcome === 'read' ? `${response.status}` : outcome);
      if (outcome === 'ok') {
        accepted += 1;
        expect(version()).toBe(before + 1);
        if (kind.startsWith('body: ')) expect(valid, `${kind} #${i}`).toBe(true);
      } else {
        expect(version(), `${kind} #${i}`).toBe(before);
        if (outcome !== 'read')
          expect(response.status, `${kind} #${i}`).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('kept serving, changed only by what it accepted, without crashing or leaking', async () => {
    heap.afterMb = heapMb();
    // A newcomer joins and gets the room as the engine holds it.
    const newcomer = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    expect(newcomer.joined).toEqual(await sync(display.socket));
    expect(newcomer.joined.version).toBe(accepted);

    // The display saw exactly one change per accepted command, each following the last.
    await display.changes.nth(accepted);
    expect(display.changes.items.map((c) => [c.fromVersion, c.version])).toEqual(
      Array.from({ length: accepted }, (_, i) => [i, i + 1]),
    );
    // Every accepted command is in the journal; replaying it from the seed gives the room exactly.
    const journal = hub.store.journal('tc1');
    expect(journal).toHaveLength(accepted);
    let state = initial;
    for (const entry of journal) {
      const parsed = parseCommand(entry.command);
      if (!parsed.ok) throw new Error(`journal ${entry.version}: ${parsed.error.message}`);
      const next = apply(state, parsed.value, entry.at);
      if (!next.ok) throw new Error(`journal ${entry.version}: ${next.error.message}`);
      state = next.value;
    }
    expect(state).toEqual(hub.hub.engine.state('tc1'));

    // Nothing reached Object.prototype.
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The guard holds a bounded number of buckets.
    expect(hub.hub.guard.size()).toBeLessThan(50);

    const total = socketTally.total() + frameTally.total() + httpTally.total();
    expect(total).toBeGreaterThanOrEqual(10_000);
    const growthMb = (heap.afterMb ?? 0) - (heap.afterWarmUpMb ?? 0);
    expect(growthMb).toBeLessThan(16);

    const report = {
      seed: SEED,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      total,
      accepted,
      socketEvents: {
        total: socketTally.total(),
        sent: Object.fromEntries(socketTally.sent),
        answers: Object.fromEntries(socketTally.answers),
      },
      rawFrames: { total: frameTally.total(), answers: Object.fromEntries(frameTally.answers) },
      http: {
        total: httpTally.total(),
        sent: Object.fromEntries(httpTally.sent),
        answers: Object.fromEntries(httpTally.answers),
      },
      heap: {
        ...heap,
        growthMb: Math.round(growthMb * 100) / 100,
        rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      },
    };
    const dir = path.resolve('.tmp/reliability');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'fuzz.json'), JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
  });
});
