// Two chair consoles (the chair and the secretariat officer beside them) send conflicting
// commands at the same moment, each stating the version it decided on. Exactly one wins; the
// other gets `conflict` with the room as it now is, looks again and retries; no decision is lost
// and none is applied to a state its sender did not see.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { CommandAck } from '../../shared/protocol.ts';
import { chairLine, type ChairLine } from './chair-line.ts';
import { createHarness, createTestClock, demoSeed, NO_LIMITS } from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const ROUNDS = 50;

it(`${ROUNDS} rounds of two consoles at once: one wins, the other retries, nothing is lost`, async () => {
  const hub = await harness.startHub({
    clock: createTestClock(),
    seeds: [demoSeed()],
    hub: { limits: NO_LIMITS },
  });
  const key = hub.chairKey('cr4');
  const chair = await chairLine(harness, 'socket', hub, 'cr4', key);
  const officerSocket = await chairLine(harness, 'socket', hub, 'cr4', key);
  const officerRest = await chairLine(harness, 'rest', hub, 'cr4', key);
  const version = () => hub.hub.engine.state('cr4')?.version ?? -1;

  let conflicts = 0;
  const wins = { chair: 0, officer: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Half the rounds the officer's console is on REST: both ways in must agree.
    const officer: ChairLine = round % 2 === 0 ? officerSocket : officerRest;
    const seen = version();
    const mine = { type: 'announce', text: `Chair, round ${round}` };
    const theirs =
      round % 3 === 0
        ? { type: 'moveSpeaker', speakerId: `s${(round % 40) + 1}`, toIndex: 41 }
        : { type: 'announce', text: `Officer, round ${round}` };
    // Both leave in the same tick; which goes out first alternates, so either may win.
    const sending =
      round % 4 < 2
        ? [
            chair.send({ ...mine, expectedVersion: seen }),
            officer.send({ ...theirs, expectedVersion: seen }),
          ]
        : [
            officer.send({ ...theirs, expectedVersion: seen }),
            chair.send({ ...mine, expectedVersion: seen }),
          ].reverse();
    const [a, b] = await Promise.all(sending);
    if (!a || !b) throw new Error('two answers expected');
    const acks = [a.reply, b.reply] as CommandAck[];
    const winners = acks.filter((ack) => ack.ok);
    expect(winners, `round ${round}`).toHaveLength(1);
    expect(winners[0]).toEqual({ ok: true, version: seen + 1 });
    const loserIndex = acks.findIndex((ack) => !ack.ok);
    const loser = acks[loserIndex];
    if (!loser || loser.ok) throw new Error('no loser');
    conflicts += 1;
    wins[loserIndex === 0 ? 'officer' : 'chair'] += 1;
    expect(loser.error.code).toBe('conflict');
    if (loserIndex === 1 && officer.transport === 'rest') expect(b.status).toBe(409);
    // The loser is given the room as it is now, and decides again on that.
    expect(loser.state?.version).toBe(seen + 1);
    const retry = loserIndex === 0 ? chair : officer;
    const command = loserIndex === 0 ? mine : theirs;
    const again = await retry.send({ ...command, expectedVersion: loser.state?.version });
    expect(again.reply, `round ${round} retry`).toEqual({ ok: true, version: seen + 2 });
  }

  // Every decision is in the journal, each applied to exactly the version its sender saw.
  const journal = hub.store.journal('cr4');
  expect(conflicts).toBe(ROUNDS);
  expect(journal).toHaveLength(2 * ROUNDS);
  for (const entry of journal) {
    expect(entry.command).toMatchObject({ expectedVersion: entry.version - 1 });
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    const texts = journal.map((e) => JSON.stringify(e.command));
    expect(texts.some((t) => t.includes(`Chair, round ${round}"`))).toBe(true);
  }
  expect(journal.filter((e) => e.origin === 'rest').length).toBeGreaterThan(0);

  const dir = path.resolve('.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'conflict.json'),
    JSON.stringify({ rounds: ROUNDS, conflicts, wins, journal: journal.length }, null, 2),
  );
});
