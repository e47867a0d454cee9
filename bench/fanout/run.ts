// The fan-out benchmark (npm run bench): how fast does a chair's command reach every follower?
// For each N, the hub runs as a child process on loopback with a temporary data folder; N
// followers connect from several worker processes; a chair sends a series of commands over its
// socket; each command's delay is the time until the LAST follower has it. Then a plain `ws`
// server broadcasts the very same frames to N plain WebSockets: the baseline.
//
//   npm run bench -- [N ...]          (default 1000 5000 10000)
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, type as osType, release } from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import type { CommandAck } from '../../shared/protocol.ts';
import type { WorkerOrder, WorkerReply } from './client-worker.ts';
import { cpuSeconds, preciseNow, quantile, round, rssKb } from './measure.ts';

const CLIENTS_PER_WORKER = 2500;
const COMMANDS = 40;
const COMMAND_GAP_MS = 300;
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 20);
const KEY = 'bench-chair-key-0001';

interface Run {
  server: 'hub' | 'ws-baseline';
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
  missed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server process and waits for its "listening" line; resolves with its port. */
function startServer(server: Run['server'], port: number, dataDir: string): Promise<ChildProcess> {
  const script = server === 'hub' ? 'server/main.ts' : 'bench/fanout/baseline-server.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ROSTRUM_CHAIR_KEY: KEY,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/listening/.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${server} exited early (${code})`)));
  });
}

function forkWorker(): ChildProcess {
  return fork(path.resolve('bench/fanout/client-worker.ts'), [], {
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

async function connectClients(
  workers: ChildProcess[],
  server: Run['server'],
  url: string,
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
          url,
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

async function runHub(n: number, port: number): Promise<{ run: Run; frames: string[] }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rostrum-bench-'));
  const hub = await startServer('hub', port, dataDir);
  const pid = hub.pid ?? 0;
  const url = `http://127.0.0.1:${port}`;
  const chair = io(url, {
    auth: { roomId: 'cr4', role: 'chair', key: KEY },
    transports: ['websocket'],
  });
  await new Promise((resolve) => chair.once('connect', () => resolve(undefined)));
  const raw = rawFollower(port);
  await sleep(1000);
  const rssBefore = rssKb(pid);
  const workers = Array.from({ length: Math.ceil(n / CLIENTS_PER_WORKER) }, forkWorker);
  const connectPerSecond = await connectClients(workers, 'hub', url, n);
  await sleep(2000);
  const rssAfter = rssKb(pid);

  const emit = (command: Record<string, unknown>) =>
    new Promise<CommandAck>((resolve) => chair.emit('command', command, resolve));
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
  const cpuBefore = cpuSeconds(pid);
  await sleep(IDLE_SECONDS * 1000);
  const idleCpu = ((cpuSeconds(pid) - cpuBefore) / IDLE_SECONDS) * 60;
  const idle = await collect(workers);

  const frames = [...raw.frames];
  const bytes = frames.slice(1, 1 + COMMANDS).map((f) => Buffer.byteLength(f));
  for (const w of workers) w.send({ kind: 'close' } satisfies WorkerOrder);
  raw.close();
  chair.close();
  hub.kill('SIGTERM');
  await sleep(1500);
  rmSync(dataDir, { recursive: true, force: true });
  return {
    frames: frames.slice(1, 1 + COMMANDS),
    run: summary('hub', n, values, missed, {
      bytesPerChange: bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length),
      rssPerClientKb: (rssAfter - rssBefore) / n,
      connectPerSecond,
      idleCpuSecondsPerMinute: idleCpu,
      idleMessages: idle.sinceMark,
    }),
  };
}

async function runBaseline(n: number, port: number, frames: string[]): Promise<Run> {
  const server = await startServer('ws-baseline', port, tmpdir());
  const pid = server.pid ?? 0;
  await sleep(1000);
  const rssBefore = rssKb(pid);
  const workers = Array.from({ length: Math.ceil(n / CLIENTS_PER_WORKER) }, forkWorker);
  const connectPerSecond = await connectClients(
    workers,
    'ws-baseline',
    `ws://127.0.0.1:${port}/`,
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
  });
}

function summary(
  server: Run['server'],
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
    missed,
  };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs: Run[] = [];
for (const n of sizes.length > 0 ? sizes : [1000, 5000, 10000]) {
  const port = 19000 + (n % 1000);
  const hub = await runHub(n, port);
  runs.push(hub.run);
  runs.push(await runBaseline(n, port + 1, hub.frames));
  console.table(runs.slice(-2));
}

const byN = new Map<number, Run[]>();
for (const r of runs) byN.set(r.clients, [...(byN.get(r.clients) ?? []), r]);
const ratios = [...byN].map(([clients, [hub, base]]) => ({
  clients,
  p50Ratio: hub && base ? round(hub.p50Ms / base.p50Ms, 2) : Number.NaN,
  p99Ratio: hub && base ? round(hub.p99Ms / base.p99Ms, 2) : Number.NaN,
}));
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
