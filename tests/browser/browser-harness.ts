// The browser suite's tools: a real hub in this process (a temporary SQLite folder, the system
// clock, the built client), Debian's Chromium driven by playwright-core, chair commands over REST,
// and checks that run inside the page: nothing leaves the screen or is cut, text contrast.
import { chromium, type Browser, type Page } from 'playwright-core';
import { systemClock } from '../../server/clock.ts';
import { generateChairKey } from '../../server/auth/chair-keys.ts';
import { createHub, type Hub } from '../../server/create-hub.ts';
import type { FrontNetwork } from '../../server/http/web-front.ts';
import { demoRoom } from '../../server/demo/cr4.ts';
import { createLogger } from '../../server/logger.ts';
import { seedRooms } from '../../server/seed-rooms.ts';
import { openSqliteStore } from '../../server/store/sqlite-store.ts';
import { parseRoomSeed } from '../../shared/domain/create-room.ts';
import type { RoomDetail } from '../../shared/protocol.ts';
import { CLIENT_DIR } from './build-client.ts';

export const ROOM_ID = 'cr4';

/** The secretariat's key of every test hub (ROSTRUM_ADMIN_KEY in production). */
export const ADMIN_KEY = 'admin-key-for-the-browser-tests';

/**
 * The demo's third segment, its interactive dialogue of 42 speakers: the demo opens on its
 * opening segment (2 speakers), and a test that needs the long list starts this one.
 */
export const DIALOGUE_SEGMENT = 'seg-3';

/**
 * The address phones are sent to by every test hub unless a test says otherwise (its
 * ROSTRUM_PUBLIC_URL): the hub listens on 127.0.0.1, which no phone could open, and a wall
 * with no address for phones shows no QR code (tests/browser/phones-link.test.ts).
 */
export const TEST_PUBLIC_URL = 'https://rostrum.example.org';

/** How long the page may take to show what the hub has just accepted. */
export const SHOWN_WITHIN_MS = 5000;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface RunningHub {
  hub: Hub;
  /** http://127.0.0.1:<port> (https:// with a certificate) */
  url: string;
  port: number;
  chairKey: string;
  close(): Promise<void>;
}

/**
 * A hub on 127.0.0.1 over `dataDir`, with the demo room (created on the first start only: a
 * restart on the same folder finds the room as it was left). Port 0 picks a free one. Its
 * network settings are `network` (by default, phones sent to TEST_PUBLIC_URL), bound to `host`.
 */
export async function startHub(
  dataDir: string,
  port = 0,
  options: { network?: FrontNetwork; host?: string } = {},
): Promise<RunningHub> {
  const store = openSqliteStore(dataDir);
  const demo = parseRoomSeed(demoRoom(Date.now()));
  if (!demo.ok) throw new Error(`Demo room: ${demo.error.message}`);
  // The key is known when the room is created; on a restart, the room gets a new one.
  let chairKey = seedRooms(store, [demo.value], Date.now()).chairKeys[ROOM_ID];
  if (chairKey === undefined) {
    chairKey = generateChairKey();
    if (!store.setChairKey(ROOM_ID, chairKey)) throw new Error('No demo room');
  }
  const hub = createHub({
    store,
    clock: systemClock,
    logger: createLogger('silent'),
    clientDir: CLIENT_DIR,
    adminKey: ADMIN_KEY,
    network: options.network ?? { publicUrl: TEST_PUBLIC_URL },
  });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= hub.close());
  const bound = await hub
    .listen(port, options.host ?? '127.0.0.1')
    .catch(async (error: unknown) => {
      await close();
      throw error;
    });
  const scheme = hub.secure ? 'https' : 'http';
  return { hub, url: `${scheme}://127.0.0.1:${bound}`, port: bound, chairKey, close };
}

/** Sends a chair command over REST; fails the test with the hub's answer if it is refused. */
export async function command(hub: RunningHub, input: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${hub.url}/api/rooms/${ROOM_ID}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.chairKey}` },
    body: JSON.stringify(input),
  });
  if (!response.ok) {
    throw new Error(`${input.type} refused (${response.status}): ${await response.text()}`);
  }
}

/** Moves the demo to its dialogue of 42 speakers (DIALOGUE_SEGMENT), as the chair would. */
export function startDialogue(hub: RunningHub): Promise<void> {
  return command(hub, { type: 'startSegment', segmentId: DIALOGUE_SEGMENT });
}

/**
 * A request of the secretariat (the admin key) to the hub's REST API; fails the test with the
 * hub's answer if it is refused, else resolves with the body.
 */
export async function secretariat(
  hub: RunningHub,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${hub.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} refused (${response.status}): ${await response.text()}`);
  }
  return (await response.json()) as Record<string, unknown>;
}

