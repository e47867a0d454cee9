// @vitest-environment jsdom
// "Slower, please" on the lectern: shown from the interpreters' request until SLOWER_SIGNAL_MS
// (15 s) after it on the hub's clock, as this screen estimates it; large words in the screen's
// language, the tortoise, a frame; shown again, for its full time, at the next request.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UN_LANGUAGES, type UnLanguage } from '../../../shared/domain/types.ts';
import type { EpochMs } from '../../../shared/time.ts';
import type { LiveRoom } from '../../../client/store/live-room.ts';
import { ScreenProvider } from '../../../client/view-kit/screen.tsx';
import { LECTERN_TEXTS } from '../../../client/views/lectern/lectern-texts.ts';
import { SlowerSignal } from '../../../client/views/lectern/parts/SlowerSignal.tsx';
import { SLOWER_SIGNAL_MS } from '../../../shared/domain/slower.ts';
import { steppingClock } from '../room-harness.ts';
import { at, makeRoom, sec, storeWith } from './lectern-harness.tsx';

afterEach(cleanup);

/** Lets the signal's check (every 250 ms, on real timers) run. */
const aCheckLater = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

function renderSignal(
  slowerAt: EpochMs | undefined,
  options: { now: EpochMs; language?: UnLanguage; store?: LiveRoom },
) {
  const clock = steppingClock(options.now);
  const language = options.language ?? 'en';
  const store = options.store ?? storeWith(makeRoom());
  const texts = LECTERN_TEXTS[language];
  const tree = (at: EpochMs | undefined) => (
    <ScreenProvider value={{ store, language, texts }} clock={clock.now}>
      <SlowerSignal slowerAt={at} />
    </ScreenProvider>
  );
  const result = render(tree(slowerAt));
  const signal = () => result.container.querySelector<HTMLElement>('.lectern-slower');
  return {
    ...result,
    clock,
    signal,
    words: () => signal()?.querySelector('.lectern-slower-words')?.textContent,
    frame: () => result.container.querySelector('.lectern-slower-frame'),
    askAgain: (at: EpochMs) => result.rerender(tree(at)),
  };
}

describe('the "slower, please" signal', () => {
  it('lasts 15 seconds, the figure the lead fixed for every screen', () => {
    expect(SLOWER_SIGNAL_MS).toBe(15_000);
  });

  it('shows nothing when the interpreters have not asked', () => {
    const shown = renderSignal(undefined, { now: at(sec(10)) });
    expect(shown.container.innerHTML).toBe('');
  });

  it('shows large words, the tortoise and a frame as soon as they ask', () => {
    const shown = renderSignal(at(sec(10)), { now: at(sec(10)) });
    expect(shown.words()).toBe('Slower, please');
    expect(shown.signal()?.querySelector('.lectern-slower-who')?.textContent).toBe(
      'The interpreters ask you to speak more slowly',
    );
    expect(shown.signal()?.getAttribute('role')).toBe('alert');
    const tortoise = shown.signal()?.querySelector('svg.lectern-slower-symbol');
    expect(tortoise?.getAttribute('aria-hidden')).toBe('true');
    expect(shown.frame()?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows at once on a screen whose clock runs a little behind the hub’s', () => {
    // The request came at hub time 10 s; this screen's estimate still reads 9.5 s.
    expect(renderSignal(at(sec(10)), { now: at(sec(9.5)) }).words()).toBe('Slower, please');
  });

  it('goes 15 seconds after the request, by the hub’s clock', async () => {
    const shown = renderSignal(at(sec(10)), { now: at(sec(10)) });
    shown.clock.set(at(sec(24.9)));
    await aCheckLater();
    expect(shown.words()).toBe('Slower, please');
    shown.clock.set(at(sec(25)));
    await aCheckLater();
    expect(shown.signal()).toBeNull();
    expect(shown.frame()).toBeNull();
  });

  it('reads the hub’s clock through the estimated offset', () => {
    // The hub is 5 s ahead of this screen: at client 19 s it is 24 s there, at 20 s, 25 s.
    const store = storeWith(makeRoom(), { offsetMs: sec(5) });
    expect(renderSignal(at(sec(10)), { now: at(sec(19)), store }).words()).toBe('Slower, please');
    cleanup();
    expect(renderSignal(at(sec(10)), { now: at(sec(20)), store }).signal()).toBeNull();
  });

  it('is not shown for a request older than 15 seconds when the lectern opens', () => {
    expect(renderSignal(at(sec(10)), { now: at(sec(40)) }).signal()).toBeNull();
  });

  it('shows again, for its full time, at the next request', async () => {
    const shown = renderSignal(at(sec(10)), { now: at(sec(30)) });
    expect(shown.signal()).toBeNull();
    shown.askAgain(at(sec(30)));
    expect(shown.words()).toBe('Slower, please');
    shown.clock.set(at(sec(44)));
    await aCheckLater();
    expect(shown.words()).toBe('Slower, please');
  });

  it.each(UN_LANGUAGES)('speaks the screen’s language: %s', (language) => {
    const shown = renderSignal(at(sec(10)), { now: at(sec(11)), language });
    expect(shown.words()).toBe(LECTERN_TEXTS[language].slowerPlease);
  });
});
