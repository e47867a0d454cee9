// The hub's content security policy against the built client in headless Chromium: every view
// loads, connects its socket and runs with no violation at all, and the policy does bite (an
// inline script or style attribute put in by hand is refused).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  all,
  command,
  launchChromium,
  shows,
  startHub,
  waitForWall,
  type RunningHub,
} from './browser-harness.ts';

let dataDir: string;
let hub: RunningHub;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'rostrum-browser-'));
  [hub, browser] = await Promise.all([startHub(dataDir), launchChromium()]);
  await command(hub, { type: 'nextSpeaker', start: true });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records every CSP violation (from the document's own event) and script error. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation(text: string): void }).reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => violations.push(`script error: ${error.message}`));
  return { page, violations };
}

describe('under the content security policy', () => {
  it('the wall loads, connects and counts, with no violation', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${hub.url}/display/cr4`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForWall(page, all(shows('phase', 'running'), shows('reconnecting', false)));
    // The QR code to the phone view is drawn inline, as SVG elements: allowed.
    expect(await page.locator('.wall-follow svg path').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each(['/follow/cr4', '/chair/cr4', '/lectern/cr4', '/'])(
    '%s loads with no violation',
    async (route) => {
      const { page, violations } = await watchedPage();
      const hash = route.startsWith('/chair') ? `#key=${encodeURIComponent(hub.chairKey)}` : '';
      await page.goto(`${hub.url}${route}${hash}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  it('refuses an inline script and an inline style attribute', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${hub.url}/display/cr4`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline</p>');
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
    await page.close();
  });
});