/** The room as the hub has it now. */
export async function roomNow(hub: RunningHub, roomId = ROOM_ID): Promise<RoomDetail> {
  const response = await fetch(`${hub.url}/api/rooms/${roomId}`);
  return (await response.json()) as RoomDetail;
}

/** What a test wants to know of the wall, read in one go. */
export interface WallReading {
  status: string | undefined;
  notice: string | undefined;
  position: string | undefined;
  delegation: string | undefined;
  behalf: string | undefined;
  digits: string | undefined;
  clockState: string | undefined;
  band: string | undefined;
  phase: string | undefined;
  /** The suspension, break between sittings or announcement in place of the floor. */
  message:
    { kind: string | undefined; heading: string | undefined; body: string | undefined } | undefined;
  /** No meeting running (none open, or adjourned): what the wall shows instead of the floor. */
  idle:
    | { kind: string | undefined; heading: string | undefined; upcoming: string | undefined }
    | undefined;
  /** The segment in play, shown for a meeting of several. */
  segment: string | undefined;
  next: string[];
  reconnecting: boolean;
}

export function readWall(page: Page): Promise<WallReading> {
  return page.evaluate(() => {
    const text = (selector: string) =>
      document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const countdown = document.querySelector<HTMLElement>('.wall-countdown');
    const message = document.querySelector<HTMLElement>('.wall-message');
    const idle = document.querySelector<HTMLElement>('.wall-idle');
    return {
      status: text('.wall-status'),
      notice: text('.wall-notice'),
      position: text('.wall-position'),
      delegation: text('.wall-delegation'),
      behalf: text('.wall-behalf'),
      digits: text('.wall-digits'),
      clockState: text('.wall-clock-state'),
      band: countdown?.dataset.band,
      phase: countdown?.dataset.phase,
      message: message
        ? {
            kind: message.dataset.kind,
            heading: text('.wall-message h2'),
            body: text('.wall-message p'),
          }
        : undefined,
      idle: idle
        ? {
            kind: idle.dataset.phase,
            heading: text('.wall-idle h2'),
            upcoming: text('.wall-upcoming'),
          }
        : undefined,
      segment: text('.wall-segment'),
      next: [...document.querySelectorAll('.wall-next-name')].map((e) => e.textContent ?? ''),
      reconnecting: document.querySelector('.wall-connection') !== null,
    };
  });
}

/**
 * Waits until the wall reads as `check` wants, polling the page; fails with the last reading.
 * `check` returns nothing when satisfied, or what is still wrong.
 */
