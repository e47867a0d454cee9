// A hub closed mid-meeting and started again on the same data folder carries on where it was:
// the list, the record and the running clock come back exactly, and the journal holds one entry
// per accepted command; the meeting's texts in other languages come back with their originals.
import { afterEach, expect, it } from 'vitest';
import { remainingMs, timerPhase } from '../../shared/domain/timer.ts';
import { chairLine } from './chair-line.ts';
import {
  api,
  createHarness,
  createTestClock,
  demoSeed,
  getJson,
  MEETING_START,
  sync,
} from './harness.ts';

const harness = createHarness();
afterEach(() => harness.cleanup());

const LIMIT_MS = 180_000;

it('keeps the list, the record and the running clock across a restart', async () => {
  const dataDir = harness.tempDir();
  const clock = createTestClock();
  const first = await harness.startHub({ clock, seeds: [demoSeed()], dataDir });
  const key = first.chairKey('cr4');
  const overSocket = await chairLine(harness, 'socket', first, 'cr4', key);
  const overRest = await chairLine(harness, 'rest', first, 'cr4', key);

  // [advance before, line, command, accepted?]
  const steps = [
    [0, overSocket, { type: 'nextSpeaker', start: true }, true],
    [120_000, overSocket, { type: 'endSpeech' }, true],
    [10_000, overRest, { type: 'nextSpeaker', start: true }, true],
    [200_000, overRest, { type: 'nextSpeaker', start: true }, true],
    [90_000, overSocket, { type: 'endSpeech' }, true],
    [0, overSocket, { type: 'pauseSpeech' }, false],
    [0, overRest, { type: 'addSpeaker', delegation: 'NOR', position: 5 }, true],
    [15_000, overSocket, { type: 'nextSpeaker', start: true }, true],
    [30_000, overRest, { type: 'pauseSpeech' }, true],
    [10_000, overSocket, { type: 'resumeSpeech' }, true],
    [0, overRest, { type: 'resumeSpeech' }, false],
    [20_000, overSocket, { type: 'announce', text: 'Please keep to three minutes.' }, true],
  ] as const;
  for (const [advanceMs, line, command, accepted] of steps) {
    clock.advance(advanceMs);
    const { reply } = await line.send(command);
    expect(reply, JSON.stringify(command)).toMatchObject({ ok: accepted });
  }

  const follower = await harness.connect(first, { roomId: 'cr4', role: 'follower' });
  const before = await sync(follower.socket);
  const stateBefore = first.hub.engine.state('cr4');
  const speechesBefore = await getJson(first, '/api/rooms/cr4/speeches');
  expect(before.version).toBe(10);
  expect(stateBefore?.current?.record).toHaveLength(3);
  // 30 s before the pause and 20 s since: 50 s spoken of 3 min.
  expect(before.floor && remainingMs(before.floor.timer, before.serverNow)).toBe(LIMIT_MS - 50_000);
  await first.close();

  const downMs = 45_000;
  const secondClock = createTestClock(clock.now() + downMs);
  const second = await harness.startHub({ clock: secondClock, dataDir });
  const rejoined = await harness.connect(second, { roomId: 'cr4', role: 'follower' });
  const after = rejoined.joined;

  expect(after).toEqual({ ...before, serverNow: before.serverNow + downMs });
  expect(second.hub.engine.state('cr4')).toEqual(stateBefore);
  expect(await getJson(second, '/api/rooms/cr4/speeches')).toEqual(speechesBefore);
  expect(second.chairKey('cr4')).toBe(key);

  // The clock kept running while the hub was down: remaining = limit - (50 s before + 45 s).
  const floor = after.floor;
  expect(floor?.speakerId).toBe('s4');
  expect(floor && timerPhase(floor.timer)).toBe('running');
  expect(floor && remainingMs(floor.timer, after.serverNow)).toBe(LIMIT_MS - (50_000 + downMs));

  // One journal entry per accepted command, in order, as sent.
  const accepted = steps.filter(([, , , ok]) => ok);
  const journal = second.store.journal('cr4');
  expect(journal.map((e) => e.version)).toEqual(accepted.map((_, i) => i + 1));
  expect(journal.map((e) => e.command)).toEqual(accepted.map(([, , command]) => command));
  expect(journal.map((e) => e.origin)).toEqual(
    accepted.map(([, line]) => (line === overRest ? 'rest' : 'socket')),
  );
  expect(journal[0]?.at).toBe(MEETING_START);

  // The meeting goes on: ending the speech records all 95 s with its pause.
  const chair = await chairLine(harness, 'socket', second, 'cr4', key);
  expect((await chair.send({ type: 'endSpeech' })).reply).toEqual({ ok: true, version: 11 });
  const record = second.hub.engine.state('cr4')?.current?.record ?? [];
  expect(record).toHaveLength(4);
  expect(record[3]).toMatchObject({
    speakerId: 's4',
    spokenMs: 50_000 + downMs,
    overrunMs: 0,
    endedAt: secondClock.now(),
    pauses: [{ resumedAt: expect.any(Number) }],
  });
  expect(second.store.journal('cr4')).toHaveLength(accepted.length + 1);
});

