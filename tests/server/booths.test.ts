// The interpreters' booths against a real hub: the booth key issued by the secretariat and kept
// hashed across a restart, the doors kept apart (a booth key runs no meeting, a follower is no
// booth, a chair speaks for no booth), a replaced key cutting its booths, and what the booths
// send reaching the wall: the notice composed from their reports, the "slower, please" signal.
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyRevoked } from '../../shared/protocol.ts';
import {
  api,
  createHarness,
  createTestClock,
  postCommand,
  sendCommand,
  smallSeed,
  type TestHub,
} from './harness.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

async function startHub(dataDir?: string): Promise<TestHub & { admin: { key: string } }> {
  const hub = await harness.startHub({
    clock: createTestClock(),
    ...(dataDir === undefined ? { seeds: [smallSeed()] } : { dataDir }),
  });
  return Object.assign(hub, { admin: { key: hub.hub.adminKey.key } });
}

/** Issues the room's booth key as the secretariat does, from /admin. */
async function issueBoothKey(hub: TestHub & { admin: { key: string } }, roomId = 'tc1') {
  const issued = await api(hub, 'POST', `/api/rooms/${roomId}/booth-key`, hub.admin);
  expect(issued).toMatchObject({ status: 200, body: { ok: true, roomId } });
  return (issued.body as { key: string }).key;
}

describe("the booths' door", () => {
  it('a booth key is issued by the secretariat only, and opens the booths only', async () => {
    const hub = await startHub();
    const chair = { key: hub.chairKey('tc1') };
    expect(await api(hub, 'POST', '/api/rooms/tc1/booth-key', chair)).toMatchObject({
      status: 403,
    });
    expect(await api(hub, 'POST', '/api/rooms/nowhere/booth-key', hub.admin)).toMatchObject({
      status: 404,
      body: { error: { code: 'unknownRoom' } },
    });
    const boothKey = await issueBoothKey(hub);
    expect(boothKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(boothKey).not.toBe(chair.key);

    // The booth key is no chair key: neither door of the chair opens to it.
    const asChair = await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: boothKey });
    expect(asChair).toEqual({
      code: 'forbidden',
      message: 'That is not the chair key of this room.',
    });
    expect(await postCommand(hub, 'tc1', { type: 'closeList' }, { key: boothKey })).toMatchObject({
      status: 403,
    });
    // Nor is the chair key a booth key, and a booth without a key is told what it lacks.
    expect(await harness.refused(hub, { roomId: 'tc1', role: 'booth', key: chair.key })).toEqual({
      code: 'forbidden',
      message: 'That is not the booth key of this room.',
    });
    expect(await harness.refused(hub, { roomId: 'tc1', role: 'booth' })).toEqual({
      code: 'unauthorized',
      message: "A booth joins with the room's booth key.",
    });
    await harness.connect(hub, { roomId: 'tc1', role: 'booth', key: boothKey });
    await harness.connect(hub, { roomId: 'tc1', role: 'booth', ...hub.admin });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it('before one is issued no key but the secretariat’s opens the booths', async () => {
    const hub = await startHub();
    const refused = await harness.refused(hub, {
      roomId: 'tc1',
      role: 'booth',
      key: 'x'.repeat(22),
    });
    expect(refused.code).toBe('forbidden');
    await harness.connect(hub, { roomId: 'tc1', role: 'booth', ...hub.admin });
  });
});

describe('who sends what', () => {
  it('a booth cannot run the meeting, a follower is refused as a booth, a chair as a booth', async () => {
    const hub = await startHub();
    const boothKey = await issueBoothKey(hub);
    const booth = await harness.connect(hub, { roomId: 'tc1', role: 'booth', key: boothKey });
    for (const command of [
      { type: 'nextSpeaker', start: true },
      { type: 'closeList' },
      { type: 'undo' },
      { type: 'followBooths' },
    ]) {
      expect(await sendCommand(booth.socket, command)).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message: `A booth cannot send ${command.type}: only the chair runs the meeting.`,
        },
      });
    }
    const phone = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const status = { type: 'setBoothStatus', language: 'fr', available: true };
    expect(await sendCommand(phone.socket, status)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const chair = await harness.connect(hub, {
      roomId: 'tc1',
      role: 'chair',
      key: hub.chairKey('tc1'),
    });
    expect(await sendCommand(chair.socket, status)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: "Only an interpreters' booth sends setBoothStatus." },
    });
    expect(await postCommand(hub, 'tc1', { type: 'askSlower' }, hub.admin)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
  });

  it("the booths' reports make the wall's notice, and 'slower, please' reaches it", async () => {
    const hub = await startHub();
    const chairKey = { key: hub.chairKey('tc1') };
    const boothKey = await issueBoothKey(hub);
    const booth = await harness.connect(hub, { roomId: 'tc1', role: 'booth', key: boothKey });
    const wall = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    expect(await postCommand(hub, 'tc1', { type: 'followBooths' }, chairKey)).toMatchObject({
      status: 200,
    });
    for (const language of ['en', 'fr', 'es']) {
      const ack = await sendCommand(booth.socket, {
        type: 'setBoothStatus',
        language,
        available: true,
      });
      expect(ack).toMatchObject({ ok: true });
    }
    for (const language of ['ar', 'zh', 'ru']) {
      const ack = await sendCommand(booth.socket, {
        type: 'setBoothStatus',
        language,
        available: false,
      });
      expect(ack).toMatchObject({ ok: true });
    }
    const seen = await wall.changes.nth(7);
    expect(seen.version).toBe(7);
    const room = hub.hub.engine.snapshot('tc1');
    expect(room?.booths).toEqual({
      source: 'booths',
      statuses: { en: true, fr: true, es: true, ar: false, zh: false, ru: false },
    });
    expect(room?.interpretation).toMatchObject({
      status: 'partial',
      languages: ['en', 'fr', 'es'],
    });

    // Asking a speaker who is not speaking is refused; once the clock runs, the wall sees it.
    expect(await sendCommand(booth.socket, { type: 'askSlower' })).toMatchObject({
      ok: false,
      error: { code: 'nobodyOnFloor' },
    });
    await postCommand(hub, 'tc1', { type: 'nextSpeaker', start: true }, chairKey);
    hub.clock.advance(20_000);
    expect(await sendCommand(booth.socket, { type: 'askSlower' })).toMatchObject({ ok: true });
    await until('the wall told', () => wall.changes.items.length === 9);
    expect(hub.hub.engine.snapshot('tc1')?.floor?.slowerAt).toBe(hub.clock.now());
    expect(await sendCommand(booth.socket, { type: 'askSlower' })).toMatchObject({
      ok: false,
      error: { code: 'slowerTooSoon' },
    });
  });
});

