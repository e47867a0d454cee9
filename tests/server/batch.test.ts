// The batch list commands against a real hub: an established list of 193 speakers imported with
// one addSpeakers is one version, one `changed` to a display and one journal entry, under the
// hub's ordinary command limits; one undo takes it all back.
import { afterEach, describe, expect, it } from 'vitest';
import type { SpeakerEntry } from '../../shared/domain/commands.ts';
import {
  createHarness,
  createTestClock,
  sendCommand,
  smallSeed,
  sync,
  withoutServerNow,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** 193 speakers, as an established list reads: a delegation, often a name and a title. */
const ESTABLISHED: SpeakerEntry[] = Array.from({ length: 193 }, (_, i) => ({
  delegation: `Delegation ${i + 1}`,
  ...(i % 2 === 0 && { speakerName: `Speaker ${i + 1}` }),
  ...(i % 3 === 0 && { title: 'Permanent Representative' }),
}));

describe('batch list commands on a hub', () => {
  it('one addSpeakers of 193 speakers is one changed and one journal entry; undo brings the list back', async () => {
    // The hub's own limits: the batch is one command, so the rate limit never comes near.
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const before = await sync(chair.socket);
    const journalBefore = hub.store.journal('tc1').length;

    const ack = await sendCommand(chair.socket, {
      type: 'addSpeakers',
      speakers: ESTABLISHED,
      expectedVersion: before.version,
    });
    expect(ack).toEqual({ ok: true, version: before.version + 1 });

    const change = await display.changes.nth(1);
    expect(change).toMatchObject({ fromVersion: before.version, version: before.version + 1 });
    const after = await sync(display.socket);
    expect(after.speakers.map((s) => s.delegation)).toEqual([
      ...before.speakers.map((s) => s.delegation),
      ...ESTABLISHED.map((s) => s.delegation),
    ]);
    const journal = hub.store.journal('tc1');
    expect(journal).toHaveLength(journalBefore + 1);
    expect(journal.at(-1)).toMatchObject({ type: 'addSpeakers', version: before.version + 1 });
    // Nothing else reached the display for the batch.
    expect(display.changes.items).toHaveLength(1);

    expect(await sendCommand(chair.socket, { type: 'undo' })).toEqual({
      ok: true,
      version: before.version + 2,
    });
    await display.changes.nth(2);
    const undone = await sync(display.socket);
    expect(undone.speakers).toEqual(before.speakers);
    expect(hub.store.journal('tc1')).toHaveLength(journalBefore + 2);
    expect(display.changes.items).toHaveLength(2);
  });

  it('refuses a batch whole, naming the first bad speaker, and nothing is sent', async () => {
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });
    const before = await sync(chair.socket);
    const speakers = ESTABLISHED.map((s, i) => (i === 17 ? { ...s, delegation: ' ' } : s));
    const ack = await sendCommand(chair.socket, { type: 'replaceList', speakers });
    expect(ack).toMatchObject({
      ok: false,
      error: { code: 'invalidCommand', path: 'speakers.17.delegation' },
    });
    expect(withoutServerNow(await sync(chair.socket))).toEqual(withoutServerNow(before));
  });
});
