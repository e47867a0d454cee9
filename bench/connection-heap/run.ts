// What one connected follower costs the hub in heap after full garbage collections (steadier
// than RSS), with and without dropping the handshake request, alternating, each twice.
//
//   npm run bench:connection-heap -- [clients]      (default 4000)
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { WorkerOrder, WorkerReply } from '../fanout/client-worker.ts';
import type { HubReport } from './hub.ts';

const CLIENTS = Number(process.argv[2] ?? 4000);
const WORKERS = 2;
const PORT = 19777;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function next<Reply>(child: ChildProcess, accept: (reply: Reply) => boolean): Promise<Reply> {
  return new Promise((resolve) => {
    const onMessage = (reply: Reply) => {
      if (!accept(reply)) return;
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
  });
}

async function memory(hub: ChildProcess) {
  const reply = next<HubReport>(hub, (r) => r.kind === 'memory');
  hub.send('measure');
  const report = await reply;
  if (report.kind !== 'memory') throw new Error('no memory report');
  return report;
}

async function once(release: boolean) {
  const hub = fork(path.resolve('bench/connection-heap/hub.ts'), [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: {
      ...process.env,
      PORT: String(PORT),
      RELEASE_REQUEST: release ? '1' : '0',
      LOG_LEVEL: 'warn',
    },
  });
  await next<HubReport>(hub, (r) => r.kind === 'ready');
  const before = await memory(hub);
  const workers = Array.from({ length: WORKERS }, (_, index) =>
    fork(path.resolve('bench/fanout/client-worker.ts'), [String(index)], {
      execArgv: ['--import', 'tsx'],
    }),
  );
  await Promise.all(
    workers.map((worker) => {
      const connected = next<WorkerReply>(worker, (r) => r.kind === 'connected');
      const order: WorkerOrder = {
        kind: 'connect',
        server: 'hub',
        url: `http://127.0.0.1:${PORT}`,
        count: CLIENTS / WORKERS,
      };
      worker.send(order);
      return connected;
    }),
  );
  await sleep(2000);
  const after = await memory(hub);
  for (const worker of workers) worker.send({ kind: 'close' } satisfies WorkerOrder);
  await sleep(500);
  hub.kill('SIGKILL');
  await sleep(500);
  const perClientKb = (bytes: number) => Number((bytes / CLIENTS / 1024).toFixed(2));
  return {
    releaseRequest: release,
    clients: CLIENTS,
    heapPerClientKb: perClientKb(after.heapBytes - before.heapBytes),
    rssPerClientKb: perClientKb(after.rssBytes - before.rssBytes),
  };
}

const rows = [];
for (const release of [false, true, false, true]) rows.push(await once(release));
console.table(rows);
process.exit(0);
