// Links that work from a phone (issue 15), in Chromium against real hubs: the wall's QR code
// encodes ROSTRUM_PUBLIC_URL when it is set, and the hub's network address (never localhost)
// when not, for a wall opened on 127.0.0.1; a hub no phone could reach gets no QR code but a
// line saying why; the chair's console shows the phones' link and QR code; over HTTPS the wall
// runs on WSS; a phone on a page without https is told why its alert is on the page only.
// The QR code is checked twice: its label, and its drawing against uqr's for that text.
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { qrPath } from '../../client/view-kit/QrCode.tsx';
import type { FrontNetwork } from '../../server/http/web-front.ts';
import { makeCertificate } from '../server/certificates.ts';
import {
  CHROMIUM_ARGS,
  ROOM_ID,
  SHOWN_WITHIN_MS,
  startDialogue,
  startHub,
  type RunningHub,
} from './browser-harness.ts';

let browser: Browser;
let dirs: string[] = [];
let hubs: RunningHub[] = [];
let contexts: BrowserContext[] = [];

/** A name Chromium resolves to 127.0.0.1: a page on http:// there is not a secure context. */
const PLAIN_NAME = 'room4.rostrum.test';

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PLAIN_NAME} 127.0.0.1`],
  });
});

afterEach(async () => {
  await Promise.allSettled(contexts.map((context) => context.close()));
  await Promise.allSettled(hubs.map((hub) => hub.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  [contexts, hubs, dirs] = [[], [], []];
});

afterAll(async () => {
  await browser.close();
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'rostrum-links-'));
  dirs.push(dir);
  return dir;
}

async function hubWith(network: FrontNetwork, host = '127.0.0.1'): Promise<RunningHub> {
  const hub = await startHub(path.join(tempDir(), 'data'), 0, { network, host });
  hubs.push(hub);
  return hub;
}

async function pageAt(url: string, options: { ignoreHTTPSErrors?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

interface Code {
  label: string | null;
  path: string | null;
}

/** The QR code in `selector`'s SVG, once drawn. */
async function codeIn(page: Page, selector: string): Promise<Code> {
  const svg = page.locator(`${selector} svg`);
  await svg.waitFor({ timeout: SHOWN_WITHIN_MS });
  return {
    label: await svg.getAttribute('aria-label'),
    path: await svg.locator('path').getAttribute('d'),
  };
}

/** Checks that `code` is the QR code of `text`: so named, and drawn as uqr draws that text. */
function expectCodeOf(code: Code, text: string): void {
  expect(code.label).toBe(text);
  expect(code.path).toBe(qrPath(text).d);
}

function firstLanAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((a) => a?.family === 'IPv4' && !a.internal)?.address;
  if (!found) throw new Error('This machine has no network address to test with');
  return found;
}

describe('the wall’s QR code', () => {
  it('encodes ROSTRUM_PUBLIC_URL when it is set', async () => {
    const hub = await hubWith({ publicUrl: 'https://rostrum.example.org' });
    const page = await pageAt(`${hub.url}/display/${ROOM_ID}`);
    expectCodeOf(
      await codeIn(page, '.wall-follow'),
      `https://rostrum.example.org/follow/${ROOM_ID}`,
    );
    expect(await page.locator('.wall-follow figcaption span').textContent()).toBe(
      `rostrum.example.org/follow/${ROOM_ID}`,
    );
  });

  it('encodes the network address, not localhost, for a wall opened on this machine', async () => {
    const lan = firstLanAddress();
    // Bound to every interface, as in a room, but asked on 127.0.0.1 only.
    const hub = await hubWith({}, '0.0.0.0');
    const page = await pageAt(`http://127.0.0.1:${hub.port}/display/${ROOM_ID}`);
    const code = await codeIn(page, '.wall-follow');
    expectCodeOf(code, `http://${lan}:${hub.port}/follow/${ROOM_ID}`);
    expect(code.label).not.toMatch(/localhost|127\./);
    // That link's path and port, asked on 127.0.0.1, are the phone's page.
    const phone = await pageAt(
      `http://127.0.0.1:${new URL(code.label ?? '').port}${new URL(code.label ?? '').pathname}`,
    );
    await phone.locator('.follow-status').waitFor({ timeout: SHOWN_WITHIN_MS });
  });

  it('is not drawn for a hub no phone could reach, and the wall says why', async () => {
    const hub = await hubWith({});
    const page = await pageAt(`${hub.url}/display/${ROOM_ID}`);
    const missing = page.locator('.wall-follow[data-missing]');
    await missing.waitFor({ timeout: SHOWN_WITHIN_MS });
    expect(await missing.textContent()).toContain('No link for phones');
    expect(await page.locator('.wall-follow svg').count()).toBe(0);
  });

  it('runs over HTTPS and WSS with the hub’s certificate', async () => {
    const cert = makeCertificate(tempDir(), 'wall');
    const hub = await hubWith({
      tls: { certFile: cert.certFile, keyFile: cert.keyFile },
      publicUrl: 'https://rostrum.example.org',
    });
    expect(hub.url).toMatch(/^https:/);
    // Chromium is not told to trust the test's own certificate: it is told to overlook it.
    const page = await pageAt(`${hub.url}/display/${ROOM_ID}`, { ignoreHTTPSErrors: true });
    // The QR code is drawn once the room has come, here over WSS.
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expectCodeOf(
      await codeIn(page, '.wall-follow'),
      `https://rostrum.example.org/follow/${ROOM_ID}`,
    );
  });
});

describe('the chair’s console', () => {
  it('shows the phones’ link and its QR code', async () => {
    const hub = await hubWith({ publicUrl: 'https://rostrum.example.org' });
    const page = await pageAt(`${hub.url}/chair/${ROOM_ID}#key=${hub.chairKey}`);
    const link = page.locator('.chair-phones a');
    await link.waitFor({ timeout: SHOWN_WITHIN_MS });
    expect(await link.getAttribute('href')).toBe(`https://rostrum.example.org/follow/${ROOM_ID}`);
    expectCodeOf(
      {
        label: await page.locator('.chair-phones-qr').getAttribute('aria-label'),
        path: await page.locator('.chair-phones-qr path').getAttribute('d'),
      },
      `https://rostrum.example.org/follow/${ROOM_ID}`,
    );
  });
});

describe('a phone on a page without https', () => {
  it('is told why its alert can only be on the page', async () => {
    const hub = await hubWith({});
    await startDialogue(hub);
    const context = await browser.newContext();
    contexts.push(context);
    // Brazil chosen on an earlier visit: its card, with the alert's switch, shows at once.
    await context.addInitScript(() => localStorage.setItem('rostrum.follow.cr4.delegation', 'BRA'));
    const page = await context.newPage();
    await page.goto(`http://${PLAIN_NAME}:${hub.port}/follow/${ROOM_ID}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const toggle = page.getByRole('switch', { name: 'Alert me when two speakers away' });
    await toggle.waitFor({ timeout: SHOWN_WITHIN_MS });
    await toggle.check();
    await page
      .getByText('Without https the browser allows no notification')
      .waitFor({ timeout: SHOWN_WITHIN_MS });
  });
});
