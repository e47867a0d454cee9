// The links a hub prints at start (issue 15): on ROSTRUM_PUBLIC_URL when it is set; else, bound
// to every interface, the phones' link on the machine's network address (never localhost), the
// same address the wall is given by GET /api/config. Bad network settings stop the start in one
// line. The hub is reached on 127.0.0.1 only: a link's address is read, its port asked there.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCertificate } from './certificates.ts';
import { createHarness } from './harness.ts';
import { exitOf, freePort, runHub, type HubProcess } from './hub-process.ts';
import { until } from './waiting.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const KEY = 'a-chair-key-for-tests';

/** Runs the hub and waits for its links (the last line of the demo room's block). */
async function linksOf(env: Record<string, string>): Promise<{ hub: HubProcess; out: string }> {
  const hub = runHub(harness, [], {
    DATA_DIR: path.join(harness.tempDir(), 'data'),
    ROSTRUM_CHAIR_KEY: KEY,
    ...env,
  });
  await until('the links', () => hub.stdout().includes('chair key:'), 20_000).catch(() => {
    throw new Error(`No links.\nstdout: ${hub.stdout()}\nstderr: ${hub.stderr()}`);
  });
  return { hub, out: hub.stdout() };
}

/** The link printed after `label` (e.g. 'phones:'). */
function link(out: string, label: string): string {
  const line = out.split('\n').find((l) => l.trimStart().startsWith(label));
  return line?.trim().slice(label.length).trim() ?? '';
}

/** The machine's first address on its network, as the hub should find it. */
function firstLanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a?.family === 'IPv4' && !a.internal)?.address;
}

