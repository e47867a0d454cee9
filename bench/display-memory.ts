// Does the wall display hold its memory over a long day? Opens /display/cr4 in headless Chromium
// against a real hub, runs a meeting through REST (a command every few seconds, a new speaker
// every three minutes), and samples the page's JS heap (after a forced garbage collection), DOM
// nodes and event listeners every minute. A benchmark, not a test: it prints what it measured.
//
//   npm run bench:display-memory -- [minutes]        (default 60; the client must be built)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { command, launchChromium, ROOM_ID, startHub } from '../tests/browser/browser-harness.ts';

interface Sample {
  minute: number;
  heapUsedKb: number;
  domNodes: number;
  listeners: number;
  version: number;
}

const minutes = Number(process.argv[2] ?? 60);
const dataDir = mkdtempSync(path.join(tmpdir(), 'rostrum-memory-'));
const hub = await startHub(dataDir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);
await page.goto(`${hub.url}/display/${ROOM_ID}`);
await page.waitForSelector('.wall-header');

let version = 0;
async function send(input: Record<string, unknown>): Promise<void> {
  await command(hub, input);
  version += 1;
}

async function sample(minute: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    minute,
    heapUsedKb: Math.round(heap.usedSize / 1024),
    domNodes: dom.nodes,
    listeners: dom.jsEventListeners,
    version,
  };
}

await send({ type: 'nextSpeaker', start: true });
const samples: Sample[] = [await sample(0)];
console.log('minute  heap KB  DOM nodes  listeners  commands');
const print = (s: Sample) =>
  console.log(
    `${String(s.minute).padStart(6)}  ${String(s.heapUsedKb).padStart(7)}  ${String(s.domNodes).padStart(9)}  ${String(s.listeners).padStart(9)}  ${String(s.version).padStart(8)}`,
  );
print(samples[0] as Sample);

const startedAt = Date.now();
let step = 0;
while (Date.now() - startedAt < minutes * 60_000) {
  await new Promise((resolve) => setTimeout(resolve, 5000));
  step += 1;
  // Every 5 s something happens, as in a busy meeting: pauses, time added, announcements, and
  // every three minutes the next speaker (the demo list is long enough for the hour).
  if (step % 36 === 0) await send({ type: 'nextSpeaker', start: true });
  else if (step % 12 === 3) await send({ type: 'pauseSpeech' });
  else if (step % 12 === 4) await send({ type: 'resumeSpeech' });
  else if (step % 12 === 7) await send({ type: 'announce', text: `Note ${step}` });
  else if (step % 12 === 9) await send({ type: 'clearAnnouncement' });
  else if (step % 12 === 11) await send({ type: 'adjustTime', deltaMs: 10_000 });
  const elapsedMinutes = Math.floor((Date.now() - startedAt) / 60_000);
  if (elapsedMinutes > (samples[samples.length - 1]?.minute ?? 0)) {
    const s = await sample(elapsedMinutes);
    samples.push(s);
    print(s);
  }
}

const first = samples[1] ?? samples[0];
const last = samples[samples.length - 1];
if (first && last) {
  console.log(
    `heap after minute 1: ${first.heapUsedKb} KB, at the end: ${last.heapUsedKb} KB ` +
      `(${(((last.heapUsedKb - first.heapUsedKb) / first.heapUsedKb) * 100).toFixed(1)} %); ` +
      `DOM nodes ${first.domNodes} -> ${last.domNodes}; listeners ${first.listeners} -> ${last.listeners}`,
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/display-memory.json',
  `${JSON.stringify({ minutes, samples }, null, 2)}\n`,
);
await browser.close();
await hub.close();
rmSync(dataDir, { recursive: true, force: true });