it('keeps the meeting’s texts in other languages across a restart, undo included', async () => {
  const dataDir = harness.tempDir();
  const clock = createTestClock();
  const first = await harness.startHub({ clock, seeds: [demoSeed()], dataDir });
  const chair = await chairLine(harness, 'socket', first, 'cr4', first.chairKey('cr4'));
  const commands = [
    { type: 'updateMeeting', titleTranslations: { fr: 'Dialogue interactif' } },
    { type: 'updateMeeting', titleTranslations: { fr: 'Dialogue', es: 'Diálogo' } },
    {
      type: 'setInterpretation',
      status: 'unavailable',
      note: 'No booths.',
      noteTranslations: { ar: 'لا توجد مقصورات.' },
    },
    { type: 'announce', text: 'Resumes at 15:00.', textTranslations: { zh: '15:00复会。' } },
  ];
  for (const command of commands) {
    expect((await chair.send(command)).reply).toMatchObject({ ok: true });
  }
  const scheduled = await api(first, 'POST', '/api/rooms/cr4/meetings', {
    key: first.hub.adminKey.key,
    body: {
      title: 'Briefing',
      titleTranslations: { ru: 'Брифинг' },
      sittings: [{ date: '2017-09-07', start: '10:00', end: '13:00' }],
    },
  });
  expect(scheduled.status).toBe(201);
  const stateBefore = first.hub.engine.state('cr4');
  await first.close();

  const second = await harness.startHub({ clock: createTestClock(clock.now()), dataDir });
  const state = second.hub.engine.state('cr4');
  expect(state).toEqual(stateBefore);
  expect(state?.current?.meeting.titleTranslations).toEqual({ fr: 'Dialogue', es: 'Diálogo' });
  expect(state?.current?.interpretation.noteTranslations).toEqual({ ar: 'لا توجد مقصورات.' });
  expect(state?.current?.announcement?.textTranslations).toEqual({ zh: '15:00复会。' });
  expect(state?.upcoming[0]?.titleTranslations).toEqual({ ru: 'Брифинг' });
  // The journal holds the commands as sent, then the meeting scheduled.
  const journal = second.store.journal('cr4');
  expect(journal.slice(0, commands.length).map((e) => e.command)).toEqual(commands);
  expect(journal[commands.length]?.command).toMatchObject({ titleTranslations: { ru: 'Брифинг' } });

  // The undo history came back too: the second retitling is taken back.
  const again = await chairLine(harness, 'socket', second, 'cr4', second.chairKey('cr4'));
  await again.send({ type: 'undo' });
  await again.send({ type: 'undo' });
  await again.send({ type: 'undo' });
  expect(second.hub.engine.state('cr4')?.current?.meeting.titleTranslations).toEqual({
    fr: 'Dialogue interactif',
  });
});
