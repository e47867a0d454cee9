// @vitest-environment jsdom
// A wall runs all day: as the clock runs only the countdown may re-render, and a change to the
// clock alone (a pause) must leave the speaker panel and the next speakers as they are.
// Each part is wrapped in a React Profiler, whose onRender fires on every commit of its subtree.
import { cleanup, render } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { Countdown } from '../../../client/view-kit/Countdown.tsx';
import { FloorSpeaker } from '../../../client/view-kit/FloorSpeaker.tsx';
import { ScreenProvider } from '../../../client/view-kit/screen.tsx';
import { NextList } from '../../../client/views/display/parts/NextList.tsx';
import { wallTexts } from '../../../client/views/display/wall-texts.ts';
import {
  at,
  makeRoom,
  meetingOf,
  pushChange,
  run,
  sec,
  showAt,
  steppingClock,
  storeWith,
  T0,
} from './wall-harness.tsx';

afterEach(cleanup);

type Part = 'speaker' | 'next' | 'countdown';

/** The three parts side by side, each under a Profiler that counts its commits. */
function renderCounted(store: LiveRoom) {
  const clock = steppingClock(T0);
  const renders: Record<Part, number> = { speaker: 0, next: 0, countdown: 0 };
  const count: ProfilerOnRenderCallback = (id) => {
    renders[id as Part] += 1;
  };
  render(
    <ScreenProvider value={{ store, language: 'en', texts: wallTexts('en') }} clock={clock.now}>
      <Profiler id="speaker" onRender={count}>
        <FloorSpeaker prefix="wall" />
      </Profiler>
      <Profiler id="next" onRender={count}>
        <NextList store={store} />
      </Profiler>
      <Profiler id="countdown" onRender={count}>
        <Countdown prefix="wall" />
      </Profiler>
    </ScreenProvider>,
  );
  const countsSince = () => {
    const before = { ...renders };
    return () => ({
      speaker: renders.speaker - before.speaker,
      next: renders.next - before.next,
      countdown: renders.countdown - before.countdown,
    });
  };
  return { clock, countsSince };
}

describe('renders of the wall’s parts', () => {
  it('only the countdown re-renders as the clock runs, about once a second', async () => {
    const store = storeWith(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    const { clock, countsSince } = renderCounted(store);
    await showAt(clock, T0); // let the first frames settle
    const counts = countsSince();
    // Ten seconds, in steps of a quarter of a second, frames running after each step.
    for (let step = 1; step <= 40; step += 1) await showAt(clock, at(step * 250));
    expect(counts()).toEqual({ speaker: 0, next: 0, countdown: 10 });
    expect(document.querySelector('.wall-digits')?.textContent).toBe('2:50');
  });

  it('a pause (a new floor, the same speaker) re-renders the countdown only', async () => {
    const running = run(makeRoom(), T0, { type: 'nextSpeaker', start: true });
    const store = storeWith(running);
    const { clock, countsSince } = renderCounted(store);
    await showAt(clock, at(sec(20)));
    let counts = countsSince();
    const paused = run(running, at(sec(20)), { type: 'pauseSpeech' });
    expect(meetingOf(paused).floor).not.toBe(meetingOf(running).floor);
    pushChange(store, running, paused);
    await showAt(clock, at(sec(25)));
    // The countdown commits the new timer, then (before the browser paints) its face.
    expect(counts()).toEqual({ speaker: 0, next: 0, countdown: 2 });
    expect(document.querySelector('.wall-countdown')?.getAttribute('data-phase')).toBe('paused');

    // While paused nothing re-renders at all, however long the pause.
    counts = countsSince();
    for (let step = 1; step <= 10; step += 1) await showAt(clock, at(sec(25 + step)));
    expect(counts()).toEqual({ speaker: 0, next: 0, countdown: 0 });

    // Resuming is a clock change too.
    counts = countsSince();
    const resumed = run(paused, at(sec(40)), { type: 'resumeSpeech' });
    pushChange(store, paused, resumed);
    await showAt(clock, at(sec(40)));
    expect(counts()).toMatchObject({ speaker: 0, next: 0 });
  });

  it('a change of speaker re-renders the panel and the list (the counting does count)', async () => {
    const first = run(makeRoom(), T0, { type: 'nextSpeaker', start: true });
    const store = storeWith(first);
    const { clock, countsSince } = renderCounted(store);
    await showAt(clock, at(sec(30)));
    const counts = countsSince();
    const second = run(first, at(sec(30)), { type: 'nextSpeaker', start: true });
    pushChange(store, first, second);
    await showAt(clock, at(sec(30)));
    const after = counts();
    expect(after.speaker).toBeGreaterThan(0);
    expect(after.next).toBeGreaterThan(0);
    expect(after.countdown).toBeGreaterThan(0);
    expect(document.querySelector('.wall-delegation')?.textContent).toBe('Germany');
  });

  it('an announcement or a new interpretation notice re-renders none of the three', async () => {
    const running = run(makeRoom(), T0, { type: 'nextSpeaker', start: true });
    const store = storeWith(running);
    const { clock, countsSince } = renderCounted(store);
    await showAt(clock, at(sec(5)));
    const counts = countsSince();
    const interpreted = run(
      running,
      at(sec(5)),
      { type: 'setInterpretation', status: 'unavailable' },
      { type: 'announce', text: 'Please switch off mobile phones.' },
    );
    pushChange(store, running, interpreted);
    await showAt(clock, at(sec(5)));
    expect(counts()).toEqual({ speaker: 0, next: 0, countdown: 0 });
  });
});
