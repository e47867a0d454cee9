// The crash soak in small (npm run soak does fifty kills and more): a hub process killed with
// SIGKILL three times at random moments of a meeting driven by two consoles, restarted each time.
// Nothing acknowledged is lost, the journal replays into the stored room exactly, the database
// is intact, and a running countdown resumes where it should be.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runSoak } from './crash-soak.ts';
import { createHarness } from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

it(
  'three kills mid-meeting: every acknowledged command kept, the record intact',
  { timeout: 60_000 },
  async () => {
    // Every kill comes just after a command left a console, a speech running.
    const result = await runSoak(harness, {
      kills: 3,
      seed: 7,
      runMs: [400, 1_200],
      thinkMs: [0, 30],
      aimed: 1,
    });

    expect(result.kills).toHaveLength(3);
    expect(result.accepted).toBeGreaterThan(10);
    expect(result.lostAccepted).toBe(0);
    expect(result.unexplainedEntries).toBe(0);
    expect(result.replayMatches).toBe(true);
    expect(result.integrity).toBe('ok');
    expect(result.journalEntries).toBe(result.finalVersion);
    for (const kill of result.kills) {
      if (kill.countdownErrorMs !== null) expect(kill.countdownErrorMs).toBeLessThan(100);
      if (kill.wallVsHubMs !== null) expect(kill.wallVsHubMs).toBeLessThan(100);
    }
    // At least one countdown was running after a kill, and the wall read it as the hub does.
    expect(result.kills.some((kill) => kill.wallVsHubMs !== null)).toBe(true);
    const dir = path.resolve('.tmp/reliability');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'crash-test.json'), JSON.stringify(result, null, 2));
  },
);
