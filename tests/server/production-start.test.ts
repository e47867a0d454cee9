// The production start (issue 15): `npm run build` emits the server as JavaScript that plain
// node runs, `npm start` runs that build (no tsx, no TypeScript at run time) after building what
// is missing or stale, and a port already taken is one line and a non-zero exit. How `npm start`
// stops is tests/server/npm-start.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { createHarness, within } from './harness.ts';
import { freePort, REPO_ROOT, type Exit } from './hub-process.ts';
import {
  alive,
  BUILT_HUB,
  buildIfStale,
  npmStart,
  processTree,
  runNpmStart,
  START_WAIT_MS,
} from './npm-start-process.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

beforeAll(buildIfStale, 60_000);

/** A start that builds the client and the server first (7 s alone, 30 s on a busy machine). */
const BUILDING_START_WAIT_MS = 90_000;

/** Holds `port` of 127.0.0.1, as a hub left running would, until cleanup. */
async function occupy(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  harness.onCleanup(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return server;
}

/** True once `port` of 127.0.0.1 can be bound again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The built hub run with plain node, nothing preloaded; resolves once it listens. */
async function runBuiltHub(port: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [BUILT_HUB], {
    cwd: REPO_ROOT,
    env: { ...env, DATA_DIR: path.join(harness.tempDir(), 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  harness.onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

it('builds the server into JavaScript whose every relative import is a .js file of the build', () => {
  const dir = path.join(REPO_ROOT, 'dist/server');
  const files = filesUnder(dir);
  expect(files).toContain(path.join('server', 'main.js'));
  expect(files.some((file) => file.startsWith(`shared${path.sep}`))).toBe(true);
  expect(files.filter((file) => !file.endsWith('.js'))).toEqual([]);
  const unresolved: string[] = [];
  for (const file of files) {
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const [, specifier = ''] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']*)["']/g)) {
      const target = path.resolve(path.dirname(path.join(dir, file)), specifier);
      if (!specifier.endsWith('.js') || !existsSync(target))
        unresolved.push(`${file}: ${specifier}`);
    }
  }
  expect(unresolved).toEqual([]);
});

it('runs the built server with plain node: it serves /healthz and the client, and stops on SIGTERM', async () => {
  const port = await freePort();
  const hub = await runBuiltHub(port);
  await within(
    until(
      'listening',
      () => hub.stdout().includes(`listening on http://127.0.0.1:${port}`),
      15_000,
    ),
    `the built hub\n${hub.stdout()}\n${hub.stderr()}`,
    16_000,
  );
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, rooms: 1, store: { ok: true } });
  // The client is found from the build too (dist/client, two folders above dist/server/server).
  const page = await fetch(`http://127.0.0.1:${port}/display/cr4`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');

  hub.child.kill('SIGTERM');
  expect(await within(hub.exited, 'the built hub exiting', 15_000)).toEqual({
    code: 0,
    signal: null,
  });
  expect(await portIsFree(port)).toBe(true);
  expect(hub.stderr()).toBe('');
});

it(
  'runs no tsx and no TypeScript under npm start: the hub is node with the built file',
  async () => {
    const started = await npmStart(harness, { DATA_DIR: path.join(harness.tempDir(), 'data') });
    const tree = processTree(started.npm.pid ?? 0);
    const hub = tree.find((info) => info.pid === started.hubPid);
    expect(hub?.argv).toEqual([process.execPath, BUILT_HUB]);
    const commands = tree.map((info) => info.argv.join(' '));
    expect(commands.filter((command) => /tsx|typescript|\.ts\b/.test(command))).toEqual([]);
    // Nothing preloaded through the environment either.
    const environ = readFileSync(`/proc/${started.hubPid}/environ`, 'utf8').split('\0');
    expect(environ.filter((v) => v.startsWith('NODE_OPTIONS=') && /tsx/.test(v))).toEqual([]);

    process.kill(started.npm.pid ?? 0, 'SIGTERM');
    expect(await within(started.exited, `npm exiting\n${started.output()}`, 20_000)).toEqual({
      code: 0,
      signal: null,
    });
    await until('the hub gone', () => !alive(started.hubPid), 5_000);
    expect(await portIsFree(started.port)).toBe(true);
  },
  START_WAIT_MS + 30_000,
);

/** The lines `npm start` printed, less npm's own banner (`> rostrum@… start`, `> exec …`). */
function launcherLines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
}

it(
  'says in one line that the port is in use, and exits non-zero (plain node and npm start)',
  async () => {
    const port = await freePort();
    await occupy(port);
    const expected = `Cannot listen: port ${port} on 127.0.0.1 is already in use`;

    const hub = await runBuiltHub(port);
    expect((await within(hub.exited, 'the built hub exiting', 15_000)).code).toBe(1);
    expect(hub.stderr().trimEnd().split('\n')).toEqual([expect.stringContaining(expected)]);
    expect(hub.stdout()).not.toMatch(/\n\s+at /);

    const npm = runNpmStart(harness, {
      PORT: String(port),
      DATA_DIR: path.join(harness.tempDir(), 'data'),
    });
    expect(await within(npm.exited, `npm start\n${npm.output()}`, START_WAIT_MS)).toEqual({
      code: 1,
      signal: null,
    });
    const lines = launcherLines(npm.output());
    expect(lines, npm.output()).toEqual([
      `${expected} (another Rostrum hub, or another program). Stop it, or choose another port: PORT=<port> npm start.`,
    ]);
  },
  START_WAIT_MS + 20_000,
);

/** `npm start -- ARGS` run to its end in `cwd`, its output and exit code. */
function npmStartSync(cwd: string, args: string[]) {
  const run = spawnSync('npm', ['start', '--', ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

it(
  'on a fresh checkout, npm start builds the client and the server, then only what is stale',
  async () => {
    // The sources as a fresh clone has them, with no dist/ (node_modules shared, as npm install).
    const copy = path.join(harness.tempDir(), 'rostrum');
    for (const entry of [
      'package.json',
      'tsconfig.json',
      'tsconfig.server.json',
      'vite.config.ts',
      'client',
      'server',
      'shared',
      'scripts',
    ]) {
      cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'));

    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await npmStart(harness, { DATA_DIR: dataDir }, copy, BUILDING_START_WAIT_MS);
    expect(first.output()).toContain('Building the client…');
    expect(first.output()).toContain('Building the server…');
    const tree = processTree(first.npm.pid ?? 0);
    expect(tree.find((info) => info.pid === first.hubPid)?.argv).toEqual([
      process.execPath,
      path.join(copy, 'dist/server/server/main.js'),
    ]);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${first.url}/follow/cr4`)).status).toBe(200);
    process.kill(-(first.npm.pid ?? 0), 'SIGINT');
    expect(await within(first.exited, `npm exiting\n${first.output()}`, 20_000)).toEqual({
      code: 0,
      signal: null,
    });

    // A change to the server: the server is built again, not the client.
    const config = path.join(copy, 'server/config.ts');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('Rostrum hub: live', 'Rostrum hub (changed): live'),
    );
    const changed = npmStartSync(copy, ['--help']);
    expect(changed.code, changed.output).toBe(0);
    expect(changed.output).toContain('Building the server…');
    expect(changed.output).not.toContain('Building the client…');
    expect(changed.output).toContain('Rostrum hub (changed): live');

    // Nothing changed: nothing built.
    const again = npmStartSync(copy, ['--help']);
    expect(again.code, again.output).toBe(0);
    expect(again.output).not.toContain('Building');
  },
  BUILDING_START_WAIT_MS + 60_000,
);
