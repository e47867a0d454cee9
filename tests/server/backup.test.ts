// Backup and restore of a running hub's data: `npm run backup` while chairs' commands keep
// landing makes a consistent copy (at least every command acknowledged before it began, the
// journal ending at the room's version, integrity ok); `npm run restore` puts it in an empty
// folder, where a hub starts with the room as it was; a folder in use or not empty is refused.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restore } from '../../server/store/backup.ts';
import { SCHEMA_VERSION } from '../../server/store/migrations.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import { createHarness, getJson, MEETING_START, postCommand, smallSeed } from './harness.ts';
import { exitOf, startHubProcess } from './hub-process.ts';
import { runScript } from './run-script.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';

/** The version in a command's acknowledgement. */
function versionOf(body: unknown): number {
  return typeof body === 'object' && body !== null && 'version' in body ? Number(body.version) : -1;
}

describe('backup and restore', () => {
  it('copies a hub under load consistently, and a hub restored from the copy carries on', async () => {
    const root = harness.tempDir();
    const dataDir = path.join(root, 'data');
    const env = { DATA_DIR: dataDir, ROSTRUM_CHAIR_KEY: KEY, ROSTRUM_COMMAND_RATE: '10000' };
    const hub = await startHubProcess(harness, env);

    let lastAcked = 0;
    let sent = 0;
    let loading = true;
    const load = (async () => {
      while (loading) {
        sent += 1;
        const command = { type: 'announce', text: `Announcement ${sent}` };
        const answer = await postCommand(hub, 'cr4', command, { key: KEY });
        expect(answer.status).toBe(200);
        lastAcked = Math.max(lastAcked, versionOf(answer.body));
      }
    })();
    while (lastAcked < 50) await new Promise((resolve) => setTimeout(resolve, 10));

    const copy = path.join(root, 'copy.db');
    const ackedBefore = lastAcked;
    const backedUp = await runScript('backup', [copy], { DATA_DIR: dataDir });
    const ackedAfter = lastAcked;
    loading = false;
    await load;
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    expect(backedUp.stdout).toMatch(
      new RegExp(
        `Backup written: ${copy.replace(/[.]/g, '\\.')}: \\d+ bytes, schema version ${SCHEMA_VERSION}, integrity ok`,
      ),
    );
    const copiedVersion = Number(/room cr4: version (\d+)/.exec(backedUp.stdout)?.[1]);
    expect(copiedVersion).toBeGreaterThanOrEqual(ackedBefore);
    expect(copiedVersion).toBeLessThanOrEqual(lastAcked);
    // What the load did meanwhile, for the record (docs/reliability.md).
    console.info(
      `backup: ${backedUp.ms} ms; acknowledged before ${ackedBefore}, in the copy ${copiedVersion}, ` +
        `acknowledged by its end ${ackedAfter}, at the end of the load ${lastAcked}`,
    );
    expect(ackedAfter).toBeGreaterThan(ackedBefore);

    // The restore refuses the hub's own folder while it runs, and any folder not empty.
    const busy = await runScript('restore', [copy, '--data', dataDir]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`A hub (pid ${hub.child.pid}) runs on ${dataDir}`);
    hub.child.kill('SIGTERM');
    expect((await exitOf(hub)).code).toBe(0);
    const full = await runScript('restore', [copy, '--data', dataDir]);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain(`${dataDir} is not empty`);

    const restoredDir = path.join(root, 'restored');
    const restored = await runScript('restore', [copy, '--data', restoredDir]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const second = await startHubProcess(harness, { ...env, DATA_DIR: restoredDir });
    const room = await getJson(second, '/api/rooms/cr4');
    expect(versionOf(room.body)).toBe(copiedVersion);
    const next = await postCommand(second, 'cr4', { type: 'clearAnnouncement' }, { key: KEY });
    expect(versionOf(next.body)).toBe(copiedVersion + 1);
    second.child.kill('SIGTERM');
    expect((await exitOf(second)).code).toBe(0);

    const store = openSqliteStore(restoredDir);
    try {
      const journal = store.journal('cr4');
      expect(journal.at(-1)?.version).toBe(copiedVersion + 1);
      expect(journal.map((e) => e.version)).toEqual(journal.map((_e, i) => i + 1));
      expect(store.loadRooms().find((r) => r.state.roomId === 'cr4')?.state.version).toBe(
        copiedVersion + 1,
      );
    } finally {
      store.close();
    }
    const db = new Database(path.join(restoredDir, 'rostrum.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('restore takes a folder holding only the note of a lost database, and removes the note', () => {
    const source = path.join(harness.tempDir(), 'source');
    const store = openSqliteStore(source);
    seedRooms(store, [smallSeed()], MEETING_START);
    store.close();
    const dataDir = path.join(harness.tempDir(), 'data');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'rostrum.db.lost'), 'found deleted\n');
    const summary = restore(path.join(source, 'rostrum.db'), dataDir);
    expect(summary.rooms).toMatchObject([{ roomId: 'tc1', version: 0 }]);
    expect(readdirSync(dataDir)).toEqual(['rostrum.db']);
  });

  it('backup refuses to write over a file, and restore refuses a file that is not a backup', async () => {
    const root = harness.tempDir();
    const dataDir = path.join(root, 'data');
    openSqliteStore(dataDir).close();
    const taken = path.join(root, 'taken.db');
    writeFileSync(taken, 'keep me');
    const over = await runScript('backup', [taken, '--data', dataDir]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`${taken} exists already`);

    const restoredDir = path.join(root, 'restored');
    const wrong = await runScript('restore', [taken, '--data', restoredDir]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not a database|file is not a database/);
  });
});
