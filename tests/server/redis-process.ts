// A real Redis for the tests that need one: Debian's redis-server on a free loopback port, with
// a temporary folder and nothing saved, started and stopped by the test (no system service).
import { spawn, type ChildProcess } from 'node:child_process';
import type { Harness } from './harness.ts';
import { freePort } from './hub-process.ts';

/** Where redis-server is (REDIS_SERVER to use another). */
const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';
const START_WAIT_MS = 10_000;

/** A Redis on loopback `port` that keeps nothing: no snapshots, no append-only file. */
export function redisServerArgs(port: number, dir: string): string[] {
  return [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ];
}

export interface TestRedis {
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  /** Kills the server (SIGKILL: Redis gone at once, as in a crash); resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty; resolves once it accepts connections. */
  start(): Promise<void>;
}

/** Starts a Redis for this test file; the harness stops it at cleanup. */
export async function startRedis(
  harness: Pick<Harness, 'tempDir' | 'onCleanup'>,
): Promise<TestRedis> {
  const port = await freePort();
  const dir = harness.tempDir();
  let child: ChildProcess | undefined;

  function start(): Promise<void> {
    const server = spawn(REDIS_SERVER, redisServerArgs(port, dir), {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail('did not start in time'), START_WAIT_MS);
      function fail(why: string) {
        clearTimeout(timer);
        reject(new Error(`redis-server ${why} (is Debian's redis-server installed?)\n${output}`));
      }
      server.once('error', (error) => fail(error.message));
      server.once('exit', (code) => fail(`exited (${code})`));
      server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (!output.includes('Ready to accept connections')) return;
        clearTimeout(timer);
        server.removeAllListeners('exit');
        resolve();
      });
    });
  }

  async function kill(): Promise<void> {
    const server = child;
    child = undefined;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    server.kill('SIGKILL');
    await exited;
  }

  await start();
  harness.onCleanup(kill);
  return { port, url: `redis://127.0.0.1:${port}`, kill, start };
}
