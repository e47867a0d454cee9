// Socket.IO: joining, the clock, sync, chair commands broadcast as changes, and who may do what.
import { afterEach, describe, expect, it } from 'vitest';
import { applyChange } from '../../shared/domain/apply-change.ts';
import { PROTOCOL_VERSION, type RoomSnapshot } from '../../shared/protocol.ts';
import {
  createHarness,
  createTestClock,
  MEETING_START,
  sendCommand,
  smallSeed,
  sync,
  withoutServerNow,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** A hub with the small room tc1. */
async function startSmallHub(): Promise<TestHub> {
  return harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
}

describe('joining a room', () => {
  it('sends each client a snapshot with the version and the server clock', async () => {
    const hub = await startSmallHub();
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });

    for (const client of [display, follower, chair]) {
      expect(client.joined.roomId).toBe('tc1');
      expect(client.joined.version).toBe(0);
      expect(client.joined.serverNow).toBe(MEETING_START);
      expect(client.joined.speakers.map((s) => s.delegation)).toEqual(['FRA', 'GBR', 'CHN']);
      expect(client.joined.floor).toBeNull();
      expect(client.joined.undo).toEqual({ available: 0, next: null });
    }
    // The snapshot is the public view: no record, no undo history.
    expect(Object.keys(display.joined).sort()).toEqual(
      [
        'announcement',
        'booths',
        'floor',
        'interpretation',
        'listOpen',
        'meeting',
        'meetingId',
        'pace',
        'room',
        'roomId',
        'segmentId',
        'segments',
        'serverNow',
        'speakers',
        'status',
        'undo',
        'upcoming',
        'version',
      ].sort(),
    );
  });

  it('answers `time` with the server clock and `sync` with the current snapshot', async () => {
    const hub = await startSmallHub();
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });

    expect(await follower.socket.timeout(5000).emitWithAck('time')).toBe(MEETING_START);
    hub.clock.advance(61_500);
    expect(await follower.socket.timeout(5000).emitWithAck('time')).toBe(MEETING_START + 61_500);

    const first = await sync(follower.socket);
    expect(first).toEqual({ ...follower.joined, serverNow: MEETING_START + 61_500 });

    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });
    await sendCommand(chair.socket, { type: 'closeList' });
    const second = await sync(follower.socket);
    expect(second.version).toBe(1);
    expect(second.listOpen).toBe(false);
    expect(second).toEqual(hub.hub.engine.snapshot('tc1'));
  });
});

describe('a chair command', () => {
  it('reaches the display and the follower as a change of only the parts it touched', async () => {
    const hub = await startSmallHub();
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });

    hub.clock.advance(2_000);
    const announced = await sendCommand(chair.socket, {
      type: 'announce',
      text: 'The list of speakers closes at noon.',
    });
    expect(announced).toEqual({ ok: true, version: 1 });

    for (const client of [display, follower, chair]) {
      const change = await client.changes.nth(1);
      expect(change).toEqual({
        roomId: 'tc1',
        fromVersion: 0,
        version: 1,
        serverNow: MEETING_START + 2_000,
        parts: {
          announcement: { text: 'The list of speakers closes at noon.', at: MEETING_START + 2_000 },
          undo: { available: 1, next: 'announce' },
        },
      });
    }

    hub.clock.advance(3_000);
    const called = await sendCommand(chair.socket, { type: 'nextSpeaker', start: true });
    expect(called).toEqual({ ok: true, version: 2 });
    const second = await display.changes.nth(2);
    expect(second.fromVersion).toBe(1);
    expect(second.version).toBe(2);
    expect(Object.keys(second.parts).sort()).toEqual(['floor', 'speakerPatch', 'status', 'undo']);
    // The list goes out as a patch: the one speaker called, the order unchanged.
    expect(second.parts.speakerPatch).toEqual({
      updated: [expect.objectContaining({ id: 's1', status: 'speaking' })],
    });
    expect(second.parts.floor?.speakerId).toBe('s1');
    expect(second.parts.floor?.timer.runningSince).toBe(MEETING_START + 5_000);
    expect(second.parts.status).toEqual({ kind: 'inSession' });
    expect(await follower.changes.nth(2)).toEqual(second);

    // Changes laid over the joining snapshot give exactly the hub's current state.
    let local: RoomSnapshot = display.joined;
    for (const change of display.changes.items) {
      const next = applyChange(local, change.parts);
      if (!next) throw new Error(`change ${change.version} does not fit`);
      local = { ...next, version: change.version, serverNow: change.serverNow };
    }
    expect(withoutServerNow(local)).toEqual(withoutServerNow(await sync(display.socket)));
  });

  it('stays in its own room', async () => {
    const other = { ...smallSeed(), id: 'tc2' };
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed(), other] });
    const displayOfOther = await harness.connect(hub, { roomId: 'tc2', role: 'display' });
    const chair1 = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });
    const chair2 = await harness.connect(hub, {
      roomId: 'tc2',
      role: 'chair',
      key: hub.chairKey('tc2'),
    });

    expect(await sendCommand(chair1.socket, { type: 'closeList' })).toEqual({
      ok: true,
      version: 1,
    });
    expect(await sendCommand(chair2.socket, { type: 'announce', text: 'Room two' })).toEqual({
      ok: true,
      version: 1,
    });
    // The first change the display of tc2 sees is tc2's own: tc1's never reached it.
    const first = await displayOfOther.changes.nth(1);
    expect(first.roomId).toBe('tc2');
    expect(first.parts.announcement?.text).toBe('Room two');
    expect(hub.hub.engine.snapshot('tc2')?.listOpen).toBe(true);
  });
});

