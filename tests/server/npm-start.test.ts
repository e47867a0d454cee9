// `npm start` as a meeting room runs it, stopped each way it can be (issue 21): a signal to the
// whole process group (Ctrl-C in a terminal, systemd's default KillMode), to npm alone (a
// container's first process, a supervisor), and to the hub alone. Each time the wall is told
// (`closing`), the command in flight lands, npm exits 0, nothing of the group is left and the
// port is free. Figures go to .tmp/reliability/npm-start.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { createHarness, sendCommand, within } from './harness.ts';
import { alive, buildIfStale, npmStart as startNpm, START_WAIT_MS } from './npm-start-process.ts';
import { until } from './waiting.ts';
import { slowCommand } from './slow-command.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';
const figures: Record<string, { toldMs: number; exitedMs: number }> = {};

// CI builds before the tests; `npm start` would build what is stale too, but not within a test.
beforeAll(buildIfStale, 60_000);

/** `npm start` on a free port of 127.0.0.1 over a new data folder, once its hub listens. */
async function npmStart() {
  const dataDir = path.join(harness.tempDir(), 'data');
  const started = await startNpm(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
  return { ...started, dataDir };
}

/** Resolves once `port` of 127.0.0.1 can be bound, i.e. nobody holds it any more. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

type Target = 'group' | 'npm' | 'hub';

it.each<[string, Target, NodeJS.Signals]>([
  ['the process group, SIGINT (Ctrl-C)', 'group', 'SIGINT'],
  ['the process group, SIGTERM (systemd)', 'group', 'SIGTERM'],
  ['npm alone, SIGTERM (a container, a supervisor)', 'npm', 'SIGTERM'],
  ['npm alone, SIGINT', 'npm', 'SIGINT'],
  ['the hub alone, SIGTERM', 'hub', 'SIGTERM'],
  // npm itself gone: the launcher finds itself orphaned and stops the hub (nobody is left to read
  // an exit code; npm's own is the signal's).
  ['npm alone, SIGKILL', 'npm', 'SIGKILL'],
])(
  'npm start stops cleanly when %s is signalled',
  async (what, target, signal) => {
    const started = await npmStart();
    const display = await harness.connect(started, { roomId: 'cr4', role: 'display' });
    const chair = await harness.connect(started, { roomId: 'cr4', role: 'chair', key: KEY });
    const told: string[] = [];
    display.socket.on('closing', () => told.push('display'));
    chair.socket.on('closing', () => told.push('chair'));
    expect(await sendCommand(chair.socket, { type: 'nextSpeaker', start: true })).toEqual({
      ok: true,
      version: 1,
    });

    // A command on its way (headers in, body not yet) when the stop comes.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const inFlight = slowCommand(
      started.url,
      { type: 'announce', text: 'The meeting resumes at 15:00.' },
      released,
      KEY,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const pgid = started.npm.pid ?? 0;
    const stopAt = performance.now();
    if (target === 'group') process.kill(-pgid, signal);
    else if (target === 'npm') process.kill(pgid, signal);
    else process.kill(started.hubPid, signal);

    await until('both clients told', () => told.length === 2, 5_000);
    const toldMs = Math.round(performance.now() - stopAt);
    release();
    expect(await inFlight).toMatchObject({ status: 200, body: { ok: true, version: 2 } });
    expect(await within(started.exited, `npm exiting\n${started.output()}`, 20_000)).toEqual(
      signal === 'SIGKILL' ? { code: null, signal } : { code: 0, signal: null },
    );
    await until('the hub gone', () => !alive(started.hubPid), 5_000);
    const exitedMs = Math.round(performance.now() - stopAt);
    // The launcher went too (an orphan is reaped by whoever adopted it, so this may take longer).
    await until('nothing of the group left', () => !alive(-pgid), 5_000);
    expect(await portIsFree(started.port)).toBe(true);
    expect(started.output()).not.toMatch(/"level":50|stop failed|giving up/);
    // Closed to the end, the store included (SQLite folded its write-ahead log back in).
    expect(started.output()).toContain('"msg":"hub closed"');
    expect(existsSync(path.join(started.dataDir, 'rostrum.db-wal'))).toBe(false);

    const store = openSqliteStore(started.dataDir);
    try {
      expect(store.journal('cr4').map((e) => [e.version, e.type])).toEqual([
        [1, 'nextSpeaker'],
        [2, 'announce'],
      ]);
    } finally {
      store.close();
    }
    figures[what] = { toldMs, exitedMs };
  },
  START_WAIT_MS + 30_000,
);

it('closes the store before exiting with no client connected', async () => {
  // Nothing left to keep the event loop alive while the hub closes: it used to run empty and
  // end the process (code 0) before the store was closed.
  const started = await npmStart();
  process.kill(-(started.npm.pid ?? 0), 'SIGTERM');
  expect(await within(started.exited, `npm exiting\n${started.output()}`, 20_000)).toEqual({
    code: 0,
    signal: null,
  });
  expect(started.output()).toContain('"msg":"hub closed"');
});

it('wrote its figures', () => {
  const dir = path.resolve('.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'npm-start.json'), JSON.stringify(figures, null, 2));
});
