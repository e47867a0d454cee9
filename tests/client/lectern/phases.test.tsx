// @vitest-environment jsdom
// The lectern in every phase a speaker meets: called and ready with their limit, speaking, the
// last 30 seconds, time up, over time, paused; each a colour (the tone), a word and a symbol, the
// digits left to right. Nobody on the floor, a suspension, a break between sittings, an
// adjournment and no meeting at all are said in words on a calm screen; the lectern shows
// nothing else (no list, no notice, no announcement, no QR code).
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import { createLiveRoom } from '../../../client/store/live-room.ts';
import {
  at,
  idleSeed,
  makeRoom,
  min,
  renderLectern,
  roomFrom,
  run,
  scheduled,
  sec,
  showAt,
  storeWith,
  T0,
  type RenderedLectern,
} from './lectern-harness.tsx';

afterEach(cleanup);

/** France has the floor from T0 with 3 minutes, its clock running. */
const speaking = (): RoomState => run(makeRoom(), T0, { type: 'nextSpeaker', start: true });

/** What the speaker sees. */
function face(lectern: RenderedLectern) {
  const floor = lectern.part('.lectern-floor');
  return {
    tone: floor.dataset.tone,
    digits: lectern.textOf('.lectern-digits'),
    state: lectern.textOf('.lectern-state'),
    speaker: lectern.textOf('.lectern-speaker'),
  };
}