describe('replacing the booth key', () => {
  it('cuts the booths on the former key at once, keeps the secretariat’s, and survives a restart', async () => {
    const hub = await startHub();
    const oldKey = await issueBoothKey(hub);
    const booth = await harness.connect(hub, { roomId: 'tc1', role: 'booth', key: oldKey });
    const admin = await harness.connect(hub, { roomId: 'tc1', role: 'booth', ...hub.admin });
    const notices: KeyRevoked[] = [];
    booth.socket.on('revoked', (notice) => notices.push(notice));
    let cut = false;
    booth.socket.on('disconnect', () => (cut = true));

    const newKey = await issueBoothKey(hub);
    expect(newKey).not.toBe(oldKey);
    await until('the old booth cut', () => cut);
    expect(notices).toEqual([
      {
        serverNow: hub.clock.now(),
        error: {
          code: 'keyRevoked',
          message: "This room's booth key was replaced: enter the new key to go on.",
        },
      },
    ]);
    expect(admin.socket.connected).toBe(true);
    expect((await harness.refused(hub, { roomId: 'tc1', role: 'booth', key: oldKey })).code).toBe(
      'forbidden',
    );

    // The store keeps the key's hash: a restarted hub on the same folder takes the new key.
    const { dataDir } = hub;
    await hub.close();
    const again = await startHub(dataDir);
    const back = await harness.connect(again, { roomId: 'tc1', role: 'booth', key: newKey });
    expect(
      await sendCommand(back.socket, { type: 'setBoothStatus', language: 'ar', available: false }),
    ).toMatchObject({ ok: true });
    expect((await harness.refused(again, { roomId: 'tc1', role: 'booth', key: oldKey })).code).toBe(
      'forbidden',
    );
  });
});
