// @vitest-environment jsdom
// The interpreters' booth screen in the six languages: it says which booth it is, sends its
// language's status and "slower, please", shows what the room sees and until when the speaker is
// asked, and tells a repeated press from a refusal. The room is built by the real domain.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SLOWER_SIGNAL_MS } from '../../../shared/domain/slower.ts';
import { UN_LANGUAGES, type RoomState, type UnLanguage } from '../../../shared/domain/types.ts';
import type { CommandAck } from '../../../shared/protocol.ts';
import type { EpochMs } from '../../../shared/time.ts';
import { languageNames } from '../../../client/i18n/language.ts';
import { ClientClockProvider } from '../../../client/view-kit/client-clock.tsx';
import { Booth } from '../../../client/views/booth/BoothView.tsx';
import type { BoothCommand } from '../../../client/views/booth/booth-send.ts';
import { boothTexts } from '../../../client/views/booth/booth-texts.ts';
import { at, makeRoom, run, sec, storeWith } from '../lectern/lectern-harness.tsx';
import { steppingClock } from '../room-harness.ts';

afterEach(cleanup);

/** A room whose first speaker has spoken for 10 s. */
const speaking = (): RoomState => run(makeRoom(), at(0), { type: 'nextSpeaker', start: true });

function renderBooth(
  state: RoomState,
  options: { language?: UnLanguage; now?: EpochMs; answer?: (c: BoothCommand) => CommandAck } = {},
) {
  const language = options.language ?? 'en';
  const sent: BoothCommand[] = [];
  const clock = steppingClock(options.now ?? at(sec(10)));
  const store = storeWith(state);
  const send = (command: BoothCommand) => {
    sent.push(command);
    return Promise.resolve(options.answer?.(command) ?? { ok: true as const, version: 99 });
  };
  const result = render(
    <ClientClockProvider clock={clock.now}>
      <div dir={language === 'ar' ? 'rtl' : 'ltr'} lang={language}>
        <Booth store={store} language={language} send={send} onLanguage={() => undefined} />
      </div>
    </ClientClockProvider>,
  );
  return { ...result, sent, store, clock, texts: boothTexts(language) };
}

describe('the booth in each of the six languages', () => {
  for (const language of UN_LANGUAGES) {
    it(`${language}: names its booth, sends its status and "slower, please" in its words`, async () => {
      const booth = renderBooth(speaking(), { language });
      const { texts } = booth;
      const [name = ''] = languageNames([language], language);
      expect(
        screen.getByRole('heading', { name: texts.statusHeading.replace('{language}', name) }),
      ).toBeTruthy();
      expect(screen.getByText(texts.statusNotSet)).toBeTruthy();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: new RegExp(texts.notProvided) }));
      });
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: texts.slowerPlease }));
      });
      expect(booth.sent).toEqual([
        { type: 'setBoothStatus', language, available: false },
        { type: 'askSlower' },
      ]);
      // Every text of this language is its own: none is left empty.
      for (const [key, text] of Object.entries(texts)) {
        if (typeof text === 'string') expect(text.trim(), key).not.toBe('');
      }
    });
  }
});

describe('what the booth shows', () => {
  it('marks the status the hub holds, and what the room sees', () => {
    const state = run(speaking(), at(sec(5)), {
      type: 'setBoothStatus',
      language: 'en',
      available: true,
    });
    renderBooth(state);
    const provided = screen.getByRole('button', { name: /Provided/ });
    expect(provided.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: /Not provided/ }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    // The chair's notice stands until the chair lets the booths set it.
    expect(screen.getByText(/The chair has set the notice by hand/)).toBeTruthy();
  });

  it('says until when the speaker is asked, and that a second press is not needed', async () => {
    const asked = run(speaking(), at(sec(10)), { type: 'askSlower' });
    const booth = renderBooth(asked, {
      now: at(sec(11)),
      answer: () => ({ ok: false, error: { code: 'slowerTooSoon', message: 'asked 1000 ms ago' } }),
    });
    // Asked at 10:00:10 in New York, shown until 10:00:25 (the room's time, with seconds).
    expect(at(sec(10)) + SLOWER_SIGNAL_MS).toBe(at(sec(25)));
    expect(screen.getByRole('status').textContent).toBe('Shown to the speaker until 10:00:25');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: booth.texts.slowerPlease }));
    });
    expect(screen.getByRole('status').textContent).toBe(booth.texts.slowerAlready);
  });

  it('gives the hub’s words when a status is refused', async () => {
    renderBooth(speaking(), {
      answer: () => ({
        ok: false,
        error: { code: 'meetingAdjourned', message: 'The meeting is adjourned.' },
      }),
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Provided/ }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Not done: The meeting is adjourned.');
  });

  it('turns "slower, please" off while nobody has the floor', () => {
    renderBooth(makeRoom());
    const button = screen.getByRole('button', { name: 'Slower, please' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Nobody has the floor.')).toBeTruthy();
  });
});