export async function waitForWall(
  page: Page,
  check: (wall: WallReading) => string | undefined,
  timeoutMs = SHOWN_WITHIN_MS,
): Promise<WallReading> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const wall = await readWall(page);
    const wrong = check(wall);
    if (wrong === undefined) return wall;
    if (Date.now() > deadline) {
      throw new Error(`After ${timeoutMs} ms: ${wrong}\n${JSON.stringify(wall, null, 2)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A check that the field is (or, for a RegExp, matches) what is expected. */
export function shows<Field extends keyof WallReading>(
  field: Field,
  expected: WallReading[Field] | RegExp,
): (wall: WallReading) => string | undefined {
  return (wall) => {
    const actual = wall[field];
    const ok =
      expected instanceof RegExp
        ? typeof actual === 'string' && expected.test(actual)
        : actual === expected;
    return ok ? undefined : `${field} is ${JSON.stringify(actual)}, expected ${String(expected)}`;
  };
}

/** All the checks at once. */
export function all(
  ...checks: ((wall: WallReading) => string | undefined)[]
): (wall: WallReading) => string | undefined {
  return (wall) => checks.map((check) => check(wall)).find((wrong) => wrong !== undefined);
}

/** Lets the page lay out and paint twice (after a resize or a change). */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * Everything on the wall that leaves the viewport or is cut by its box: for every element under
 * `.wall` (or the screen's `root`) its bounding box lies within the viewport, and (HTML elements)
 * its content fits its box, scrollWidth/scrollHeight within clientWidth/clientHeight + 1 px.
 * Elements matching `clipped` clip on purpose and are spared the second check only.
 */
export function overflowProblems(page: Page, clipped: string[], root = '.wall'): Promise<string[]> {
  return page.evaluate(
    ([clippedSelectors, screen]) => {
      const problems: string[] = [];
      const name = (e: Element) =>
        `${e.tagName.toLowerCase()}${e.classList.length > 0 ? `.${[...e.classList].join('.')}` : ''}` +
        ` "${(e.textContent ?? '').trim().slice(0, 40)}"`;
      const width = document.documentElement.clientWidth;
      const height = document.documentElement.clientHeight;
      for (const element of document.querySelectorAll(`${screen}, ${screen} *`)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
          problems.push(
            `${name(element)} leaves the screen: ${Math.round(box.left)},${Math.round(box.top)} to ` +
              `${Math.round(box.right)},${Math.round(box.bottom)} in ${width}x${height}`,
          );
        }
        if (!(element instanceof HTMLElement)) continue; // the QR code's SVG shapes
        if (clippedSelectors.some((selector) => element.matches(selector))) continue;
        if (
          element.scrollWidth > element.clientWidth + 1 ||
          element.scrollHeight > element.clientHeight + 1
        ) {
          problems.push(
            `${name(element)} is cut: content ${element.scrollWidth}x${element.scrollHeight} ` +
              `in a box of ${element.clientWidth}x${element.clientHeight}`,
          );
        }
      }
      return problems;
    },
    [clipped, root] as const,
  );
}

export interface Contrast {
  selector: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/**
 * The WCAG contrast ratio of each selector's first element: its text colour against the first
 * opaque background found going up from it. Selectors not on screen are left out.
 */
export function contrasts(page: Page, selectors: string[]): Promise<Contrast[]> {
  return page.evaluate((wanted) => {
    const rgba = (css: string): [number, number, number, number] => {
      const parts =
        /rgba?\(([^)]*)\)/
          .exec(css)?.[1]
          ?.split(/[\s,/]+/)
          .filter(Boolean) ?? [];
      const [r = 0, g = 0, b = 0, a = 1] = parts.map(Number);
      return [r, g, b, a];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
    };
    const backgroundOf = (element: Element): string => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const background = getComputedStyle(e).backgroundColor;
        if (rgba(background)[3] > 0) return background;
      }
      return 'rgb(255, 255, 255)';
    };
    const found: Contrast[] = [];
    for (const selector of wanted) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const color = getComputedStyle(element).color;
      const background = backgroundOf(element);
      const [l1, l2] = [luminance(rgba(color)), luminance(rgba(background))];
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      found.push({
        selector,
        text: (element.textContent ?? '').trim().slice(0, 40),
        color,
        background,
        ratio: Math.round(ratio * 100) / 100,
      });
    }
    return found;
  }, selectors);
}

/**
 * Where the last two characters of the element's text are drawn, left to right: for a Latin text
 * in its own order the last one (a full stop, say) is to the right of the one before it.
 */
export function lastTwoCharacters(page: Page, selector: string): Promise<[number, number]> {
  return page.evaluate((wanted) => {
    const element = document.querySelector(wanted);
    const walker = element && document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | undefined;
    while (walker?.nextNode()) last = walker.currentNode as Text;
    const length = last?.data.length ?? 0;
    if (!last || length < 2) throw new Error(`No text in ${wanted}`);
    const leftOf = (offset: number) => {
      const range = document.createRange();
      range.setStart(last, offset);
      range.setEnd(last, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return [leftOf(length - 2), leftOf(length - 1)] as [number, number];
  }, selector);
}

/**
 * The elements (of `selectors`) with a line of text that does not end at the element's right
 * edge: on a right-to-left wall every line, whatever its script, is aligned to the right.
 */
export function linesNotFlushRight(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll(wanted.join(','))) {
      const style = getComputedStyle(element);
      const right = element.getBoundingClientRect().right - parseFloat(style.paddingRight);
      const range = document.createRange();
      range.selectNodeContents(element);
      // The right end of each line: rects of one line share a top.
      const lineEnds = new Map<number, number>();
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        lineEnds.set(top, Math.max(lineEnds.get(top) ?? -Infinity, rect.right));
      }
      for (const [top, end] of lineEnds) {
        if (Math.abs(end - right) > 2) {
          const text = (element.textContent ?? '').trim().slice(0, 40);
          problems.push(`"${text}": the line at y=${top} ends at x=${end}, not ${right}`);
        }
      }
    }
    return problems;
  }, selectors);
}
