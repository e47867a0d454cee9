// One load-generating process of the fan-out benchmark: it holds a few thousand follower
// connections (Socket.IO to the hub, or plain WebSockets to the baseline) and notes when each
// change reaches each of them. Spreading clients over processes keeps this process's own delay
// out of the hub's figures.
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { RoomChanged } from '../../shared/protocol.ts';
import { preciseNow } from './measure.ts';

export type WorkerOrder =
  | { kind: 'connect'; server: 'hub' | 'ws-baseline'; url: string; count: number }
  | { kind: 'mark' }
  | { kind: 'report' }
  | { kind: 'close' };

export type WorkerReply =
  | { kind: 'connected'; count: number; failed: number }
  | { kind: 'marked' }
  | {
      kind: 'report';
      arrivals: Record<string, { count: number; last: number }>;
      sinceMark: number;
    };

const send = (reply: WorkerReply) => process.send?.(reply);

/** Per change (its version): how many clients got it, and when the last one did. */
const arrivals = new Map<number, { count: number; last: number }>();
let messagesSinceMark = 0;
const closers: (() => void)[] = [];

function arrived(version: number): void {
  const now = preciseNow();
  const entry = arrivals.get(version);
  if (entry) {
    entry.count += 1;
    entry.last = Math.max(entry.last, now);
  } else {
    arrivals.set(version, { count: 1, last: now });
  }
  messagesSinceMark += 1;
}

/** Phones sharing one address, as behind a venue's NAT: well under the hub's cap of 200. */
const CLIENTS_PER_ADDRESS = 50;

/**
 * The loopback address of the `index`-th client of this process: a crowd of phones comes from
 * many addresses (127.x.y.z are all this machine), so the hub's per-address cap stays on. Each
 * process has its own second byte (its index among the workers, its first argument), so two
 * processes never share an address.
 */
function loopbackAddress(index: number): string {
  const group = Math.floor(index / CLIENTS_PER_ADDRESS);
  return `127.${(WORKER_INDEX % 250) + 1}.${Math.floor(group / 250)}.${(group % 250) + 1}`;
}
const WORKER_INDEX = Number(process.argv[2] ?? 0) || 0;

let hubClients = 0;

function connectHubClient(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    // engine.io-client hands localAddress to Node's ws (it is not in its own option types).
    const options = {
      auth: { roomId: 'cr4', role: 'follower' },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 60_000,
      localAddress: loopbackAddress(hubClients++),
    };
    const socket: Socket = io(url, options);
    socket.on('changed', (change: RoomChanged) => arrived(change.version));
    socket.on('snapshot', () => undefined);
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
    closers.push(() => socket.close());
  });
}

function connectBaselineClient(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('message', (data) => {
      // The same bytes as the hub's change frame (42["changed",{...}]), parsed as a client would.
      const parsed: unknown = JSON.parse(data.toString().replace(/^\d+/, ''));
      const version =
        Array.isArray(parsed) && typeof parsed[1] === 'object' && parsed[1] !== null
          ? Number((parsed[1] as { version?: unknown }).version)
          : Number.NaN;
      arrived(version);
    });
    ws.once('open', () => resolve(true));
    ws.once('error', () => resolve(false));
    closers.push(() => ws.terminate());
  });
}

/** Opens `count` connections, a batch at a time, as a crowd of phones joining would. */
async function connectAll(order: Extract<WorkerOrder, { kind: 'connect' }>): Promise<void> {
  const connect = order.server === 'hub' ? connectHubClient : connectBaselineClient;
  let failed = 0;
  const batch = 100;
  for (let i = 0; i < order.count; i += batch) {
    const size = Math.min(batch, order.count - i);
    const results = await Promise.all(Array.from({ length: size }, () => connect(order.url)));
    failed += results.filter((ok) => !ok).length;
  }
  send({ kind: 'connected', count: order.count - failed, failed });
}

process.on('message', (order: WorkerOrder) => {
  switch (order.kind) {
    case 'connect':
      void connectAll(order);
      break;
    case 'mark':
      messagesSinceMark = 0;
      send({ kind: 'marked' });
      break;
    case 'report':
      send({
        kind: 'report',
        arrivals: Object.fromEntries([...arrivals].map(([v, a]) => [String(v), a])),
        sinceMark: messagesSinceMark,
      });
      break;
    case 'close':
      for (const close of closers) close();
      setTimeout(() => process.exit(0), 200);
      break;
    default: {
      const unknown: never = order;
      throw new Error(`Unknown order ${JSON.stringify(unknown)}`);
    }
  }
});
