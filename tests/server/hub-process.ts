// The hub process from its sources, as `npm run hub` runs it (`node --import tsx server/main.ts`)
// in a child process, configured by its environment and arguments: the same code a meeting room
// runs built (`npm start`, tested in npm-start.test.ts and production-start.test.ts). Every
// process started here is killed at cleanup.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Harness, HubAddress } from './harness.ts';

/** What a hub process needs of the harness: a way to be killed at cleanup. */
export type Cleanup = Pick<Harness, 'onCleanup'>;

/** The repository root, where `server/main.ts` is. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How long a hub process may take to start or to stop (tsx compiles on the fly). */
const PROCESS_WAIT_MS = 15_000;

/** How a process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A hub process: what it printed so far and how it ended. */
export interface HubProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<Exit>;
}

/** A running hub process with its address. */
export interface ListeningHub extends HubProcess, HubAddress {}

/** A port that was free a moment ago, found by letting the system pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `server/main.ts` with `args`; `env` is added to this process's environment. */
export function runHub(
  harness: Cleanup,
  args: string[],
  env: Record<string, string | undefined>,
): HubProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  harness.onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves with how the process ended, failing if it runs on past the wait. */
export function exitOf(hub: HubProcess): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The hub did not exit.\n${hub.stdout()}\n${hub.stderr()}`)),
      PROCESS_WAIT_MS,
    );
    void hub.exited.then((exit) => {
      clearTimeout(timer);
      resolve(exit);
    });
  });
}

/**
 * Starts a hub on 127.0.0.1 (on `port`, else a free one) and waits until it says it is listening.
 */
export async function startHubProcess(
  harness: Cleanup,
  env: { DATA_DIR: string; ROSTRUM_CHAIR_KEY?: string } & Record<string, string | undefined>,
  args: string[] = [],
  port?: number,
): Promise<ListeningHub> {
  port ??= await freePort();
  const hub = runHub(harness, args, { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not start in time'), PROCESS_WAIT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      reject(new Error(`The hub ${why}.\nstdout: ${hub.stdout()}\nstderr: ${hub.stderr()}`));
    }
    const onData = () => {
      if (!hub.stdout().includes(`listening on ${url}`)) return;
      clearTimeout(timer);
      hub.child.stdout?.off('data', onData);
      resolve();
    };
    hub.child.stdout?.on('data', onData);
    void hub.exited.then((exit) => fail(`exited early (${JSON.stringify(exit)})`));
  });
  return { ...hub, url };
}
