// @vitest-environment jsdom
// The countdown on the wall: every state of the clock with its word (colour is never the only
// sign), the digits as m:ss, and the clock kept current frame by frame from absolute instants.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { at, makeRoom, renderWall, run, sec, showAt, storeWith, T0 } from './wall-harness.tsx';

afterEach(cleanup);

/** France has the floor from T0 with 3 minutes, its clock running. */
const speaking = (): RoomState => run(makeRoom(), T0, { type: 'nextSpeaker', start: true });

/** What the countdown shows when the wall is opened at `now`. */
function countdownAt(room: RoomState, now: EpochMs) {
  const wall = renderWall(storeWith(room), { now });
  const countdown = wall.part('.wall-countdown');
  return {
    band: countdown.dataset.band,
    phase: countdown.dataset.phase,
    digits: wall.textOf('.wall-digits'),
    word: wall.textOf('.wall-clock-state'),
  };
}

describe('the countdown on the wall', () => {
  it('is ready, full limit shown, before the speech starts', () => {
    const called = run(makeRoom(), T0, { type: 'nextSpeaker' });
    expect(countdownAt(called, at(sec(40)))).toEqual({
      band: 'normal',
      phase: 'ready',
      digits: '3:00',
      word: '● Ready',
    });
  });

  it.each([
    ['at the start', 0, '3:00', 'normal', '▶ Speaking'],
    ['a fraction of a second in: whole seconds rounded up', 400, '3:00', 'normal', '▶ Speaking'],
    ['after one second', sec(1), '2:59', 'normal', '▶ Speaking'],
    ['after 61.5 seconds', sec(61.5), '1:59', 'normal', '▶ Speaking'],
    ['just before the warning', sec(149.5), '0:31', 'normal', '▶ Speaking'],
    ['in the last 30 seconds', sec(150), '0:30', 'warning', '▲ Time almost up'],
    ['with 1 second left', sec(179.2), '0:01', 'warning', '▲ Time almost up'],
    ['at the limit', sec(180), '0:00', 'timeUp', '■ Time is up'],
    ['half a second over', sec(180.5), '0:00', 'timeUp', '■ Time is up'],
    ['2 seconds over', sec(182), '+0:02', 'timeUp', '■ Time is up'],
    ['12 seconds over', sec(192), '+0:12', 'overtime', '+ Over time'],
    [
      '12.9 seconds over: whole seconds rounded down',
      sec(192.9),
      '+0:12',
      'overtime',
      '+ Over time',
    ],
    ['a minute and a half over', sec(270), '+1:30', 'overtime', '+ Over time'],
  ])('while running, %s', (_label, elapsed, digits, band, word) => {
    expect(countdownAt(speaking(), at(elapsed))).toEqual({ band, phase: 'running', digits, word });
  });

  it('is paused with the time left when it stopped, however long the pause lasts', () => {
    const paused = run(speaking(), at(sec(20)), { type: 'pauseSpeech' });
    expect(countdownAt(paused, at(sec(50)))).toEqual({
      band: 'normal',
      phase: 'paused',
      digits: '2:40',
      word: '❚❚ Paused',
    });
    expect(countdownAt(paused, at(sec(5000))).digits).toBe('2:40');
  });

  it('says "Paused" also when the speaker is over time, the digits saying how far', () => {
    const paused = run(speaking(), at(sec(200)), { type: 'pauseSpeech' });
    expect(countdownAt(paused, at(sec(260)))).toEqual({
      band: 'overtime',
      phase: 'paused',
      digits: '+0:20',
      word: '❚❚ Paused',
    });
  });

  it('counts the time added by the chair', () => {
    const extended = run(speaking(), at(sec(170)), { type: 'adjustTime', deltaMs: sec(60) });
    expect(countdownAt(extended, at(sec(170)))).toMatchObject({ band: 'normal', digits: '1:10' });
  });

  it('reads the server clock: the client clock plus the estimated offset', () => {
    // The client's clock is 5 s behind the hub's: at client T0+10 s the hub is at T0+15 s.
    const wall = renderWall(storeWith(speaking(), { offsetMs: sec(5) }), { now: at(sec(10)) });
    expect(wall.textOf('.wall-digits')).toBe('2:45');
  });

  it('runs by itself frame after frame, through the warning, time up and overtime', async () => {
    const wall = renderWall(storeWith(speaking()), { now: T0 });
    const face = () => {
      const countdown = wall.part('.wall-countdown');
      return `${wall.textOf('.wall-digits')} ${countdown.dataset.band} ${wall.textOf('.wall-clock-state')}`;
    };
    expect(face()).toBe('3:00 normal ▶ Speaking');
    const seen: string[] = [];
    for (const elapsed of [sec(1), sec(2.5), sec(149), sec(150), sec(180), sec(181), sec(192)]) {
      await showAt(wall.clock, at(elapsed));
      seen.push(face());
    }
    expect(seen).toEqual([
      '2:59 normal ▶ Speaking',
      '2:58 normal ▶ Speaking',
      '0:31 normal ▶ Speaking',
      '0:30 warning ▲ Time almost up',
      '0:00 timeUp ■ Time is up',
      '+0:01 timeUp ■ Time is up',
      '+0:12 overtime + Over time',
    ]);
  });

  it('keeps the digits left to right on an Arabic wall', () => {
    const wall = renderWall(storeWith(speaking()), { now: at(sec(192)), language: 'ar' });
    expect(wall.part('.wall-digits').getAttribute('dir')).toBe('ltr');
    expect(wall.textOf('.wall-digits')).toBe('+0:12');
    expect(wall.textOf('.wall-clock-state')).toBe('+ تجاوز الوقت');
  });
});
