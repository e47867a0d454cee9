// `npm run soak:hostile`: the hub under attack from its own room's network, for 60 s. A real
// hub process (the demo room) is hit by 20 followers spamming `sync` and `time`, 5 connections
// that never read what they are sent (and come back when cut), 500 connections from one address
// (retrying when refused) and 5 chair connections flooding commands, while a chair sends one
// command every 2 s and a wall display listens. Prints, and writes to bench/results/
// hostile-soak.json: the hub's RSS over the run, how long each chair command took to reach the
// display, what was refused and why, and whether the hub stayed up.
//
//   npm run soak:hostile -- [--seconds 60]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { startHubProcess } from '../tests/server/hub-process.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' } } });
const RUN_MS = Number(values.seconds) * 1000;
if (!Number.isFinite(RUN_MS) || RUN_MS < 5_000) {
  process.stderr.write('Usage: npm run soak:hostile -- [--seconds 60] (5 at least)\n');
  process.exit(2);
}
const KEY = 'hostile-soak-chair-key';

const closers: (() => Promise<void> | void)[] = [];
const cleanup = { onCleanup: (close: () => Promise<void> | void) => void closers.push(close) };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let running = true;

/** Counts by label: what the attackers were answered. */
const tally = new Map<string, number>();
const count = (label: string, n = 1) => tally.set(label, (tally.get(label) ?? 0) + n);

function client(url: string, auth: object, localAddress = '127.0.0.1'): Socket {
  // engine.io-client hands localAddress to Node's ws (it is not in its own option types).
  const options = {
    auth,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    localAddress,
  };
  const socket = io(url, options);
  closers.push(() => void socket.close());
  return socket;
}

