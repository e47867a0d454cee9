// An edge takes the hub's network settings for itself (issue 15): its own certificate (HTTPS and
// WSS on its port), its own public address, printed and given to its walls. A hub and an edge
// as real processes over a real Redis, on 127.0.0.1.
import { get } from 'node:https';
import { io } from 'socket.io-client';
import { afterEach, expect, it } from 'vitest';
import type { RoomSnapshot } from '../../shared/protocol.ts';
import { makeCertificate } from './certificates.ts';
import { createHarness, within, type ClientSocket } from './harness.ts';
import { freePort, runHub, startHubProcess } from './hub-process.ts';
import { startRedis } from './redis-process.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** GETs `url` over HTTPS trusting `ca` only, and parses the JSON answer. */
function getJson(url: string, ca: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, { ca, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

it('serves HTTPS and WSS with its own certificate, and names its own address for phones', async () => {
  const redis = await startRedis(harness);
  const hub = await startHubProcess(harness, {
    DATA_DIR: harness.tempDir(),
    ROSTRUM_CHAIR_KEY: 'a-chair-key-for-edges',
    ROSTRUM_REDIS_URL: redis.url,
  });
  const cert = makeCertificate(harness.tempDir(), 'edge');
  const port = await freePort();
  const edge = runHub(harness, ['--role', 'edge'], {
    HOST: '127.0.0.1',
    PORT: String(port),
    ROSTRUM_REDIS_URL: redis.url,
    ROSTRUM_HUB_URL: hub.url,
    ROSTRUM_PUBLIC_URL: 'https://follow.example.org',
    ROSTRUM_TLS_CERT: cert.certFile,
    ROSTRUM_TLS_KEY: cert.keyFile,
  });
  await until('the edge listens', () => edge.stdout().includes('phones:'), 20_000).catch(() => {
    throw new Error(`The edge did not start.\n${edge.stdout()}\n${edge.stderr()}`);
  });
  expect(edge.stdout()).toContain(`Rostrum edge listening on https://127.0.0.1:${port}`);
  expect(edge.stdout()).toContain('phones:         https://follow.example.org/follow/<room>');

  expect(await getJson(`https://127.0.0.1:${port}/api/config`, cert.cert)).toEqual({
    phonesBase: 'https://follow.example.org',
    from: 'setting',
  });
  const socket: ClientSocket = io(`https://127.0.0.1:${port}`, {
    auth: { roomId: 'cr4', role: 'follower' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ca: cert.cert,
  });
  harness.onCleanup(() => {
    socket.disconnect();
  });
  const snapshot = await within(
    new Promise<RoomSnapshot>((resolve, reject) => {
      socket.once('snapshot', resolve);
      socket.once('connect_error', reject);
    }),
    'the room over wss:// from the edge',
  );
  expect(snapshot.roomId).toBe('cr4');
});
