// A TCP proxy on loopback between clients and a hub, to make the network misbehave on purpose:
// add latency (each chunk delayed, in order, per direction), cut every connection and refuse new
// ones (a cable pulled), or go silent while connections stay open (Wi-Fi lost, no FIN), then
// come back.
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'open' | 'cut' | 'silent';

export interface TcpProxy {
  /** http://127.0.0.1:<port> of the proxy: give it to clients instead of the hub's. */
  url: string;
  /** Delays each chunk by a random time from `minMs` to `maxMs`, each way; null for none. */
  latency(range: { minMs: number; maxMs: number } | null): void;
  /** Closes every connection now and refuses new ones until `restore`. */
  cut(): void;
  /** Forwards nothing, either way, and closes nothing, until `restore`. */
  silence(): void;
  /** Back to normal; connections left hanging by `silence` are closed, so clients retry at once. */
  restore(): void;
  /** Connections through the proxy now. */
  connections(): number;
  close(): Promise<void>;
}

/** A proxy on a free port of 127.0.0.1 to the hub at `target`. */
export async function startProxy(
  target: string,
  random: () => number = Math.random,
): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  let mode: ProxyMode = 'open';
  let delay: { minMs: number; maxMs: number } | null = null;
  const pairs = new Set<[Socket, Socket]>();

  /** Copies `from` to `to`, through the current latency and mode, keeping the order of chunks. */
  function forward(from: Socket, to: Socket): void {
    let lastRelease = 0;
    from.on('data', (chunk) => {
      if (mode === 'silent') return;
      if (!delay) {
        to.write(chunk);
        return;
      }
      const wait = delay.minMs + random() * (delay.maxMs - delay.minMs);
      const releaseAt = Math.max(lastRelease, performance.now() + wait);
      lastRelease = releaseAt;
      setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
      }, releaseAt - performance.now());
    });
  }

  const server: Server = createServer((client) => {
    if (mode !== 'open') {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) {
      socket.setNoDelay(true);
      socket.on('error', end);
      socket.on('close', end);
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxyPort = (server.address() as AddressInfo).port;

  const destroyAll = () => {
    for (const [client, upstream] of [...pairs]) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };

  return {
    url: `http://127.0.0.1:${proxyPort}`,
    latency(range) {
      delay = range;
    },
    cut() {
      mode = 'cut';
      destroyAll();
    },
    silence() {
      mode = 'silent';
    },
    restore() {
      if (mode === 'silent') destroyAll();
      mode = 'open';
    },
    connections: () => pairs.size,
    close() {
      destroyAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
