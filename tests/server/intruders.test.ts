// Someone on the room's network who should not run the meeting: a display or a phone trying every
// way in, a page from another site, a guesser. The room never changes; keys are never written to
// the log nor sent to anyone; the browser is told to run nothing but the hub's own files.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import {
  api,
  createHarness,
  createTestClock,
  getJson,
  postCommand,
  sendCommand,
  smallSeed,
  sync,
  type ClientSocket,
  type HubOptions,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

async function startHub(options: HubOptions = {}): Promise<TestHub> {
  return harness.startHub({ clock: createTestClock(), seeds: [smallSeed()], hub: options });
}

/** Emits any event with any arguments and waits a moment for an answer, if one comes. */
function tryEvent(socket: ClientSocket, event: string, ...args: unknown[]): Promise<unknown> {
  // The typed socket knows only the protocol's events; an intruder is not so polite.
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
  };
  return untyped
    .timeout(300)
    .emitWithAck(event, ...args)
    .catch(() => 'no answer');
}

describe('security headers', () => {
  it("allow the hub's own origin and nothing else, on pages and API alike", async () => {
    const hub = await startHub();
    const host = new URL(hub.url).host;
    for (const pathname of ['/', '/display/tc1', '/api/rooms', '/healthz']) {
      const response = await fetch(`${hub.url}${pathname}`);
      const headers = Object.fromEntries(response.headers);
      expect(headers['content-security-policy'], pathname).toBe(
        [
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self'",
          "font-src 'self'",
          `connect-src 'self' ws://${host} wss://${host}`,
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'self'",
        ].join(';'),
      );
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
      });
      expect(headers).not.toHaveProperty('strict-transport-security');
      expect(headers).not.toHaveProperty('access-control-allow-origin');
      expect(headers).not.toHaveProperty('x-powered-by');
    }
  });

  it("name only 'self' for a Host header that could smuggle a directive", async () => {
    const hub = await startHub();
    const csp = await new Promise<string>((resolve, reject) => {
      const req = request(`${hub.url}/healthz`, {
        headers: { host: "x; script-src 'unsafe-inline'" },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('other sites', () => {
  const EVIL = 'http://evil.example';

  it('get no CORS answer and no socket by default', async () => {
    const hub = await startHub();
    const read = await fetch(`${hub.url}/api/rooms/tc1`, { headers: { origin: EVIL } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'OPTIONS',
      headers: {
        origin: EVIL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();

    const refusal = await harness.refused(
      hub,
      { roomId: 'tc1', role: 'display' },
      { origin: EVIL },
    );
    expect(refusal).toEqual({
      code: 'forbidden',
      message: 'This hub does not take connections from other sites.',
    });
    // A page of the hub itself (same host) and a program (no Origin) are welcome.
    await harness.connect(hub, { roomId: 'tc1', role: 'display' }, { origin: hub.url });
    await harness.connect(hub, { roomId: 'tc1', role: 'display' });
  });

  it('named in ROSTRUM_CORS_ORIGIN may read, send commands and connect', async () => {
    const allowed = 'https://intranet.example.org';
    const hub = await startHub({ corsOrigins: [allowed] });
    const preflight = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'OPTIONS',
      headers: { origin: allowed, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      'access-control-allow-origin': allowed,
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
      'access-control-allow-headers': 'Authorization, Content-Type',
      vary: 'Origin',
    });
    const posted = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
      method: 'POST',
      headers: {
        origin: allowed,
        'content-type': 'application/json',
        authorization: `Bearer ${hub.chairKey('tc1')}`,
      },
      body: JSON.stringify({ type: 'closeList' }),
    });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('access-control-allow-origin')).toBe(allowed);
    await harness.connect(hub, { roomId: 'tc1', role: 'display' }, { origin: allowed });
    // Still nobody else.
    expect(
      (await harness.refused(hub, { roomId: 'tc1', role: 'display' }, { origin: EVIL })).code,
    ).toBe('forbidden');
  });
});

describe('displays and followers', () => {
  it('can never change the room, by any path', async () => {
    const hub = await startHub();
    const key = hub.chairKey('tc1');
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    // A key in the handshake does not make a follower a chair.
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower', key });
    const before = await sync(display.socket);
    const valid = [
      { type: 'closeList' },
      { type: 'nextSpeaker', start: true },
      { type: 'announce', text: 'Hacked' },
      { type: 'undo' },
    ];
    const answers: unknown[] = [];
    for (const client of [display, follower]) {
      for (const command of valid) {
        answers.push(await sendCommand(client.socket, command));
        answers.push(await sendCommand(client.socket, { ...command, key }));
        answers.push(await tryEvent(client.socket, 'command', command, key));
        answers.push(await tryEvent(client.socket, 'command', { command, role: 'chair', key }));
      }
      // Events only the hub sends, and made-up ones, sent the other way.
      answers.push(
        await tryEvent(client.socket, 'changed', { roomId: 'tc1', parts: { listOpen: false } }),
      );
      answers.push(await tryEvent(client.socket, 'snapshot', { ...before, listOpen: false }));
      answers.push(await tryEvent(client.socket, 'execute', valid[0]));
      answers.push(await tryEvent(client.socket, 'join', { roomId: 'tc1', role: 'chair', key }));
      answers.push(await tryEvent(client.socket, 'sync', { listOpen: false }));
    }
    // Each is refused with a typed error, or (sync) answered with the room as it was.
    const codes = answers.map((answer) =>
      typeof answer === 'object' && answer !== null && 'error' in answer
        ? (answer.error as { code: string }).code
        : answer,
    );
    expect(new Set(codes.filter((c) => typeof c === 'string'))).toEqual(
      new Set(['forbidden', 'invalidRequest']),
    );
    expect(codes.filter((c) => c === 'forbidden')).toHaveLength(valid.length * 4 * 2);
    expect(codes.filter((c) => typeof c !== 'string')).toEqual([before, before]);

    // REST: no key, a wrong key, the follower's own guesses, and every other method.
    for (const auth of [undefined, 'not-the-key', `Bearer ${key.slice(0, -1)}`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (auth) headers.authorization = auth.startsWith('Bearer') ? auth : `Bearer ${auth}`;
      const response = await fetch(`${hub.url}/api/rooms/tc1/commands`, {
        method: 'POST',
        headers,
        body: JSON.stringify(valid[0]),
      });
      expect([401, 403]).toContain(response.status);
    }
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      for (const pathname of [
        '/api/rooms/tc1',
        '/api/rooms/tc1/commands',
        '/api/rooms/tc1/speeches',
      ]) {
        const response = await fetch(`${hub.url}${pathname}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(valid[0]),
        });
        // PATCH of a room is the secretariat's: without its key, 401; any other, no such path.
        const expected = method === 'PATCH' && pathname === '/api/rooms/tc1' ? 401 : 404;
        expect(response.status, `${method} ${pathname}`).toBe(expected);
      }
    }
    expect((await postCommand(hub, 'tc1', valid[0], { raw: `key=${key}` })).status).toBe(401);

    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
    expect(hub.store.journal('tc1')).toEqual([]);
    expect(await sync(follower.socket)).toEqual(before);
    expect(display.changes.items).toEqual([]);
    expect(follower.changes.items).toEqual([]);
  });
});

describe('chair keys', () => {
  it('are never logged, at any level, whatever is tried', async () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    const hub = await startHub({ logger });
    const key = hub.chairKey('tc1');
    // A near miss is as secret as the key itself.
    const nearMiss = `${key.slice(0, -2)}zz`;

    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    await sendCommand(chair.socket, { type: 'nextSpeaker', start: true });
    await sendCommand(chair.socket, { type: 'closeList', key });
    await sendCommand(chair.socket, { type: 'announce', text: 'x'.repeat(501), key: nearMiss });
    await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: nearMiss });
    await harness.refused(hub, { roomId: 'tc99', role: 'chair', key });
    await postCommand(hub, 'tc1', { type: 'endSpeech' }, { key });
    await postCommand(hub, 'tc1', { type: 'endSpeech' }, { key: nearMiss });
    await postCommand(hub, 'tc1', undefined, { key, raw: `{"key":"${key}"` });
    await postCommand(hub, 'tc1', { type: 'announce', text: key.repeat(10_000) }, { key });
    // The booths' key likewise, issued, used, missed and sent where it has no business.
    const issued = await api(hub, 'POST', '/api/rooms/tc1/booth-key', {
      key: hub.hub.adminKey.key,
    });
    const boothKey = (issued.body as { key: string }).key;
    const boothMiss = `${boothKey.slice(0, -2)}zz`;
    const booth = await harness.connect(hub, { roomId: 'tc1', role: 'booth', key: boothKey });
    await sendCommand(booth.socket, { type: 'closeList', key: boothKey });
    await harness.refused(hub, { roomId: 'tc1', role: 'booth', key: boothMiss });
    await harness.refused(hub, { roomId: 'tc1', role: 'chair', key: boothKey });
    await postCommand(hub, 'tc1', { type: 'endSpeech' }, { key: boothKey });
    booth.socket.disconnect();
    chair.socket.disconnect();
    await hub.close();

    expect(lines.length).toBeGreaterThan(5); // the log did record what happened
    const log = lines.join('');
    expect(log).toContain('wrong chair key');
    expect(log).toContain('wrong booth key');
    for (const secret of [key, nearMiss, boothKey, boothMiss]) expect(log).not.toContain(secret);
  });

  it('and nothing secret reach displays, followers or the public API', async () => {
    const hub = await startHub();
    const key = hub.chairKey('tc1');
    const display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
    const follower = await harness.connect(hub, { roomId: 'tc1', role: 'follower' });
    const chair = await harness.connect(hub, { roomId: 'tc1', role: 'chair', key });
    for (const command of [
      { type: 'nextSpeaker', start: true },
      { type: 'announce', text: 'Please be brief.' },
      { type: 'endSpeech' },
      { type: 'undo' },
    ]) {
      expect((await sendCommand(chair.socket, command)).ok).toBe(true);
    }
    await display.changes.nth(4);
    await follower.changes.nth(4);
    const seen = JSON.stringify([
      display.joined,
      display.changes.items,
      follower.joined,
      follower.changes.items,
      await sync(follower.socket),
      await getJson(hub, '/api/rooms'),
      await getJson(hub, '/api/rooms/tc1'),
      await getJson(hub, '/api/rooms/tc1/speeches'),
      await getJson(hub, '/healthz'),
      await (await fetch(`${hub.url}/metrics`)).text(),
    ]);
    expect(seen).not.toContain(key);
    // Nor the undo history or the hub's id counter: only the summary of undo is public.
    expect(seen).not.toContain('"history"');
    expect(seen).not.toContain('"nextId"');
    expect(seen).toContain('"undo":{"available"');
  });
});
