// The processes a fan-out run starts: the hub, edge servers, the plain `ws` baseline, and a
// Redis of its own. Each is started on loopback and waited for until it says it is ready.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { redisServerArgs } from '../../tests/server/redis-process.ts';

export const KEY = 'bench-chair-key-0001';
export const REDIS_SERVER = '/usr/bin/redis-server';

/** Whether Redis is installed here, for the run with edges (Debian's redis-server). */
export const redisAvailable = () => existsSync(REDIS_SERVER);

/** Starts a process and resolves once a line of its output matches `ready`. */
function startUntil(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<ChildProcess> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${label} exited early (${code})`)));
  });
}

/** A Rostrum server (`server/main.ts`) on loopback, with the settings of its role. */
function startRostrum(label: string, port: number, settings: NodeJS.ProcessEnv) {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  const args = ['--import', 'tsx', 'server/main.ts'];
  return startUntil(label, process.execPath, args, { ...env, ...settings }, /listening/);
}

/** The hub, with a temporary data folder; with `redisUrl` it publishes for edges. */
export function startHub(port: number, dataDir: string, redisUrl?: string) {
  return startRostrum('hub', port, {
    DATA_DIR: dataDir,
    ROSTRUM_CHAIR_KEY: KEY,
    ...(redisUrl && { ROSTRUM_REDIS_URL: redisUrl }),
  });
}

/** An edge server, serving followers from what the hub publishes through Redis. */
export function startEdge(port: number, redisUrl: string) {
  return startRostrum('edge', port, { ROSTRUM_ROLE: 'edge', ROSTRUM_REDIS_URL: redisUrl });
}

/** The plain `ws` broadcast server of the baseline. */
export function startBaseline(port: number) {
  return startUntil(
    'ws-baseline',
    process.execPath,
    ['--import', 'tsx', 'bench/fanout/baseline-server.ts'],
    { ...process.env, PORT: String(port) },
    /listening/,
  );
}

/** A Redis of the run's own, in memory only. */
export function startRedis(port: number, dir: string) {
  return startUntil(
    'redis-server',
    REDIS_SERVER,
    redisServerArgs(port, dir),
    process.env,
    /Ready to accept connections/,
  );
}
