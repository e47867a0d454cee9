// A data folder deleted or replaced under a running hub: the hub notices before it acknowledges
// a command, refuses commands (storeUnavailable) rather than acknowledge what it cannot keep,
// says so in /healthz (503), logs it once, and a restart does not re-create the demo over it.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { createHarness, createTestClock, getJson, postCommand, smallSeed } from './harness.ts';
import { exitOf, runHub, startHubProcess } from './hub-process.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';

describe('a hub whose data folder goes away', () => {
  it('refuses commands once the folder is deleted, and /healthz says so', async () => {
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    const key = hub.chairKey('tc1');
    expect(await postCommand(hub, 'tc1', { type: 'closeList' }, { key })).toMatchObject({
      status: 200,
      body: { ok: true, version: 1 },
    });
    expect(await getJson(hub, '/healthz')).toMatchObject({
      status: 200,
      body: { ok: true, store: { ok: true, lastCommit: { ok: true } } },
    });

    rmSync(hub.dataDir, { recursive: true, force: true });
    const refused = await postCommand(hub, 'tc1', { type: 'reopenList' }, { key });
    expect(refused.body).toMatchObject({
      ok: false,
      error: {
        code: 'storeUnavailable',
        message: expect.stringMatching(/rostrum\.db: the database file was deleted/),
      },
    });
    expect(hub.hub.engine.state('tc1')?.version).toBe(1);
    expect(await getJson(hub, '/healthz')).toMatchObject({
      status: 503,
      body: {
        ok: false,
        store: { ok: false, problem: expect.stringMatching(/deleted/), lastCommit: { ok: true } },
      },
    });
  });

  it('refuses commands once the folder is replaced by another, even one holding a database', async () => {
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    const key = hub.chairKey('tc1');
    renameSync(hub.dataDir, `${hub.dataDir}-moved`);
    harness.onCleanup(() => rmSync(`${hub.dataDir}-moved`, { recursive: true, force: true }));
    mkdirSync(hub.dataDir);
    openSqliteStore(hub.dataDir).close();
    const refused = await postCommand(hub, 'tc1', { type: 'closeList' }, { key });
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'storeUnavailable' } });
    expect((await getJson(hub, '/healthz')).body).toMatchObject({
      store: { ok: false, problem: expect.stringMatching(/replaced/) },
    });
  });

  it('is noticed by /healthz before any command', async () => {
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    rmSync(path.join(hub.dataDir, 'rostrum.db'));
    expect((await getJson(hub, '/healthz')).status).toBe(503);
  });

  it('as a process: 20 commands refused with 503, one error logged', async () => {
    const root = harness.tempDir();
    const dataDir = path.join(root, 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY });
    expect((await postCommand(hub, 'cr4', { type: 'closeList' }, { key: KEY })).status).toBe(200);
    rmSync(dataDir, { recursive: true, force: true });
    const statuses = [];
    for (let i = 0; i < 20; i += 1) {
      const command = { type: 'announce', text: `Announcement ${i}` };
      const answer = await postCommand(hub, 'cr4', command, { key: KEY });
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'storeUnavailable' } });
      statuses.push(answer.status);
    }
    expect(new Set(statuses)).toEqual(new Set([503]));
    const logged = (hub.stdout() + hub.stderr()).match(/store unavailable/g) ?? [];
    expect(logged).toHaveLength(1);
    expect((await getJson(hub, '/healthz')).status).toBe(503);

    // It left a note where the database was; a restart there refuses to begin afresh (the demo
    // room at version 0 over the lost meeting), naming the note, until a backup is restored.
    hub.child.kill('SIGTERM');
    await exitOf(hub);
    const note = path.join(dataDir, 'rostrum.db.lost');
    expect(readFileSync(note, 'utf8')).toContain('found');
    const restart = runHub(harness, [], {
      DATA_DIR: dataDir,
      ROSTRUM_CHAIR_KEY: KEY,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    expect((await exitOf(restart)).code).toBe(1);
    expect(restart.stderr()).toContain(`remove ${note} to start afresh`);
    expect(existsSync(path.join(dataDir, 'rostrum.db'))).toBe(false);
  });
});
