// A hub process asked to stop (SIGTERM: a restart, a laptop shutting down): the request in flight
// is finished and answered, every client is told (`closing`) before its connection closes, the
// process exits 0 with its database closed cleanly, and the clients find the next hub on the same
// address by themselves. Figures go to .tmp/reliability/shutdown.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import { connectToRoom } from '../../client/connection/room-connection.ts';
import { createLiveRoom, type LiveRoom } from '../../client/store/live-room.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Role } from '../../shared/protocol.ts';
import { createHarness, postCommand, type ClientSocket } from './harness.ts';
import { exitOf, freePort, startHubProcess } from './hub-process.ts';
import { until } from './waiting.ts';
import { slowCommand } from './slow-command.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';

it('SIGTERM: the command in flight lands, clients are told, exit 0; they rejoin the next hub', async () => {
  const dataDir = path.join(harness.tempDir(), 'data');
  const port = await freePort();
  const env = { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY };
  const first = await startHubProcess(harness, env, [], port);

  // A plain Socket.IO client, to see the order of events, and the bundled client's connection
  // module as the display, the phone and the console use it.
  const raw: ClientSocket = io(first.url, {
    auth: { roomId: 'cr4', role: 'display' },
    transports: ['websocket'],
  });
  harness.onCleanup(() => void raw.close());
  const events: string[] = [];
  raw.on('closing', () => events.push('closing'));
  raw.on('disconnect', (reason) => events.push(`disconnect: ${reason}`));
  raw.on('snapshot', (snapshot) => events.push(`snapshot v${snapshot.version}`));
  const stores: LiveRoom[] = (['display', 'follower', 'chair'] as Role[]).map((role) => {
    const store = createLiveRoom();
    const connection = connectToRoom({
      store,
      roomId: 'cr4',
      role,
      url: first.url,
      ...(role === 'chair' && { key: KEY }),
    });
    harness.onCleanup(() => connection.close());
    return store;
  });
  const allAt = (version: number) => () =>
    stores.every(
      (s) => s.getState().connection === 'connected' && s.getState().room?.version === version,
    );

  expect(
    await postCommand(first, 'cr4', { type: 'nextSpeaker', start: true }, { key: KEY }),
  ).toMatchObject({
    status: 200,
  });
  await until('all at version 1', allAt(1));

  // The chair's command is on its way (headers in, body not yet) when the hub is told to stop.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const inFlight = slowCommand(
    first.url,
    { type: 'announce', text: 'The meeting resumes at 15:00.' },
    released,
    KEY,
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stopAt = performance.now();
  first.child.kill('SIGTERM');
  await until('clients told', () => events.includes('closing'), 5_000);
  const toldMs = Math.round(performance.now() - stopAt);
  // Each client's 'closing' arrives on its own connection, so not always in the same tick as
  // the raw socket's; the hub is still waiting for the command in flight, so none has been
  // disconnected yet: 'reconnecting' here can only come from being told.
  await until(
    'every client showing it',
    () => stores.every((s) => s.getState().connection === 'reconnecting'),
    1_000,
  );
  expect(events).not.toContainEqual(expect.stringMatching(/^disconnect/));
  release();
  expect(await inFlight).toMatchObject({ status: 200, body: { ok: true, version: 2 } });
  expect(await exitOf(first)).toEqual({ code: 0, signal: null });
  const exitedMs = Math.round(performance.now() - stopAt);
  expect(first.stderr()).toBe('');
  // Told first, then the connection closed from the hub's side (so the client retries by itself).
  expect(events.slice(-2)).toEqual(['closing', 'disconnect: transport close']);
  // The database was closed cleanly: SQLite folded its write-ahead log back in and removed it.
  expect(existsSync(path.join(dataDir, 'rostrum.db-wal'))).toBe(false);

  // The next hub, same address and data folder: nobody touches the clients.
  const restartAt = performance.now();
  const second = await startHubProcess(harness, env, [], port);
  const listeningMs = Math.round(performance.now() - restartAt);
  const rejoinedMs = await until('all rejoined at version 2', allAt(2));
  await until('raw client rejoined', () => events.at(-1) === 'snapshot v2');
  expect(stores[0]?.getState().room?.announcement?.text).toBe('The meeting resumes at 15:00.');
  expect(stores[0]?.getState().room?.floor?.speakerId).toBe('s1');

  second.child.kill('SIGTERM');
  expect(await exitOf(second)).toEqual({ code: 0, signal: null });
  const store = openSqliteStore(dataDir);
  try {
    expect(store.journal('cr4').map((e) => [e.version, e.type])).toEqual([
      [1, 'nextSpeaker'],
      [2, 'announce'],
    ]);
  } finally {
    store.close();
  }

  const dir = path.resolve('.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'shutdown.json'),
    JSON.stringify(
      { toldMs, exitedMs, nextHubListeningMs: listeningMs, rejoinedAfterListeningMs: rejoinedMs },
      null,
      2,
    ),
  );
});
