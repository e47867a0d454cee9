// `npm start` in a child process, as a meeting room runs it: its own process group (as a terminal
// or a service manager gives it), its output kept, killed whole at cleanup. And what a test needs
// to look at it: the build it runs, its processes, whether they are still there.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness.ts';
import { within } from './harness.ts';
import { REPO_ROOT, type Exit } from './hub-process.ts';

/** npm, the launcher and the hub on a shared machine (a build too, if stale). */
export const START_WAIT_MS = 30_000;

/** The built hub, as `npm start` runs it (scripts/build.mjs). */
export const BUILT_HUB = path.join(REPO_ROOT, 'dist/server/server/main.js');

/** Builds the client and the server in the repository if missing or stale, as `npm start` would. */
export function buildIfStale(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The build failed.\n${build.stdout}\n${build.stderr}`);
}

/** A running (or ended) `npm start`. */
export interface NpmRun {
  npm: ChildProcess;
  output(): string;
  exited: Promise<Exit>;
}

/** An `npm start` whose hub listens. */
export interface NpmStart extends NpmRun {
  port: number;
  hubPid: number;
  url: string;
}

/** True while process `pid` (or, negative, any process of that group) is there. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `npm start` in `cwd` in a process group of its own; `env` is added to this one's. */
export function runNpmStart(
  harness: Pick<Harness, 'onCleanup'>,
  env: Record<string, string>,
  cwd = REPO_ROOT,
): NpmRun {
  const npm = spawn('npm', ['start'], {
    cwd,
    detached: true,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = npm.pid ?? 0;
  let output = '';
  npm.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  npm.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<Exit>((resolve) => {
    npm.once('exit', (code, signal) => resolve({ code, signal }));
  });
  harness.onCleanup(async () => {
    if (alive(-pgid)) process.kill(-pgid, 'SIGKILL');
    await exited;
  });
  return { npm, output: () => output, exited };
}

/**
 * Runs `npm start` (see runNpmStart) on a free port, and waits until the hub listens (up to
 * `waitMs`: give a start that builds the client and the server more).
 */
export async function npmStart(
  harness: Pick<Harness, 'onCleanup'>,
  env: Record<string, string>,
  cwd = REPO_ROOT,
  waitMs = START_WAIT_MS,
): Promise<NpmStart> {
  const run = runNpmStart(harness, { PORT: '0', ...env }, cwd);
  const started = async () => {
    while (!/"msg":"hub started"/.test(run.output()) || !/listening on http/.test(run.output())) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await within(
    Promise.race([
      started(),
      run.exited.then((exit) => Promise.reject(new Error(`npm exited: ${JSON.stringify(exit)}`))),
    ]),
    `npm start\n${run.output()}`,
    waitMs,
  );
  const line =
    run
      .output()
      .split('\n')
      .find((l) => l.includes('"hub started"')) ?? '';
  const { port, pid } = JSON.parse(line) as { port: number; pid: number };
  return { ...run, port, hubPid: pid, url: `http://127.0.0.1:${port}` };
}

/** A process of this machine: its parent and its command line (from /proc). */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  argv: string[];
}

/** Process `pid` as /proc shows it, or undefined if it is gone. */
function processInfo(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold anything: the fields follow the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { pid, ppid, argv };
  } catch {
    return undefined;
  }
}

/** `pid` and every process below it, from /proc. */
export function processTree(pid: number): ProcessInfo[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => processInfo(Number(name)))
    .filter((info) => info !== undefined);
  const tree = all.filter((info) => info.pid === pid);
  for (let i = 0; i < tree.length; i += 1) {
    const parent = tree[i]?.pid;
    tree.push(...all.filter((info) => info.ppid === parent));
  }
  return tree;
}
