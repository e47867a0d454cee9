// The fan-out benchmark (npm run bench): how fast does a chair's command reach every follower?
// For each N, the hub runs as a child process on loopback with a temporary data folder; N
// followers connect from several worker processes; a chair sends a series of commands over its
// socket; each command's delay is the time until the LAST follower has it. Then a plain `ws`
// server broadcasts the very same frames to N plain WebSockets: the baseline. Where Redis is
// installed, a third run puts the followers on two edge servers fed by the hub through Redis.
//
//   npm run bench -- [N ...]          (default 1000 5000 10000)
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import type { CommandAck } from '../../shared/protocol.ts';
import type { WorkerOrder, WorkerReply } from './client-worker.ts';
import { cpuSeconds, preciseNow, quantile, round, rssKb } from './measure.ts';
import {
  KEY,
  redisAvailable,
  startBaseline,
  startEdge,
  startHub,
  startRedis,
} from './processes.ts';

const CLIENTS_PER_WORKER = 2500;
const COMMANDS = 40;
const COMMAND_GAP_MS = 300;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 20);
const EDGES = 2;

type ServerKind = 'hub' | 'ws-baseline' | 'hub+2-edges';

interface Run {
  server: ServerKind;
  clients: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  bytesPerChange: number;
  rssPerClientKb: number;
  connectPerSecond: number;
  idleCpuSecondsPerMinute: number;
  idleMessages: number;
  /**
   * The server's own time per change (mean): for the hub, from its /metrics (apply, commit, hand
   * to sockets); for the baseline, its broadcast loop.
   */
  hubCommandMs: number;
  /** Of which the SQLite commit (synchronous, FULL): the mean, from the hub's /metrics. */
  hubCommitMs: number;
  missed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let workersForked = 0;

function forkWorker(): ChildProcess {
  return fork(path.resolve('bench/fanout/client-worker.ts'), [String(workersForked++)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function ask(worker: ChildProcess, order: WorkerOrder, expect: WorkerReply['kind']) {
  return new Promise<WorkerReply>((resolve) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.kind !== expect) return;
      worker.off('message', onMessage);
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.send(order);
  });
}

/** The exact frames a follower receives for each change, read off a raw Engine.IO socket. */
function rawFollower(port: number): { frames: string[]; close(): void } {
  const frames: string[] = [];
  const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
  ws.on('message', (data) => {
    const text = data.toString();
    if (text.startsWith('0')) ws.send('40{"roomId":"cr4","role":"follower"}');
    else if (text === '2')
      ws.send('3'); // answer the heartbeat
    else if (text.startsWith('42["changed"')) frames.push(text);
  });
  return { frames, close: () => ws.terminate() };
}

/**
 * Commands a chair gives in a lively meeting: mostly the clock, sometimes an announcement or the
 * next speaker. `running` is whether the clock runs before command i (it does at the start).
 */
function commandAt(i: number, running: boolean): Record<string, unknown> {
  if (i % 10 === 9) return { type: 'nextSpeaker', start: true };
  if (i % 10 === 4)
    return { type: 'announce', text: `Statement ${i}: the list of speakers is open.` };
  return { type: running ? 'pauseSpeech' : 'resumeSpeech' };
}

/** Whether the clock runs after `command`. */
function runsAfter(command: Record<string, unknown>, running: boolean): boolean {
  if (command.type === 'pauseSpeech') return false;
  if (command.type === 'resumeSpeech' || command.type === 'nextSpeaker') return true;
  return running;
}

/** Connects `n` clients, CLIENTS_PER_WORKER per worker, worker i to `urls[i % urls.length]`. */
async function connectClients(
  workers: ChildProcess[],
  server: 'hub' | 'ws-baseline',
  urls: string[],
  n: number,
) {
  const started = preciseNow();
  const replies = await Promise.all(
    workers.map((w, i) =>
      ask(
        w,
        {
          kind: 'connect',
          server,
          url: urls[i % urls.length] ?? '',
          count: Math.min(CLIENTS_PER_WORKER, n - i * CLIENTS_PER_WORKER),
        },
        'connected',
      ),
    ),
  );
  const failed = replies.reduce((sum, r) => sum + (r.kind === 'connected' ? r.failed : 0), 0);
  if (failed > 0) throw new Error(`${failed} of ${n} clients could not connect to ${server}`);
  return n / ((preciseNow() - started) / 1000);
}

async function collect(workers: ChildProcess[]) {
  const replies = await Promise.all(workers.map((w) => ask(w, { kind: 'report' }, 'report')));
  const merged = new Map<number, { count: number; last: number }>();
  let sinceMark = 0;
  for (const reply of replies) {
    if (reply.kind !== 'report') continue;
    sinceMark += reply.sinceMark;
    for (const [version, a] of Object.entries(reply.arrivals)) {
      const entry = merged.get(Number(version)) ?? { count: 0, last: 0 };
      merged.set(Number(version), {
        count: entry.count + a.count,
        last: Math.max(entry.last, a.last),
      });
    }
  }
  return { merged, sinceMark };
}

/** Delays (ms) from each send to the last arrival, and how many deliveries were missing. */
function delays(
  sent: Map<number, number>,
  merged: Map<number, { count: number; last: number }>,
  n: number,
) {
  const values: number[] = [];
  let missed = 0;
  for (const [version, at] of sent) {
    const arrival = merged.get(version);
    missed += n - (arrival?.count ?? 0);
    if (arrival) values.push(arrival.last - at);
  }
  return { values, missed };
}

/**
 * The hub alone (`edges` = 0), or the hub and `edges` edge servers over a Redis of its own, the
 * followers spread over the edges. Memory per client is the growth of the processes that hold
 * the followers; idle CPU is that of every Rostrum process.
 */
async function runHub(
  n: number,
  port: number,
  edges: number,
): Promise<{ run: Run; frames: string[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rostrum-bench-'));
  const extra: ChildProcess[] = [];
  let redisUrl: string | undefined;
  if (edges > 0) {
    const redisPort = port + 500;
    extra.push(await startRedis(redisPort, dataDir));
    redisUrl = `redis://127.0.0.1:${redisPort}`;
  }
  const hub = await startHub(port, dataDir, redisUrl);
  const edgePorts = Array.from({ length: edges }, (_, i) => port + 2 + i);
  const edgeProcesses: ChildProcess[] = [];
  for (const edgePort of edgePorts) edgeProcesses.push(await startEdge(edgePort, redisUrl ?? ''));
  const followerPorts = edges > 0 ? edgePorts : [port];
  const holders = (edges > 0 ? edgeProcesses : [hub]).map((p) => p.pid ?? 0);
  const everyPid = [hub, ...edgeProcesses].map((p) => p.pid ?? 0);
  const sumOf = (pids: number[], read: (pid: number) => number) =>
    pids.reduce((sum, pid) => sum + read(pid), 0);

  const chair = io(`http://127.0.0.1:${port}`, {
    auth: { roomId: 'cr4', role: 'chair', key: KEY },
    transports: ['websocket'],
  });
  await new Promise((resolve) => chair.once('connect', () => resolve(undefined)));
  const raw = rawFollower(followerPorts[0] ?? port);
  await sleep(1000);
  const rssBefore = sumOf(holders, rssKb);
  const workers = Array.from({ length: Math.ceil(n / CLIENTS_PER_WORKER) }, forkWorker);
  const urls = followerPorts.map((p) => `http://127.0.0.1:${p}`);
  const connectPerSecond = await connectClients(workers, 'hub', urls, n);
  await sleep(2000);
  const rssAfter = sumOf(holders, rssKb);

  const emit = (command: Record<string, unknown>) =>
    new Promise<CommandAck>((resolve) => chair.emit('command', command, resolve));
  // The demo opens on its opening segment (two speakers); the dialogue has the list to run.
  await emit({ type: 'startSegment', segmentId: 'seg-3' });
  await emit({ type: 'nextSpeaker', start: true });
  await sleep(1000);
  const sent = new Map<number, number>();
  let running = true;
  for (let i = 0; i < COMMANDS; i += 1) {
    const command = commandAt(i, running);
    running = runsAfter(command, running);
    const at = preciseNow();
    const ack = await emit(command);
    if (!ack.ok) throw new Error(`command ${i} refused: ${ack.error.message}`);
    sent.set(ack.version, at);
    await sleep(COMMAND_GAP_MS);
  }
  await sleep(1000);
  const { merged } = await collect(workers);
  const { values, missed } = delays(sent, merged, n);

  // A countdown runs untouched: nothing should go out but Socket.IO's own heartbeats.
  await emit({ type: 'nextSpeaker', start: true });
  await sleep(500);
  await Promise.all(workers.map((w) => ask(w, { kind: 'mark' }, 'marked')));
  const cpuBefore = sumOf(everyPid, cpuSeconds);
  await sleep(IDLE_SECONDS * 1000);
  const idleCpu = ((sumOf(everyPid, cpuSeconds) - cpuBefore) / IDLE_SECONDS) * 60;
  const idle = await collect(workers);

  const frames = [...raw.frames];
  const bytes = frames.slice(1, 1 + COMMANDS).map((f) => Buffer.byteLength(f));
  const hubCommandMs = await meanMs(port, 'rostrum_command_duration_seconds');
  const hubCommitMs = await meanMs(port, 'rostrum_commit_duration_seconds');
  for (const w of workers) w.send({ kind: 'close' } satisfies WorkerOrder);
  raw.close();
  chair.close();
  for (const p of [...edgeProcesses, hub]) p.kill('SIGTERM');
  await sleep(1500);
  for (const p of extra) p.kill('SIGTERM');
  await sleep(200);
  rmSync(dataDir, { recursive: true, force: true });
  return {
    frames: frames.slice(1, 1 + COMMANDS),
    run: summary(edges > 0 ? 'hub+2-edges' : 'hub', n, values, missed, {
      bytesPerChange: bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length),
      rssPerClientKb: (rssAfter - rssBefore) / n,
      connectPerSecond,
      idleCpuSecondsPerMinute: idleCpu,
      idleMessages: idle.sinceMark,
      hubCommandMs,
      hubCommitMs,
    }),
  };
}

/** The mean of a histogram on the hub's /metrics, in ms (its observations are seconds). */
async function meanMs(port: number, histogram: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const total = (suffix: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${histogram}_${suffix}`))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  return (total('sum') / Math.max(1, total('count'))) * 1000;
}

async function runBaseline(n: number, port: number, frames: string[]): Promise<Run> {
  const server = await startBaseline(port);
  const pid = server.pid ?? 0;
  await sleep(1000);
  const rssBefore = rssKb(pid);
  const workers = Array.from({ length: Math.ceil(n / CLIENTS_PER_WORKER) }, forkWorker);
  const connectPerSecond = await connectClients(
    workers,
    'ws-baseline',
    [`ws://127.0.0.1:${port}/`],
    n,
  );
  await sleep(2000);
  const rssAfter = rssKb(pid);
  const control = new WebSocket(`ws://127.0.0.1:${port}/control`);
  await new Promise((resolve) => control.once('open', resolve));
  const sent = new Map<number, number>();
  for (const frame of frames) {
    const version = Number(/"version":(\d+)/.exec(frame)?.[1]);
    sent.set(version, preciseNow());
    control.send(frame);
    await sleep(COMMAND_GAP_MS);
  }
  await sleep(1000);
  const { merged } = await collect(workers);
  const { values, missed } = delays(sent, merged, n);
  const stats = (await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as {
    totalMs: number;
    count: number;
  };
  for (const w of workers) w.send({ kind: 'close' } satisfies WorkerOrder);
  control.close();
  server.kill('SIGTERM');
  await sleep(1000);
  const bytes = frames.map((f) => Buffer.byteLength(f));
  return summary('ws-baseline', n, values, missed, {
    bytesPerChange: bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length),
    rssPerClientKb: (rssAfter - rssBefore) / n,
    connectPerSecond,
    idleCpuSecondsPerMinute: Number.NaN,
    idleMessages: 0,
    // The broadcast loop's own time: the counterpart of the hub's time per command.
    hubCommandMs: stats.totalMs / Math.max(1, stats.count),
    hubCommitMs: Number.NaN,
  });
}

function summary(
  server: ServerKind,
  clients: number,
  values: number[],
  missed: number,
  extra: Pick<
    Run,
    | 'bytesPerChange'
    | 'rssPerClientKb'
    | 'connectPerSecond'
    | 'idleCpuSecondsPerMinute'
    | 'idleMessages'
    | 'hubCommandMs'
    | 'hubCommitMs'
  >,
): Run {
  return {
    server,
    clients,
    p50Ms: round(quantile(values, 0.5)),
    p95Ms: round(quantile(values, 0.95)),
    p99Ms: round(quantile(values, 0.99)),
    maxMs: round(Math.max(...values)),
    bytesPerChange: round(extra.bytesPerChange),
    rssPerClientKb: round(extra.rssPerClientKb),
    connectPerSecond: round(extra.connectPerSecond, 0),
    idleCpuSecondsPerMinute: round(extra.idleCpuSecondsPerMinute, 2),
    idleMessages: extra.idleMessages,
    hubCommandMs: round(extra.hubCommandMs, 2),
    hubCommitMs: round(extra.hubCommitMs, 2),
    missed,
  };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs: Run[] = [];
const withEdges = redisAvailable();
if (!withEdges) console.log(`No redis-server here: the run with ${EDGES} edges is left out.`);
for (const n of sizes.length > 0 ? sizes : [1000, 5000, 10000]) {
  const port = 19000 + (n % 1000);
  const hub = await runHub(n, port, 0);
  runs.push(hub.run);
  runs.push(await runBaseline(n, port + 1, hub.frames));
  if (withEdges) runs.push((await runHub(n, port + 10, EDGES)).run);
  console.table(runs.filter((r) => r.clients === n));
}

/** The ratio of a run to the plain `ws` baseline with as many clients. */
const ratios = runs
  .filter((r) => r.server !== 'ws-baseline')
  .map((r) => {
    const base = runs.find((b) => b.server === 'ws-baseline' && b.clients === r.clients);
    return {
      server: r.server,
      clients: r.clients,
      p50Ratio: base ? round(r.p50Ms / base.p50Ms, 2) : Number.NaN,
      p99Ratio: base ? round(r.p99Ms / base.p99Ms, 2) : Number.NaN,
    };
  });
console.table(runs);
console.table(ratios);
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  memoryGb: round(totalmem() / 2 ** 30, 1),
  node: process.version,
  os: `${osType()} ${release()}`,
  date: new Date().toISOString(),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  `${JSON.stringify({ machine, runs, ratios }, null, 2)}\n`,
);
console.log('written bench/results/latest.json');
process.exit(0);
