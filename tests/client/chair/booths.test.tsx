// @vitest-environment jsdom
// The booths in the chair's console: what each booth said, in the console's language; the notice
// handed back to the booths with one button; the interpreters' "slower, please" beside the clock
// for as long as the lectern shows it, in each of the six languages.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UN_LANGUAGES, type RoomState } from '../../../shared/domain/types.ts';
import { chairMessages } from '../../../client/views/chair/messages/chair-messages.ts';
import { makeRoom, renderConsole, run, sec, settle, T0 } from './chair-harness.tsx';

afterEach(cleanup);

/** France speaking since T0; the English booth reports interpretation, the Arabic none. */
function withReports(): RoomState {
  const speaking = run(makeRoom(), T0, { type: 'nextSpeaker', start: true });
  return run(
    speaking,
    T0 + sec(2),
    { type: 'setBoothStatus', language: 'en', available: true },
    { type: 'setBoothStatus', language: 'ar', available: false },
  );
}

describe('the booths in the console', () => {
  it("lists each booth's report, and lets the booths set the notice", async () => {
    const shown = renderConsole(withReports(), { now: T0 + sec(5) });
    fireEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
    const reports = [...document.querySelectorAll('.chair-booth-list li')].map((li) => [
      li.getAttribute('data-report'),
      li.textContent,
    ]);
    expect(reports).toEqual([
      ['notProvided', '✕ Arabic: not provided'],
      ['notSaid', '– Chinese: not said'],
      ['provided', '✓ English: provided'],
      ['notSaid', '– French: not said'],
      ['notSaid', '– Russian: not said'],
      ['notSaid', '– Spanish: not said'],
    ]);
    expect(screen.getByText(/The notice is the one set here/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Let the booths set the notice' }));
    await settle();
    expect(shown.hub.sent).toMatchObject([{ type: 'followBooths' }]);
    expect(screen.getByText('The notice follows the booths.')).toBeTruthy();
    expect(shown.store.getState().room?.interpretation).toMatchObject({
      status: 'partial',
      languages: ['en'],
    });
  });

  for (const language of UN_LANGUAGES) {
    it(`${language}: shows "slower, please" beside the clock for 15 s`, async () => {
      const asked = run(withReports(), T0 + sec(10), { type: 'askSlower' });
      const shown = renderConsole(asked, { now: T0 + sec(11), language });
      const words = chairMessages(language).booths.slower;
      const notice = () => document.querySelector('.chair-floor .chair-slower');
      expect(notice()?.textContent).toBe(words);
      act(() => shown.clock.set(T0 + sec(24.9)));
      await settle(300);
      expect(notice()).not.toBeNull();
      act(() => shown.clock.set(T0 + sec(25)));
      await settle(300);
      expect(notice()).toBeNull();
    });
  }
});