describe('the lectern while someone has the floor', () => {
  it('is ready before the speech, with the speaker’s limit and whose clock it is', () => {
    const called = run(makeRoom(), T0, { type: 'nextSpeaker' });
    const lectern = renderLectern(storeWith(called), { now: at(sec(40)) });
    expect(face(lectern)).toEqual({
      tone: 'ready',
      digits: '3:00',
      state: '● Ready',
      speaker: 'France',
    });
  });

  it('is ready with the limit the chair set for this speaker', () => {
    const called = run(
      makeRoom(),
      T0,
      { type: 'nextSpeaker' },
      { type: 'setTimeLimit', limitMs: min(5) },
    );
    expect(face(renderLectern(storeWith(called), { now: at(sec(1)) }))).toMatchObject({
      tone: 'ready',
      digits: '5:00',
    });
  });

  it.each([
    ['at the start', 0, 'speaking', '3:00', '▶ Speaking'],
    ['after a minute', sec(60), 'speaking', '2:00', '▶ Speaking'],
    ['just before the last 30 seconds', sec(149.5), 'speaking', '0:31', '▶ Speaking'],
    ['in the last 30 seconds', sec(150), 'warning', '0:30', '▲ Time almost up'],
    ['with a second left', sec(179.2), 'warning', '0:01', '▲ Time almost up'],
    ['at the limit', sec(180), 'timeUp', '0:00', '■ Time is up'],
    ['2 seconds over', sec(182), 'timeUp', '+0:02', '■ Time is up'],
    ['12 seconds over', sec(192), 'overtime', '+0:12', '+ Over time'],
    ['a minute and a half over', sec(270), 'overtime', '+1:30', '+ Over time'],
  ])('while speaking, %s', (_when, elapsed, tone, digits, state) => {
    const lectern = renderLectern(storeWith(speaking()), { now: at(elapsed) });
    expect(face(lectern)).toEqual({ tone, digits, state, speaker: 'France' });
  });

  it('is paused, grey, with the time left when the clock stopped', () => {
    const paused = run(speaking(), at(sec(20)), { type: 'pauseSpeech' });
    const lectern = renderLectern(storeWith(paused), { now: at(sec(500)) });
    expect(face(lectern)).toMatchObject({ tone: 'paused', digits: '2:40', state: '❚❚ Paused' });
  });

  it('says paused, not over time, when the clock stopped past the limit', () => {
    const paused = run(speaking(), at(sec(200)), { type: 'pauseSpeech' });
    const lectern = renderLectern(storeWith(paused), { now: at(sec(260)) });
    expect(face(lectern)).toMatchObject({ tone: 'paused', digits: '+0:20', state: '❚❚ Paused' });
  });

  it('runs by itself from one phase to the next, frame after frame', async () => {
    const lectern = renderLectern(storeWith(speaking()), { now: T0 });
    const seen: string[] = [];
    for (const elapsed of [sec(1), sec(150), sec(180), sec(181), sec(192)]) {
      await showAt(lectern.clock, at(elapsed));
      const { tone, digits, state } = face(lectern);
      seen.push(`${tone} ${digits} ${state}`);
    }
    expect(seen).toEqual([
      'speaking 2:59 ▶ Speaking',
      'warning 0:30 ▲ Time almost up',
      'timeUp 0:00 ■ Time is up',
      'timeUp +0:01 ■ Time is up',
      'overtime +0:12 + Over time',
    ]);
  });

  it('reads the server clock: the client’s plus the estimated offset', () => {
    const lectern = renderLectern(storeWith(speaking(), { offsetMs: sec(5) }), {
      now: at(sec(10)),
    });
    expect(lectern.textOf('.lectern-digits')).toBe('2:45');
  });

  it('keeps the digits left to right and marks the symbol as decoration', () => {
    const lectern = renderLectern(storeWith(speaking()), { now: at(sec(192)) });
    expect(lectern.part('.lectern-digits').getAttribute('dir')).toBe('ltr');
    expect(lectern.part('.lectern-symbol').getAttribute('aria-hidden')).toBe('true');
    // The state is a live region: a screen reader says each phase as it comes.
    expect(lectern.part('.lectern-state').getAttribute('aria-live')).toBe('polite');
  });

  it('shows nothing but the clock, its phase and whose it is', () => {
    const busy = run(
      speaking(),
      at(sec(10)),
      { type: 'setInterpretation', status: 'unavailable' },
      { type: 'announce', text: 'The list of speakers closes at noon.' },
    );
    const lectern = renderLectern(storeWith(busy), { now: at(sec(20)) });
    const lines = [...lectern.container.querySelectorAll('.lectern p, .lectern h2')].map((e) =>
      (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(lines).toEqual(['France', '2:40', '▶ Speaking']);
    expect(lectern.has('svg')).toBe(false); // no QR code (nor a "slower" signal: none asked)
  });

  it('names a delegation as the UN does, whole, however long', () => {
    const britain = run(makeRoom(), T0, { type: 'nextSpeaker' }, { type: 'nextSpeaker' });
    const third = run(britain, T0, { type: 'nextSpeaker' });
    const lectern = renderLectern(storeWith(third), { now: T0 });
    expect(lectern.textOf('.lectern-speaker')).toBe(
      'United Kingdom of Great Britain and Northern Ireland',
    );
    expect(lectern.part('.lectern-speaker').dataset.length).toBe('long');
  });
});

describe('the lectern while nobody speaks', () => {
  it('says that the floor awaits the next speaker, on a calm screen naming the room', () => {
    const lectern = renderLectern(storeWith(makeRoom()), { now: T0 });
    expect(lectern.part('.lectern-calm').dataset.kind).toBe('floorOpen');
    expect(lectern.textOf('.lectern-calm-line')).toBe('Awaiting the next speaker');
    expect(lectern.textOf('.lectern-room')).toBe('Conference Room 4');
    expect(lectern.has('.lectern-digits')).toBe(false);
  });

  it('goes calm again when the speech ends', () => {
    const ended = run(speaking(), at(sec(100)), { type: 'endSpeech' });
    const lectern = renderLectern(storeWith(ended), { now: at(sec(101)) });
    expect(lectern.textOf('.lectern-calm-line')).toBe('Awaiting the next speaker');
  });

  it('says the meeting is suspended, and until when, in place of a stopped clock', () => {
    const suspended = run(speaking(), at(sec(30)), {
      type: 'suspendMeeting',
      resumesAt: '11:00',
    });
    const lectern = renderLectern(storeWith(suspended), { now: at(sec(40)) });
    expect(lectern.part('.lectern-calm').dataset.kind).toBe('suspended');
    expect(lectern.textOf('.lectern-message h2')).toBe('The meeting is suspended');
    expect(lectern.textOf('.lectern-message p')).toBe('It will resume at 11:00');
    expect(lectern.has('.lectern-digits')).toBe(false);
  });

  it('gives the speaker their clock back, paused, when the meeting resumes', () => {
    const suspended = run(speaking(), at(sec(30)), { type: 'suspendMeeting' });
    const resumed = run(suspended, at(sec(90)), { type: 'resumeMeeting' });
    const lectern = renderLectern(storeWith(resumed), { now: at(sec(95)) });
    expect(face(lectern)).toMatchObject({ tone: 'paused', digits: '2:30', speaker: 'France' });
  });

  it('says when the meeting resumes between two sittings', () => {
    const ended = run(
      run(makeRoom(), at(min(5)), { type: 'nextSpeaker', start: true }),
      at(min(8)),
      { type: 'endSpeech' },
    );
    const lectern = renderLectern(storeWith(ended), { now: at(min(210)) });
    expect(lectern.part('.lectern-calm').dataset.kind).toBe('resumes');
    expect(lectern.textOf('.lectern-message h2')).toBe('The meeting will resume');
    expect(lectern.textOf('.lectern-message p')).toBe('Today at 15:00');
  });

  it('says the meeting is adjourned', () => {
    const adjourned = run(makeRoom(), at(min(30)), { type: 'adjournMeeting' });
    const lectern = renderLectern(storeWith(adjourned), { now: at(min(31)) });
    expect(lectern.part('.lectern-calm').dataset.kind).toBe('adjourned');
    expect(lectern.textOf('.lectern-message h2')).toBe('The meeting is adjourned');
  });

  it('says no meeting is in progress in a room with none open', () => {
    const idle = roomFrom(
      idleSeed([
        scheduled('Sixth Committee', [{ date: '2017-09-06', start: '15:00', end: '18:00' }]),
      ]),
    );
    const lectern = renderLectern(storeWith(idle), { now: T0 });
    expect(lectern.part('.lectern-calm').dataset.kind).toBe('noMeeting');
    expect(lectern.textOf('.lectern-calm-line')).toBe('No meeting in progress');
    // What comes next is for the wall and the phones: the speaker needs none of it.
    expect(lectern.part('.lectern').textContent).not.toContain('Sixth Committee');
  });
});

describe('the lectern before it knows the room', () => {
  it('says it is connecting', () => {
    const lectern = renderLectern(createLiveRoom());
    expect(lectern.textOf('.lectern-waiting')).toBe('Connecting…');
  });

  it('says why the hub refused it', () => {
    const store = createLiveRoom();
    act(() => store.setState({ connection: 'refused', refusal: 'No such room: cr9' }));
    const lectern = renderLectern(store);
    expect(lectern.textOf('.lectern-waiting')).toBe(
      'This screen cannot show the room: No such room: cr9',
    );
  });

  it('says it is reconnecting once the hub has been away a few seconds', async () => {
    const store = storeWith(speaking());
    const lectern = renderLectern(store, { now: at(sec(10)) });
    act(() => store.setState({ connection: 'reconnecting' }));
    expect(lectern.has('.lectern-connection')).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, 4_100)));
    expect(lectern.textOf('.lectern-connection')).toBe('⟳ Reconnecting…');
    // The clock keeps going meanwhile.
    expect(lectern.textOf('.lectern-digits')).toBe('2:50');
    act(() => store.setState({ connection: 'connected' }));
    expect(lectern.has('.lectern-connection')).toBe(false);
  });
});
