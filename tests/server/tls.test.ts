// HTTPS built in (issue 15): a hub given a certificate made here with openssl serves https:// and
// wss:// on its port, to clients that trust that certificate; a certificate replaced on disk is
// served to the next connection while the sockets already open stay connected; the plain-HTTP
// port redirects to HTTPS; the wall's config says where phones go. Every hub is on 127.0.0.1.
import { copyFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { get as httpsGet, request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createHub, type Hub } from '../../server/create-hub.ts';
import type { TlsFiles } from '../../server/http/tls-files.ts';
import type { FrontNetwork } from '../../server/http/web-front.ts';
import { createLogger } from '../../server/logger.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import type { RoomChanged, RoomSnapshot } from '../../shared/protocol.ts';
import { makeCertificate, type TestCertificate } from './certificates.ts';
import { createHarness, smallSeed, wallClock, within, type ClientSocket } from './harness.ts';
import { sleep } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

interface TlsHub {
  hub: Hub;
  port: number;
  chairKey: string;
}

/** A hub with room tc1 over a temporary folder, on 127.0.0.1, with `network`. */
async function startHub(network: FrontNetwork): Promise<TlsHub> {
  const store = openSqliteStore(harness.tempDir());
  const clock = wallClock();
  const chairKey = seedRooms(store, [smallSeed()], clock.now()).chairKeys.tc1 ?? '';
  const hub = createHub({ store, clock: clock.clock, logger: createLogger('silent'), network });
  harness.onCleanup(() => hub.close());
  const port = await hub.listen(0, '127.0.0.1');
  return { hub, port, chairKey };
}

/** Two certificates in a folder, and the files the hub is told to read (holding the first). */
function certificates(): { a: TestCertificate; b: TestCertificate; files: TlsFiles } {
  const dir = harness.tempDir();
  const a = makeCertificate(dir, 'room-a');
  const b = makeCertificate(dir, 'room-b');
  const files = { certFile: `${dir}/served.cert.pem`, keyFile: `${dir}/served.key.pem` };
  copyFileSync(a.certFile, files.certFile);
  copyFileSync(a.keyFile, files.keyFile);
  return { a, b, files };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The certificate the server showed (https only). */
  fingerprint256?: string;
}

/** One GET on a fresh connection (no agent: every request makes its own TLS handshake). */
function request(url: string, ca?: string[]): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const onAnswer = (res: IncomingMessage) => {
      const peer = 'getPeerCertificate' in res.socket ? (res.socket as TLSSocket) : undefined;
      const fingerprint256 = peer?.getPeerCertificate().fingerprint256;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          ...(fingerprint256 !== undefined && { fingerprint256 }),
        }),
      );
    };
    const req = url.startsWith('https:')
      ? httpsGet(url, { agent: false, ...(ca && { ca }) }, onAnswer)
      : httpGet(url, { agent: false }, onAnswer);
    req.on('error', reject);
  });
}

