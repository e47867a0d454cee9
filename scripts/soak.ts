// `npm run soak`: the crash soak (tests/server/crash-soak.ts) at full length. A scripted meeting
// is driven by two chair consoles against a real hub process, which is killed with SIGKILL at
// random moments and restarted on the same port and data folder; then it checks that nothing
// acknowledged was lost and the record is intact, and prints what it measured. Not part of
// `npm test`: it takes a few minutes.
//
//   npm run soak -- [--kills 50] [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runSoak, type KillRecord } from '../tests/server/crash-soak.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '50' }, seed: { type: 'string', default: '1' } },
});
const kills = Number(values.kills);
const seed = Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  process.stderr.write('Usage: npm run soak -- [--kills 50] [--seed 1]\n');
  process.exit(2);
}

const closers: (() => Promise<void> | void)[] = [];
const cleanup = { onCleanup: (close: () => Promise<void> | void) => void closers.push(close) };
async function closeAll(): Promise<void> {
  for (const close of closers.reverse()) await close();
}
process.once('SIGINT', () => void closeAll().then(() => process.exit(130)));

/** The value at quantile `q` (0-1) of `values`, or NaN for none. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const spread = (values: number[], unit = 'ms') =>
  `median ${quantile(values, 0.5)} ${unit}, p95 ${quantile(values, 0.95)} ${unit}, max ${Math.max(...values)} ${unit}`;
const pick = (records: KillRecord[], field: 'countdownErrorMs' | 'wallVsHubMs') =>
  records.flatMap((k) => (k[field] === null ? [] : [k[field]]));

process.stdout.write(`Crash soak: ${kills} kills, seed ${seed}\n`);
try {
  const result = await runSoak(cleanup, {
    kills,
    seed,
    runMs: [300, 2_500],
    thinkMs: [0, 20],
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  const k = result.kills;
  const countdown = pick(k, 'countdownErrorMs');
  const wallVsHub = pick(k, 'wallVsHubMs');
  const inFlight = k.reduce((sum, r) => sum + r.inFlight, 0);
  const landed = k.reduce((sum, r) => sum + r.inFlightLanded, 0);
  const rows: [string, string][] = [
    ['hub processes killed with SIGKILL', String(k.length)],
    ['meeting run between two kills', spread(k.map((r) => r.ranMs))],
    ['commands sent (two consoles: socket and REST)', String(result.sent)],
    ['accepted', String(result.accepted)],
    [
      'refused',
      Object.entries(result.refused)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || 'none',
    ],
    [
      'in flight at a kill (unanswered)',
      `${inFlight} (at ${k.filter((r) => r.inFlight > 0).length} kills)`,
    ],
    ['  of which committed before the kill', String(landed)],
    ['accepted commands missing from the journal', String(result.lostAccepted)],
    ['journal entries no console sent', String(result.unexplainedEntries)],
    ['journal entries / final version', `${result.journalEntries} / ${result.finalVersion}`],
    ['journal replayed from the seed = stored room', result.replayMatches ? 'yes' : 'NO'],
    ['SQLite integrity_check', result.integrity],
    ['speeches in the record', String(result.recordLength)],
    ['SIGKILL to next hub listening', spread(k.map((r) => r.restartMs))],
    ['hub listening to wall resynced', spread(k.map((r) => r.resyncMs))],
    ['running countdown at a kill, timer unchanged after', `${countdown.length} kills`],
    [
      '  countdown after resync vs before kill + downtime',
      countdown.length ? spread(countdown) : '-',
    ],
    ['wall countdown vs hub after resync', wallVsHub.length ? spread(wallVsHub) : '-'],
    ['soak duration', `${result.seconds} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(
    `\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`,
  );
  const dir = path.resolve('.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `soak-${kills}.json`), JSON.stringify({ seed, ...result }, null, 2));
  const failed =
    result.lostAccepted > 0 ||
    result.unexplainedEntries > 0 ||
    !result.replayMatches ||
    result.integrity !== 'ok' ||
    countdown.some((ms) => ms >= 100);
  process.stdout.write(failed ? '\nFAILED\n' : '\nAll checks passed.\n');
  await closeAll();
  process.exit(failed ? 1 : 0);
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await closeAll();
  process.exit(1);
}