describe('the links printed at start', () => {
  it('are all on ROSTRUM_PUBLIC_URL when it is set', async () => {
    const dir = harness.tempDir();
    const cert = makeCertificate(dir, 'hub');
    const port = await freePort();
    const { out } = await linksOf({
      HOST: '127.0.0.1',
      PORT: String(port),
      ROSTRUM_PUBLIC_URL: 'https://rostrum.example.org/',
      ROSTRUM_TLS_CERT: cert.certFile,
      ROSTRUM_TLS_KEY: cert.keyFile,
    });
    expect(out).toContain(`Rostrum hub listening on https://127.0.0.1:${port}`);
    expect(link(out, 'wall display:')).toBe('https://rostrum.example.org/display/cr4');
    expect(link(out, 'chair console:')).toBe(`https://rostrum.example.org/chair/cr4#key=${KEY}`);
    expect(link(out, 'phones:')).toBe('https://rostrum.example.org/follow/cr4');
    expect(link(out, 'lectern:')).toBe('https://rostrum.example.org/lectern/cr4');
    // The booths' link carries the booth key made with the room, never the chair's.
    const booths = link(out, 'booths:');
    expect(booths).toMatch(/^https:\/\/rostrum\.example\.org\/booth\/cr4#key=[A-Za-z0-9_-]{22}$/);
    expect(booths).not.toContain(KEY);
    expect(link(out, 'Secretariat (rooms and meetings):')).toMatch(
      /^https:\/\/rostrum\.example\.org\/admin#key=/,
    );
  });

  it('give phones the network address, never localhost, on a hub bound everywhere', async () => {
    const lan = firstLanAddress();
    if (lan === undefined) throw new Error('This machine has no network address to test with');
    const port = await freePort();
    const { out } = await linksOf({ HOST: '0.0.0.0', PORT: String(port) });
    expect(out).toContain(`listening on http://localhost:${port}, http://${lan}:${port}`);
    const phones = link(out, 'phones:');
    expect(phones).toBe(`http://${lan}:${port}/follow/cr4`);
    expect(phones).not.toMatch(/localhost|127\./);
    // The lectern's tablet too is a device of its own on the room's network.
    expect(link(out, 'lectern:')).toBe(`http://${lan}:${port}/lectern/cr4`);
    expect(link(out, 'booths:')).toMatch(
      new RegExp(`^http://${lan.replaceAll('.', '\\.')}:${port}/booth/cr4#key=`),
    );
    // The wall's own link may stay on this machine.
    expect(link(out, 'wall display:')).toBe(`http://localhost:${port}/display/cr4`);

    // The wall is given the same address: asked on 127.0.0.1, at the port of the phones' link.
    const phonesPort = new URL(phones).port;
    const config = (await (
      await fetch(`http://127.0.0.1:${phonesPort}/api/config`)
    ).json()) as unknown;
    expect(config).toEqual({ phonesBase: `http://${lan}:${port}`, from: 'network' });
    const page = await fetch(`http://127.0.0.1:${phonesPort}${new URL(phones).pathname}`);
    expect([200, 503]).toContain(page.status); // 503: the client is not built
  });

  it('say so when phones cannot reach a hub bound to this machine only', async () => {
    const port = await freePort();
    const { out } = await linksOf({ HOST: '127.0.0.1', PORT: String(port) });
    expect(link(out, 'phones:')).toBe(
      `http://127.0.0.1:${port}/follow/cr4 (this machine only: set ROSTRUM_PUBLIC_URL, or HOST=0.0.0.0, for a link phones can open)`,
    );
  });
});

describe('bad network settings', () => {
  it.each([
    ['a certificate without its key', { cert: 'a' }, /^Bad settings: ROSTRUM_TLS_KEY: missing/],
    ['a key without its certificate', { key: 'a' }, /^Bad settings: ROSTRUM_TLS_CERT: missing/],
    [
      'an unreadable certificate',
      { cert: 'none', key: 'a' },
      /^Bad settings: ROSTRUM_TLS_CERT: cannot read .*none\.pem \(ENOENT\)$/,
    ],
    [
      'a key given as the certificate',
      { cert: 'a-key', key: 'a' },
      /^Bad settings: ROSTRUM_TLS_CERT: .* holds no PEM certificate/,
    ],
    [
      'a certificate and a key that do not match',
      { cert: 'a', key: 'b' },
      /^Bad settings: ROSTRUM_TLS_CERT, ROSTRUM_TLS_KEY: .* are not a usable certificate and key/,
    ],
    [
      'a redirect without a certificate',
      { redirect: '8081' },
      /^Bad settings: ROSTRUM_HTTP_REDIRECT_PORT: redirects to HTTPS/,
    ],
    [
      'a public address with a path',
      { publicUrl: 'https://example.org/rostrum' },
      /^Bad settings: ROSTRUM_PUBLIC_URL: the address phones open/,
    ],
  ])('%s stops the start in one line', async (_what, given, expected) => {
    const dir = harness.tempDir();
    const a = makeCertificate(dir, 'a');
    const b = makeCertificate(dir, 'b');
    const files: Record<string, string> = {
      a: a.certFile,
      'a-key': a.keyFile,
      none: path.join(dir, 'none.pem'),
    };
    const keys: Record<string, string> = { a: a.keyFile, b: b.keyFile };
    const dataDir = path.join(dir, 'data');
    const { cert, key, redirect, publicUrl } = given as Record<string, string | undefined>;
    const hub = runHub(harness, [], {
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      ...(cert !== undefined && { ROSTRUM_TLS_CERT: files[cert] }),
      ...(key !== undefined && { ROSTRUM_TLS_KEY: keys[key] }),
      ...(redirect !== undefined && { ROSTRUM_HTTP_REDIRECT_PORT: redirect }),
      ...(publicUrl !== undefined && { ROSTRUM_PUBLIC_URL: publicUrl }),
    });
    expect((await exitOf(hub)).code).toBe(1);
    const lines = hub.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    // Nothing was started: not even the data folder.
    expect(existsSync(dataDir)).toBe(false);
    expect(hub.stdout()).toBe('');
  });
});
