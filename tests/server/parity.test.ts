// REST and Socket.IO reach the same engine: one script of commands, run over each on two fresh
// hubs with the same clock, gives the same answers, the same room and the same record.
import { afterEach, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/domain/errors.ts';
import { chairLine, type Sent, type Transport } from './chair-line.ts';
import {
  createHarness,
  createTestClock,
  demoSeed,
  getJson,
  withoutServerNow,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

interface Step {
  /** How long after the previous step this one comes. */
  advanceMs?: number;
  command: Record<string, unknown>;
  /** 'ok', or the code it must be refused with. */
  expect: 'ok' | ErrorCode;
}

/** A morning of the demo meeting cr4: speeches, pauses, a suspension, list changes, refusals. */
const SCRIPT: Step[] = [
  {
    command: { type: 'setInterpretation', status: 'partial', languages: ['en', 'fr'] },
    expect: 'ok',
  },
  { command: { type: 'pauseSpeech' }, expect: 'nobodyOnFloor' },
  { command: { type: 'nextSpeaker', start: true }, expect: 'ok' },
  { advanceMs: 95_000, command: { type: 'pauseSpeech' }, expect: 'ok' },
  { advanceMs: 10_000, command: { type: 'resumeSpeech' }, expect: 'ok' },
  { advanceMs: 1_000, command: { type: 'adjustTime', deltaMs: 30_000 }, expect: 'ok' },
  { advanceMs: 140_000, command: { type: 'nextSpeaker' }, expect: 'ok' },
  { advanceMs: 5_000, command: { type: 'skipSpeaker' }, expect: 'ok' },
  { command: { type: 'startSpeech' }, expect: 'ok' },
  { command: { type: 'startSpeech' }, expect: 'speechAlreadyStarted' },
  {
    command: { type: 'addSpeaker', delegation: 'pol', speakerName: 'Ms. A', position: 5 },
    expect: 'ok',
  },
  {
    advanceMs: 60_000,
    command: { type: 'announce', text: 'The list closes at 11:00.' },
    expect: 'ok',
  },
  { command: { type: 'closeList' }, expect: 'ok' },
  { command: { type: 'addSpeaker', delegation: 'NOR' }, expect: 'listClosed' },
  { command: { type: 'addSpeaker', delegation: 'NOR', afterClosure: true }, expect: 'ok' },
  {
    advanceMs: 30_000,
    command: { type: 'suspendMeeting', resumesAt: '10:30', note: 'Consultations' },
    expect: 'ok',
  },
  { command: { type: 'resumeSpeech' }, expect: 'meetingSuspended' },
  { advanceMs: 600_000, command: { type: 'resumeMeeting' }, expect: 'ok' },
  { command: { type: 'resumeSpeech' }, expect: 'ok' },
  { advanceMs: 45_000, command: { type: 'endSpeech' }, expect: 'ok' },
  { command: { type: 'moveSpeaker', speakerId: 's10', toIndex: 3 }, expect: 'ok' },
  { command: { type: 'updateSpeaker', speakerId: 's10', title: 'Minister' }, expect: 'ok' },
  { command: { type: 'undo' }, expect: 'ok' },
  { command: { type: 'announce', text: 'Late', expectedVersion: 1 }, expect: 'conflict' },
  { command: { type: 'previousSpeaker' }, expect: 'ok' },
  { advanceMs: 10_000, command: { type: 'resumeSpeech' }, expect: 'ok' },
  { advanceMs: 20_000, command: { type: 'nextSpeaker', start: true }, expect: 'ok' },
  { advanceMs: 200_000, command: { type: 'setTimeLimit', limitMs: 240_000 }, expect: 'ok' },
  { advanceMs: 1_000, command: { type: 'clearAnnouncement' }, expect: 'ok' },
];

interface Run {
  hub: TestHub;
  replies: Sent['reply'][];
}

/** Runs the script on a fresh hub with the demo room, sending over `transport`. */
async function runScript(transport: Transport): Promise<Run> {
  const hub = await harness.startHub({ clock: createTestClock(), seeds: [demoSeed()] });
  const chair = await chairLine(harness, transport, hub, 'cr4', hub.chairKey('cr4'));
  const replies: unknown[] = [];
  for (const step of SCRIPT) {
    hub.clock.advance(step.advanceMs ?? 0);
    const { reply } = await chair.send(step.command);
    const outcome =
      step.expect === 'ok' ? { ok: true } : { ok: false, error: { code: step.expect } };
    expect(reply, `${transport}: ${JSON.stringify(step.command)}`).toMatchObject(outcome);
    replies.push(reply);
  }
  return { hub, replies };
}

it('gives the same results over REST and over Socket.IO', async () => {
  const overSocket = await runScript('socket');
  const overRest = await runScript('rest');

  expect(overRest.replies).toEqual(overSocket.replies);

  const [socketHub, restHub] = [overSocket.hub, overRest.hub];
  expect(restHub.clock.now()).toBe(socketHub.clock.now());
  const socketState = socketHub.hub.engine.state('cr4');
  expect(socketState?.version).toBe(SCRIPT.filter((s) => s.expect === 'ok').length);
  expect(restHub.hub.engine.state('cr4')).toEqual(socketState);

  const [socketRoom, restRoom] = await Promise.all([
    getJson(socketHub, '/api/rooms/cr4'),
    getJson(restHub, '/api/rooms/cr4'),
  ]);
  expect(restRoom.status).toBe(200);
  expect(restRoom).toEqual(socketRoom);
  const snapshot = socketHub.hub.engine.snapshot('cr4');
  const restSnapshot = restHub.hub.engine.snapshot('cr4');
  expect(snapshot && restSnapshot && withoutServerNow(restSnapshot)).toEqual(
    snapshot && withoutServerNow(snapshot),
  );

  const [socketSpeeches, restSpeeches] = await Promise.all([
    getJson(socketHub, '/api/rooms/cr4/speeches'),
    getJson(restHub, '/api/rooms/cr4/speeches'),
  ]);
  expect(restSpeeches).toEqual(socketSpeeches);
  expect(socketState?.current?.record.map((r) => r.delegation)).toEqual(['European Union', 'AUS']);

  // The journals differ only in where each command came from.
  const socketJournal = socketHub.store.journal('cr4');
  const restJournal = restHub.store.journal('cr4');
  expect(socketJournal.every((e) => e.origin === 'socket')).toBe(true);
  expect(restJournal.every((e) => e.origin === 'rest')).toBe(true);
  const withoutOrigin = (entries: typeof socketJournal) =>
    entries.map(({ origin: _origin, ...entry }) => entry);
  expect(withoutOrigin(restJournal)).toEqual(withoutOrigin(socketJournal));
});