const joined = (socket: Socket) =>
  new Promise<boolean>((resolve) => {
    socket.once('snapshot', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  });

/** The label of an answer to `sync` or `time`. */
function answerLabel(event: string, answer: unknown): string {
  if (typeof answer === 'number') return `${event}: answered`;
  if (typeof answer !== 'object' || answer === null) return `${event}: no answer`;
  if ('upToDate' in answer) return `${event}: upToDate`;
  if ('error' in answer && typeof answer.error === 'object' && answer.error !== null) {
    return `${event}: ${String((answer.error as { code?: unknown }).code)}`;
  }
  return `${event}: snapshot`;
}

/**
 * A follower asking for snapshots and the clock as fast as it can (ten at a time, a short
 * timeout), joining again each time the hub cuts it.
 */
async function spammer(url: string, index: number): Promise<void> {
  while (running) {
    const socket = client(url, { roomId: 'cr4', role: 'follower' }, `127.1.0.${index + 1}`);
    if (!(await joined(socket))) {
      count('spammer: not joined');
      socket.close();
      await sleep(500);
      continue;
    }
    while (running && socket.connected) {
      const asks = Array.from({ length: 10 }, (_, i) => {
        const event = i % 2 === 0 ? 'sync' : 'time';
        const args = event === 'sync' ? [{}] : [];
        return socket
          .timeout(500)
          .emitWithAck(event, ...args)
          .then(
            (answer: unknown) => count(answerLabel(event, answer)),
            () => count(`${event}: no answer`),
          );
      });
      await Promise.all(asks);
    }
    if (running) count('spammer: cut, joins again');
    socket.close();
  }
}

/** A connection that asks for snapshots and never reads; opened again each time it is cut. */
async function nonReader(port: number, index: number): Promise<void> {
  while (running) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`, {
      localAddress: `127.2.0.${index + 1}`,
    });
    closers.push(() => ws.terminate());
    const ended = new Promise<void>((resolve) => {
      ws.once('close', () => resolve());
      ws.once('error', () => resolve());
    });
    const opened = await Promise.race([
      new Promise<boolean>((resolve) => ws.once('open', () => resolve(true))),
      ended.then(() => false),
    ]);
    if (!opened) {
      await sleep(200);
      continue;
    }
    count('non-reader: opened');
    ws.send('40{"roomId":"cr4","role":"follower"}');
    // Stop reading: what the hub sends piles up in the kernel, then in the hub, until it cuts.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    let id = 0;
    let alive = true;
    void ended.then(() => (alive = false));
    // Asks as fast as it can (each answer, even a refusal, is output the hub must hold for it).
    while (running && alive) {
      for (let i = 0; i < 20; i += 1) ws.send(`42${id++}["sync",{}]`);
      await sleep(10);
    }
    ws.terminate();
  }
}

/** 500 connections from one address, each retrying every 2 s while refused. */
async function crowd(url: string): Promise<{ joined: number; refused: number }> {
  const seen = { joined: 0, refused: 0 };
  await Promise.all(
    Array.from({ length: 500 }, async () => {
      while (running) {
        const socket = client(url, { roomId: 'cr4', role: 'follower' }, '127.3.0.1');
        if (await joined(socket)) {
          seen.joined += 1;
          return;
        }
        seen.refused += 1;
        socket.close();
        await sleep(2_000);
      }
    }),
  );
  return seen;
}

/** A chair console sending commands as fast as they are acknowledged. */
async function flooder(url: string, index: number): Promise<void> {
  const socket = client(url, { roomId: 'cr4', role: 'chair', key: KEY }, `127.4.0.${index + 1}`);
  if (!(await joined(socket))) return void count('flooder: not joined');
  let n = 0;
  while (running) {
    const text = `Flood ${index}.${n++}`;
    const ack: unknown = await socket
      .timeout(5_000)
      .emitWithAck('command', { type: 'announce', text })
      .catch(() => ({ ok: false, error: { code: 'timedOut' } }));
    const ok = typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true;
    count(ok ? 'flood: accepted' : `flood: ${answerLabel('command', ack).slice(9)}`);
    if (!ok) await sleep(5);
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rostrum-hostile-'));
  closers.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const hub = await startHubProcess(cleanup, {
    DATA_DIR: dataDir,
    ROSTRUM_CHAIR_KEY: KEY,
    LOG_LEVEL: 'error',
  });
  const pid = hub.child.pid ?? 0;
  const port = Number(new URL(hub.url).port);
  const display = client(hub.url, { roomId: 'cr4', role: 'display' });
  const chair = client(hub.url, { roomId: 'cr4', role: 'chair', key: KEY }, '127.5.0.1');
  if (!(await joined(display)) || !(await joined(chair))) throw new Error('could not join');
  await sleep(1_000);
  const rssBefore = rssMb(pid);
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMb(pid)), 1_000);

  // The chair's commands, and when the display saw each.
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const chairRefusals: string[] = [];
  display.on('changed', (change: { parts: { announcement?: { text?: string } | null } }) => {
    const text = change.parts.announcement?.text;
    const at = text === undefined ? undefined : sentAt.get(text);
    if (text !== undefined && at !== undefined) {
      latencies.push(Date.now() - at);
      sentAt.delete(text);
    }
  });

  process.stdout.write(`Hostile soak: ${RUN_MS / 1000} s against a hub (pid ${pid})\n`);
  const startedAt = Date.now();
  const attacks = [
    ...Array.from({ length: 20 }, (_, i) => spammer(hub.url, i)),
    ...Array.from({ length: 5 }, (_, i) => nonReader(port, i)),
    ...Array.from({ length: 5 }, (_, i) => flooder(hub.url, i)),
  ];
  const crowdDone = crowd(hub.url);
  let n = 0;
  while (Date.now() - startedAt < RUN_MS) {
    const text = `The chair's command ${++n}`;
    sentAt.set(text, Date.now());
    // As the console does: a command refused for the rate is sent again when the hub says.
    for (let tries = 0; tries < 20; tries += 1) {
      const ack: unknown = await chair
        .timeout(5_000)
        .emitWithAck('command', { type: 'announce', text })
        .catch(() => ({ ok: false, error: { code: 'timedOut', retryAfterMs: 0 } }));
      if (typeof ack === 'object' && ack !== null && 'ok' in ack && ack.ok === true) break;
      const error = (ack as { error?: { code?: string; retryAfterMs?: number } }).error;
      chairRefusals.push(String(error?.code));
      await sleep(error?.retryAfterMs ?? 100);
    }
    await sleep(Math.max(0, startedAt + n * 2_000 - Date.now()));
  }
  running = false;
  clearInterval(sampler);
  await Promise.race([Promise.all(attacks), sleep(6_000)]);
  const crowdSeen = await Promise.race([crowdDone, sleep(3_000).then(() => undefined)]);

  const metrics = await (await fetch(`${hub.url}/metrics`)).text();
  const metric = (prefix: string) =>
    metrics
      .split('\n')
      .filter((line) => line.startsWith(prefix))
      .map((line) => line.replace(prefix, '').trim());
  const health = await fetch(`${hub.url}/healthz`);
  const result = {
    seconds: RUN_MS / 1000,
    hubStayedUp: hub.child.exitCode === null && hub.child.signalCode === null && health.ok,
    rssMb: { before: rssBefore, max: Math.max(...rss), end: rss.at(-1), growth: 0 },
    chairCommands: {
      sent: n,
      reachedDisplay: latencies.length,
      lost: sentAt.size,
      latencyMs: {
        median: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        max: Math.max(...latencies),
      },
      withinOneSecond: latencies.filter((ms) => ms <= 1_000).length,
      refusedFirst: chairRefusals,
    },
    attackers: Object.fromEntries([...tally].sort()),
    crowdFromOneAddress: crowdSeen ?? 'still retrying',
    hubMetrics: {
      handshakesRefused: metric('rostrum_handshakes_refused_total'),
      connectionsCut: metric('rostrum_connections_cut_total'),
      commandsRefused: metric('rostrum_commands_refused_total'),
      commandsAccepted: metric('rostrum_commands_accepted_total'),
    },
  };
  result.rssMb.growth = Math.round((result.rssMb.max - rssBefore) * 10) / 10;
  const out = path.resolve('bench/results/hostile-soak.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nWritten to ${out}\n`);
  if (!result.hubStayedUp || result.chairCommands.lost > 0) process.exitCode = 1;
}

/** The value at quantile `q` (0-1) of `values`, or NaN for none. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

try {
  await main();
} finally {
  running = false;
  for (const close of closers.reverse()) await close();
}
process.exit();
