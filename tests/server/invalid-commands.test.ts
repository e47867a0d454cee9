// Refused commands, over both ways in: each gets its typed error, and the room does not change:
// same version, same snapshot, nothing in the journal, no change sent to anyone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../shared/domain/errors.ts';
import { chairLine, TRANSPORTS, type ChairLine } from './chair-line.ts';
import {
  createHarness,
  createTestClock,
  getJson,
  smallSeed,
  sync,
  type RestAnswer,
  type TestClient,
  type TestHub,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

interface Case {
  name: string;
  input: unknown;
  code: ErrorCode;
  /** The field the error points at, when it names one. */
  path?: string;
}

/** Refusals on the small room tc1 as seeded: FRA s1, GBR s2, CHN s3 waiting, nobody on the floor. */
const CASES: Case[] = [
  { name: 'an unknown type', input: { type: 'fly' }, code: 'invalidCommand', path: 'type' },
  { name: 'no type', input: { text: 'hello' }, code: 'invalidCommand', path: 'type' },
  { name: 'a string', input: 'nextSpeaker', code: 'invalidCommand' },
  { name: 'null', input: null, code: 'invalidCommand' },
  { name: 'an array', input: [{ type: 'closeList' }], code: 'invalidCommand' },
  {
    name: 'an unknown field',
    input: { type: 'addSpeaker', delegation: 'ITA', colour: 'red' },
    code: 'invalidCommand',
  },
  {
    name: 'a wrong field type',
    input: { type: 'moveSpeaker', speakerId: 's1', toIndex: '2' },
    code: 'invalidCommand',
    path: 'toIndex',
  },
  {
    name: 'an announcement too long',
    input: { type: 'announce', text: 'x'.repeat(501) },
    code: 'textTooLong',
    path: 'text',
  },
  {
    name: 'a delegation too long',
    input: { type: 'addSpeaker', delegation: 'y'.repeat(121) },
    code: 'textTooLong',
    path: 'delegation',
  },
  {
    name: 'an empty announcement',
    input: { type: 'announce', text: '   ' },
    code: 'invalidCommand',
    path: 'text',
  },
  {
    name: 'a zero adjustment',
    input: { type: 'adjustTime', deltaMs: 0 },
    code: 'invalidCommand',
    path: 'deltaMs',
  },
  {
    name: 'a limit under 10 s',
    input: { type: 'setTimeLimit', speakerId: 's1', limitMs: 5_000 },
    code: 'outOfRange',
    path: 'limitMs',
  },
  {
    name: 'an unknown speaker',
    input: { type: 'removeSpeaker', speakerId: 's99' },
    code: 'unknownSpeaker',
  },
  {
    name: 'skipping an unknown speaker',
    input: { type: 'skipSpeaker', speakerId: 's42' },
    code: 'unknownSpeaker',
  },
  {
    name: 'pausing with nobody on the floor',
    input: { type: 'pauseSpeech' },
    code: 'nobodyOnFloor',
  },
  { name: 'ending with nobody on the floor', input: { type: 'endSpeech' }, code: 'nobodyOnFloor' },
  {
    name: 'adjusting with nobody on the floor',
    input: { type: 'adjustTime', deltaMs: 30_000 },
    code: 'nobodyOnFloor',
  },
  {
    name: 'a position past the end',
    input: { type: 'moveSpeaker', speakerId: 's1', toIndex: 3 },
    code: 'positionOutOfRange',
    path: 'toIndex',
  },
  { name: 'reopening an open list', input: { type: 'reopenList' }, code: 'listAlreadyOpen' },
  {
    name: 'clearing no announcement',
    input: { type: 'clearAnnouncement' },
    code: 'nothingToClear',
  },
  { name: 'undo with nothing done', input: { type: 'undo' }, code: 'nothingToUndo' },
  {
    name: 'going back with no speech',
    input: { type: 'previousSpeaker' },
    code: 'noPreviousSpeech',
  },
  {
    name: 'partial interpretation without languages',
    input: { type: 'setInterpretation', status: 'partial' },
    code: 'invalidCommand',
    path: 'languages',
  },
  {
    name: 'a suspension resuming in the past',
    input: { type: 'suspendMeeting', resumesAt: 1_000 },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  // The instants that blanked every screen (issue 21): bounded before and in apply.
  {
    name: 'a suspension resuming past the last instant a date holds',
    input: { type: 'suspendMeeting', resumesAt: 8.64e15 + 1 },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  {
    name: 'a suspension resuming at 1e20',
    input: { type: 'suspendMeeting', resumesAt: 1e20 },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  {
    name: 'a suspension resuming at the last instant a date holds',
    input: { type: 'suspendMeeting', resumesAt: 8.64e15 },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  {
    name: 'a suspension resuming at "NaN"',
    input: { type: 'suspendMeeting', resumesAt: 'NaN' },
    code: 'invalidCommand',
    path: 'resumesAt',
  },
  {
    name: 'a suspension resuming at null (what NaN becomes in JSON)',
    input: { type: 'suspendMeeting', resumesAt: null },
    code: 'invalidCommand',
    path: 'resumesAt',
  },
  {
    name: 'a suspension resuming 8 days ahead',
    input: { type: 'suspendMeeting', resumesAt: Date.UTC(2017, 8, 14, 14, 0) },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  {
    name: 'a suspension until a time of day gone, with no sitting tomorrow',
    input: { type: 'suspendMeeting', resumesAt: '09:00' },
    code: 'outOfRange',
    path: 'resumesAt',
  },
  {
    name: 'an adjustment of more than an hour',
    input: { type: 'adjustTime', deltaMs: 3_600_001 },
    code: 'outOfRange',
    path: 'deltaMs',
  },
  {
    name: 'a delegation with a right-to-left override',
    input: { type: 'addSpeaker', delegation: '\u202Eecnarf' },
    code: 'invalidText',
    path: 'delegation',
  },
  {
    name: 'an announcement with a zero width space',
    input: { type: 'announce', text: 'Resume at 15:00\u200B' },
    code: 'invalidText',
    path: 'text',
  },
  {
    name: 'a meeting title with a control character',
    input: { type: 'updateMeeting', title: 'Dialogue\u0007' },
    code: 'invalidText',
    path: 'title',
  },
  {
    name: 'a speaker renamed with an isolate',
    input: { type: 'updateSpeaker', speakerId: 's1', speakerName: 'Jean\u2066 Dupont' },
    code: 'invalidText',
    path: 'speakerName',
  },
  {
    name: 'a stale expected version',
    input: { type: 'closeList', expectedVersion: 3 },
    code: 'conflict',
  },
];

describe.each(TRANSPORTS)('a refused command over %s', (transport) => {
  let hub: TestHub;
  let chair: ChairLine;
  let display: TestClient;

  beforeEach(async () => {
    hub = await harness.startHub({ clock: createTestClock(), seeds: [smallSeed()] });
    chair = await chairLine(harness, transport, hub, 'tc1', hub.chairKey('tc1'));
    display = await harness.connect(hub, { roomId: 'tc1', role: 'display' });
  });

  it.each(CASES)('$name: $code, and nothing changes', async ({ input, code, path }) => {
    const detailBefore: RestAnswer = await getJson(hub, '/api/rooms/tc1');
    const snapshotBefore = await sync(display.socket);

    const { status, reply } = await chair.send(input);

    const error = path === undefined ? { code, message: expect.any(String) } : { code, path };
    expect(reply).toMatchObject({ ok: false, error });
    if (code === 'conflict') {
      // The refusal carries the current state, so the chair can look again.
      expect(reply).toMatchObject({ state: snapshotBefore });
    } else {
      expect(reply).not.toHaveProperty('state');
    }
    if (transport === 'rest') expect(status).toBe(code === 'conflict' ? 409 : 400);

    expect(hub.hub.engine.state('tc1')?.version).toBe(0);
    expect(await sync(display.socket)).toEqual(snapshotBefore);
    expect(await getJson(hub, '/api/rooms/tc1')).toEqual(detailBefore);
    expect(hub.store.journal('tc1')).toEqual([]);

    // The first change the display ever sees starts from version 0: the refusal sent none.
    expect(await chair.send({ type: 'closeList' })).toMatchObject({
      reply: { ok: true, version: 1 },
    });
    expect(await display.changes.nth(1)).toMatchObject({ fromVersion: 0, version: 1 });
    expect(display.changes.items).toHaveLength(1);
  });
});
