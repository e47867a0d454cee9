// Chair keys stored hashed: the key is shown only when issued; `npm run chair-key` issues a new
// one that a running hub accepts at once (and the old one no longer); ROSTRUM_CHAIR_KEY applies
// while it is set and the room's own key comes back when it is unset.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, postCommand } from './harness.ts';
import { exitOf, startHubProcess, type ListeningHub } from './hub-process.ts';
import { runScript } from './run-script.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const OVERRIDE = 'a-chair-key-for-tests';

/** The key printed by a hub at the start that created its room. */
function printedKey(hub: ListeningHub): string {
  const key = /chair key: {6}(\S+)/.exec(hub.stdout())?.[1];
  if (key === undefined) throw new Error(`No key printed:\n${hub.stdout()}`);
  return key;
}

const accepts = async (hub: ListeningHub, key: string) =>
  (await postCommand(hub, 'cr4', { type: 'announce', text: 'Welcome.' }, { key })).status === 200;

describe('chair keys', () => {
  it('are stored as hashes only', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir });
    const key = printedKey(hub);
    expect(await accepts(hub, key)).toBe(true);
    const db = new Database(path.join(dataDir, 'rostrum.db'), { readonly: true });
    expect(db.prepare('SELECT chair_key_hash FROM rooms').pluck().all()).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
    db.close();
    for (const file of ['rostrum.db', 'rostrum.db-wal']) {
      expect(readFileSync(path.join(dataDir, file)).includes(key), file).toBe(false);
    }
  });

  it('npm run chair-key issues a new key that the running hub takes at once', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir });
    const oldKey = printedKey(hub);
    expect(await accepts(hub, oldKey)).toBe(true);

    const issued = await runScript('chair-key', ['cr4', '--data', dataDir, '--url', hub.url]);
    expect(issued.code).toBe(0);
    const newKey = /chair key: {6}(\S+)/.exec(issued.stdout)?.[1] ?? '';
    expect(newKey).toMatch(/^\S{22}$/);
    expect(issued.stdout).toContain(`${hub.url}/chair/cr4#key=${newKey}`);

    expect(await accepts(hub, newKey)).toBe(true);
    expect(await accepts(hub, oldKey)).toBe(false);
    // A chair joining over Socket.IO is checked against the same store.
    await harness.connect(hub, { roomId: 'cr4', role: 'chair', key: newKey });
  });

  it('npm run chair-key links to the running hub, and says when it checks ROSTRUM_CHAIR_KEY', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: OVERRIDE });
    // No --url: the link is the running hub's own address, from its lock.
    const issued = await runScript('chair-key', ['cr4', '--data', dataDir]);
    expect(issued.code).toBe(0);
    const newKey = /chair key: {6}(\S+)/.exec(issued.stdout)?.[1] ?? '';
    expect(issued.stdout).toContain(`${hub.url}/chair/cr4#key=${newKey}`);
    expect(issued.stdout).toContain(
      `Note: the hub running on this folder (pid ${hub.child.pid}) checks ROSTRUM_CHAIR_KEY`,
    );
    // As it says: the override still works, the new key waits for a hub without it.
    expect(await accepts(hub, OVERRIDE)).toBe(true);
    expect(await accepts(hub, newKey)).toBe(false);
  });

  it('npm run chair-key refuses an unknown room and a folder with no database', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const hub = await startHubProcess(harness, { DATA_DIR: dataDir });
    const unknown = await runScript('chair-key', ['cr9'], { DATA_DIR: dataDir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`No room cr9 in ${dataDir} (rooms: cr4)`);
    expect(await accepts(hub, printedKey(hub))).toBe(true);

    const empty = path.join(harness.tempDir(), 'empty');
    const none = await runScript('chair-key', ['cr4', '--data', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/rostrum\.db: there is no database there/);
  });

  it('ROSTRUM_CHAIR_KEY applies while set; the room key comes back when it is unset', async () => {
    const dataDir = path.join(harness.tempDir(), 'data');
    const first = await startHubProcess(harness, { DATA_DIR: dataDir });
    const roomKey = printedKey(first);
    first.child.kill('SIGTERM');
    await exitOf(first);

    const overridden = await startHubProcess(harness, {
      DATA_DIR: dataDir,
      ROSTRUM_CHAIR_KEY: OVERRIDE,
    });
    expect(overridden.stdout()).toContain(`/chair/cr4#key=${OVERRIDE}`);
    expect(await accepts(overridden, OVERRIDE)).toBe(true);
    expect(await accepts(overridden, roomKey)).toBe(false);
    overridden.child.kill('SIGTERM');
    await exitOf(overridden);

    const plain = await startHubProcess(harness, { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: '' });
    expect(await accepts(plain, roomKey)).toBe(true);
    expect(await accepts(plain, OVERRIDE)).toBe(false);
  });
});