describe('who may change the meeting', () => {
  it.each(['follower', 'display'] as const)(
    "refuses a %s's command as forbidden and changes nothing",
    async (role) => {
      const hub = await startSmallHub();
      const client = await harness.connect(hub, { roomId: 'tc1', role });
      const watcher = await harness.connect(hub, { roomId: 'tc1', role: 'display' });

      for (const command of [{ type: 'closeList' }, { type: 'nextSpeaker', start: true }]) {
        const ack = await sendCommand(client.socket, command);
        expect(ack).toEqual({
          ok: false,
          error: { code: 'forbidden', message: expect.any(String) },
        });
      }
      // Even with a valid chair key in the command, the role of the connection decides.
      const withKey = await sendCommand(client.socket, {
        type: 'closeList',
        key: hub.chairKey('tc1'),
      });
      expect(withKey.ok).toBe(false);

      expect(await sync(client.socket)).toEqual(client.joined);
      expect(hub.store.journal('tc1')).toEqual([]);

      // The next change anyone sees starts from version 0: the refused commands made none.
      const chair = await harness.connect(hub, {
        roomId: 'tc1',
        role: 'chair',
        key: hub.chairKey('tc1'),
      });
      await sendCommand(chair.socket, { type: 'closeList' });
      expect((await watcher.changes.nth(1)).fromVersion).toBe(0);
    },
  );
});

describe('the handshake', () => {
  it('refuses a chair with a wrong key as forbidden, without one as unauthorized', async () => {
    const other = { ...smallSeed(), id: 'tc2' };
    const hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed(), other] });

    const wrong = await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: 'not-the-key' });
    expect(wrong.code).toBe('forbidden');
    const otherRoomsKey = await harness.refused(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc2'),
    });
    expect(otherRoomsKey.code).toBe('forbidden');
    const missing = await harness.refused(hub, { roomId: 'tc1', role: 'chair' });
    expect(missing.code).toBe('unauthorized');
  });

  it('refuses an unknown room, another protocol and a malformed handshake', async () => {
    const hub = await startSmallHub();

    const unknown = await harness.refused(hub, { roomId: 'cr99', role: 'display' });
    expect(unknown.code).toBe('unknownRoom');
    const protocol = await harness.refused(hub, {
      roomId: 'tc1',
      role: 'display',
      protocol: PROTOCOL_VERSION + 1,
    });
    expect(protocol.code).toBe('unsupportedProtocol');

    for (const auth of [
      {},
      { roomId: 'tc1' },
      { roomId: 'tc1', role: 'speaker' },
      { roomId: '', role: 'display' },
      { roomId: 42, role: 'display' },
      { roomId: 'tc1', role: 'chair', key: 'k'.repeat(300) },
    ]) {
      const refusal = await harness.refused(hub, auth);
      expect(refusal.code, JSON.stringify(auth)).toBe('invalidHandshake');
      expect(refusal.message).toMatch(/auth/);
    }
  });

  it('lets displays and followers in without a key', async () => {
    const hub = await startSmallHub();
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const follower = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'follower',
      key: 'ignored',
    });
    expect(display.socket.connected).toBe(true);
    expect(follower.joined.version).toBe(0);
  });
});