/** A follower of tc1 over wss://, trusting `ca` only. */
function follower(port: number, ca: string[]): ClientSocket {
  const socket: ClientSocket = io(`https://127.0.0.1:${port}`, {
    auth: { roomId: 'tc1', role: 'follower' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ca,
  });
  harness.onCleanup(() => {
    socket.disconnect();
  });
  return socket;
}

function firstSnapshot(socket: ClientSocket): Promise<RoomSnapshot> {
  return within(
    new Promise<RoomSnapshot>((resolve, reject) => {
      socket.once('snapshot', resolve);
      socket.once('connect_error', reject);
    }),
    'the snapshot over wss://',
  );
}

describe('a hub with a certificate', () => {
  it('serves https:// and wss:// on its port to a client that trusts the certificate', async () => {
    const { a, files } = certificates();
    const { hub, port } = await startHub({ tls: files });
    expect(hub.secure).toBe(true);

    const health = await request(`https://127.0.0.1:${port}/healthz`, [a.cert]);
    expect(health.status).toBe(200);
    expect(health.fingerprint256).toBe(a.fingerprint256);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });

    const snapshot = await firstSnapshot(follower(port, [a.cert]));
    expect(snapshot.roomId).toBe('tc1');

    // Not trusted without the certificate, and no plain HTTP on the HTTPS port.
    await expect(request(`https://127.0.0.1:${port}/healthz`)).rejects.toThrow(/self.signed/i);
    await expect(request(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('serves a certificate replaced on disk to the next connection; open sockets stay', async () => {
    const { a, b, files } = certificates();
    const { hub, port, chairKey } = await startHub({ tls: files, tlsRecheckMs: 50 });
    const socket = follower(port, [a.cert, b.cert]);
    await firstSnapshot(socket);
    const disconnected: string[] = [];
    socket.on('disconnect', (reason) => disconnected.push(reason));

    // Half-way through a renewal (the new certificate, the old key), the old pair is kept.
    copyFileSync(b.certFile, files.certFile);
    await sleep(300);
    expect(
      (await request(`https://127.0.0.1:${port}/healthz`, [a.cert, b.cert])).fingerprint256,
    ).toBe(a.fingerprint256);
    copyFileSync(b.keyFile, files.keyFile);

    // The next connection gets the new certificate, within a few looks at the files.
    const deadline = Date.now() + 5_000;
    let served = a.fingerprint256;
    while (served !== b.fingerprint256 && Date.now() < deadline) {
      await sleep(50);
      served =
        (await request(`https://127.0.0.1:${port}/healthz`, [a.cert, b.cert])).fingerprint256 ?? '';
    }
    expect(served).toBe(b.fingerprint256);
    // A client trusting only the new one connects; the socket opened before is still there and
    // still gets the room's changes.
    await firstSnapshot(follower(port, [b.cert]));
    const changed = within(
      new Promise<RoomChanged>((resolve) => socket.once('changed', resolve)),
      'a change on the socket opened before the renewal',
    );
    const answer = await fetchCommand(port, chairKey, [a.cert, b.cert]);
    expect(answer.status).toBe(200);
    expect((await changed).version).toBe(1);
    expect(socket.connected).toBe(true);
    expect(disconnected).toEqual([]);
    expect(hub.io.of('/').sockets.size).toBe(2);
  });
});

/** POSTs closeList to tc1 over HTTPS. */
function fetchCommand(port: number, key: string, ca: string[]): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ type: 'closeList' });
    const req = httpsRequest(
      `https://127.0.0.1:${port}/api/rooms/tc1/commands`,
      {
        method: 'POST',
        agent: false,
        ca,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the plain-HTTP port', () => {
  it('redirects every path to the same one over HTTPS', async () => {
    const { files } = certificates();
    const { hub, port } = await startHub({ tls: files, httpRedirectPort: 0 });
    const redirectPort = hub.redirectPort();
    expect(redirectPort).toBeGreaterThan(0);
    const answer = await request(`http://127.0.0.1:${redirectPort}/follow/tc1?lang=fr`);
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe(`https://127.0.0.1:${port}/follow/tc1?lang=fr`);
  });

  it('redirects to ROSTRUM_PUBLIC_URL when it is set', async () => {
    const { files } = certificates();
    const { hub } = await startHub({
      tls: files,
      httpRedirectPort: 0,
      publicUrl: 'https://rostrum.example.org',
    });
    const answer = await request(`http://127.0.0.1:${hub.redirectPort()}/display/tc1`);
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe('https://rostrum.example.org/display/tc1');
  });

  it('is not opened without a certificate', async () => {
    const { hub } = await startHub({ httpRedirectPort: 0 });
    expect(hub.secure).toBe(false);
    expect(hub.redirectPort()).toBeUndefined();
  });
});

describe('GET /api/config: where phones go', () => {
  it('is ROSTRUM_PUBLIC_URL when set', async () => {
    const { port } = await startHub({ publicUrl: 'https://rostrum.example.org' });
    const answer = await request(`http://127.0.0.1:${port}/api/config`);
    expect(JSON.parse(answer.body)).toEqual({
      phonesBase: 'https://rostrum.example.org',
      from: 'setting',
    });
  });

  it('is nothing for a hub only this machine can reach', async () => {
    const { a, files } = certificates();
    const { port } = await startHub({ tls: files });
    const answer = await request(`https://127.0.0.1:${port}/api/config`, [a.cert]);
    expect(JSON.parse(answer.body)).toEqual({ phonesBase: null, from: 'none' });
  });
});
