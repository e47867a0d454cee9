// @vitest-environment jsdom
// A presentation clicker on the console: every key the Keys list names is pressed and sends the
// command its row says; the clicker's black-screen and slideshow keys run the clock as Space does,
// in every phase; F5's reload is cancelled even with nothing to do, never in a field; Escape is
// left to an open confirmation, which it cancels; the option "calling the next speaker starts the
// clock" is kept per room and applies to the Next button and to the keys; the list in six languages.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createConsoleSettings,
  settingKeys,
} from '../../../client/views/chair/console-settings.tsx';
import type { Shortcut } from '../../../client/views/chair/floor-model.ts';
import { CHAIR_MESSAGES } from '../../../client/views/chair/messages/chair-messages.ts';
import { publicView } from '../../../shared/domain/public-view.ts';
import type { RoomState } from '../../../shared/domain/types.ts';
import { UN_LANGUAGES } from '../../../shared/domain/types.ts';
import { makeRoom, renderConsole, run, sec, T0, type RenderedConsole } from './chair-harness.tsx';
import { pressOfListed, type KeyEventInit } from './key-names.ts';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const call = { type: 'nextSpeaker' };
const callAndStart = { type: 'nextSpeaker', start: true };

/**
 * Presses a key (on the page's body unless given a target) and lets the answer come back; true
 * when the page cancelled the key's default (for F5, the browser's reload).
 */
async function press(init: KeyEventInit, target: Element = document.body): Promise<boolean> {
  let cancelled = false;
  await act(async () => {
    cancelled = !fireEvent.keyDown(target, init);
    fireEvent.keyUp(target, { key: init.key, code: init.code });
    await Promise.resolve();
  });
  return cancelled;
}

function consoleOn(state: RoomState): RenderedConsole {
  return renderConsole(state, { now: T0 + sec(60) });
}

/** The Keys list's rows as the console shows them: the shortcut and the keys it names. */
function listedKeys(): { shortcut: string; keys: string[] }[] {
  const list = screen.getByText('Keys').closest('details');
  if (!list) throw new Error('no Keys list');
  return [...list.querySelectorAll<HTMLElement>('[data-shortcut]')].map((row) => ({
    shortcut: row.dataset.shortcut ?? '',
    keys: (row.dataset.keys ?? '').split(' '),
  }));
}

// FRA spoke; DEU has the floor, clock ready: every shortcut has something to do.
const everyKeyApplies = () => run(makeRoom(), T0, callAndStart, call);
const SENT: Record<Shortcut, Record<string, unknown>> = {
  primary: { type: 'startSpeech' },
  next: { type: 'nextSpeaker' },
  previous: { type: 'previousSpeaker' },
  skip: { type: 'skipSpeaker' },
  plus: { type: 'adjustTime', deltaMs: 30_000 },
  minus: { type: 'adjustTime', deltaMs: -30_000 },
  undo: { type: 'undo' },
};

describe('every key the Keys list names', () => {
  it('names the keyboard’s keys and the clicker’s, shortcut by shortcut', () => {
    consoleOn(everyKeyApplies());
    expect(listedKeys()).toEqual([
      { shortcut: 'primary', keys: ['Space', 'B', '.', 'F5', 'Shift+F5', 'Escape'] },
      { shortcut: 'next', keys: ['ArrowRight', 'PageDown'] },
      { shortcut: 'previous', keys: ['ArrowLeft', 'PageUp'] },
      { shortcut: 'skip', keys: ['S'] },
      { shortcut: 'plus', keys: ['Plus'] },
      { shortcut: 'minus', keys: ['-'] },
      { shortcut: 'undo', keys: ['Control+Z'] },
    ]);
  });

  // Read from a console once, then each key pressed on a console of its own.
  const rendered = consoleOn(everyKeyApplies());
  const rows = listedKeys();
  rendered.unmount();
  for (const row of rows) {
    for (const name of row.keys) {
      it(`${name} (${row.shortcut}) sends ${JSON.stringify(SENT[row.shortcut as Shortcut])}`, async () => {
        const state = everyKeyApplies();
        const view = consoleOn(state);
        expect(await press(pressOfListed(name))).toBe(true);
        expect(view.hub.sent).toEqual([
          { ...SENT[row.shortcut as Shortcut], expectedVersion: state.version },
        ]);
      });
    }
  }
});

describe('the clicker’s black-screen and slideshow keys run the clock, as Space does', () => {
  const phases: { name: string; state: () => RoomState; sent: Record<string, unknown> }[] = [
    { name: 'nobody on the floor', state: () => makeRoom(), sent: callAndStart },
    { name: 'called', state: () => run(makeRoom(), T0, call), sent: { type: 'startSpeech' } },
    {
      name: 'running',
      state: () => run(makeRoom(), T0, callAndStart),
      sent: { type: 'pauseSpeech' },
    },
    {
      name: 'paused',
      state: () => run(makeRoom(), T0, callAndStart, { type: 'pauseSpeech' }),
      sent: { type: 'resumeSpeech' },
    },
  ];
  const keys: KeyEventInit[] = [
    { key: 'b', code: 'KeyB' },
    { key: 'B', code: 'KeyB', shiftKey: true },
    { key: '.', code: 'Period' },
    { key: 'F5', code: 'F5' },
    { key: 'F5', code: 'F5', shiftKey: true },
    { key: 'Escape', code: 'Escape' },
    // The B under an Arabic layout.
    { key: 'لا', code: 'KeyB' },
  ];
  for (const phase of phases) {
    for (const key of keys) {
      const name = `${key.shiftKey ? 'Shift+' : ''}${key.key}`;
      it(`${phase.name}: ${name} sends ${JSON.stringify(phase.sent)}`, async () => {
        const state = phase.state();
        const view = consoleOn(state);
        await press(key);
        expect(view.hub.sent).toEqual([{ ...phase.sent, expectedVersion: state.version }]);
      });
    }
  }

  it('one press at a time: start, pause, resume with three different keys', async () => {
    const view = consoleOn(run(makeRoom(), T0, call));
    await press({ key: 'b', code: 'KeyB' });
    await press({ key: 'F5', code: 'F5' });
    await press({ key: 'Escape', code: 'Escape' });
    expect(view.hub.sent).toEqual([
      { type: 'startSpeech', expectedVersion: 1 },
      { type: 'pauseSpeech', expectedVersion: 2 },
      { type: 'resumeSpeech', expectedVersion: 3 },
    ]);
  });
});

describe('F5 never reloads the console', () => {
  it('is cancelled with nothing to do: nobody left to call, the meeting adjourned, a repeat', async () => {
    const empty = consoleOn(makeRoom({ speakers: [] }));
    expect(await press({ key: 'F5', code: 'F5' })).toBe(true);
    expect(empty.status()).toBe('Nobody is left to call.');
    empty.unmount();
    const adjourned = consoleOn(run(makeRoom(), T0, { type: 'adjournMeeting' }));
    expect(await press({ key: 'F5', code: 'F5' })).toBe(true);
    expect(await press({ key: 'F5', code: 'F5', shiftKey: true })).toBe(true);
    expect(adjourned.hub.sent).toEqual([]);
    expect(adjourned.status()).toBe('The meeting is adjourned: only Undo can change it now.');
    adjourned.unmount();
    const running = consoleOn(run(makeRoom(), T0, callAndStart));
    let cancelled = false;
    act(() => {
      cancelled = !fireEvent.keyDown(document.body, { key: 'F5', code: 'F5', repeat: true });
    });
    expect(cancelled).toBe(true);
    expect(running.hub.sent).toEqual([]);
  });

  it('is left to the browser while the chair types in a field, and sends nothing', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    expect(
      await press({ key: 'F5', code: 'F5' }, screen.getByLabelText('This speaker’s limit')),
    ).toBe(false);
    expect(view.hub.sent).toEqual([]);
  });

  it('Ctrl+F5 stays the browser’s forced reload', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    expect(await press({ key: 'F5', code: 'F5', ctrlKey: true })).toBe(false);
    expect(view.hub.sent).toEqual([]);
  });
});

describe('Escape and an open confirmation', () => {
  it('cancels the confirmation that has the focus, and sends nothing', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' })[0] as HTMLElement);
    const confirm = screen.getByRole('alertdialog');
    const yes = within(confirm).getAllByRole('button')[0] as HTMLElement;
    expect(document.activeElement).toBe(yes);
    expect(await press({ key: 'Escape', code: 'Escape' }, yes)).toBe(true);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(view.hub.sent).toEqual([]);
  });

  it('is not the clock’s while a confirmation is open, wherever the focus is', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    fireEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Adjourn the meeting…' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    expect(await press({ key: 'Escape', code: 'Escape' })).toBe(false);
    expect(view.hub.sent).toEqual([]);
    // The other clicker keys still work: the confirmation waits.
    await press({ key: 'b', code: 'KeyB' });
    expect(view.hub.sent).toEqual([{ type: 'pauseSpeech', expectedVersion: 1 }]);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});

describe('“Calling the next speaker starts the clock”', () => {
  const option = () =>
    screen.getByRole('checkbox', { name: 'Calling the next speaker starts the clock' });

  it('is off at first: Next and PageDown call without starting', async () => {
    const state = run(makeRoom(), T0, callAndStart);
    const view = consoleOn(state);
    expect((option() as HTMLInputElement).checked).toBe(false);
    await press({ key: 'PageDown', code: 'PageDown' });
    expect(view.hub.sent).toEqual([{ type: 'nextSpeaker', expectedVersion: state.version }]);
  });

  it('once ticked: Next, PageDown and → send start: true, and the Keys list says so', async () => {
    const state = run(makeRoom(), T0, callAndStart);
    const view = consoleOn(state);
    // Clicked as a mouse would: focused, then ticked.
    option().focus();
    fireEvent.click(option());
    expect(localStorage.getItem('rostrum.chair.cr4.callStarts')).toBe('true');
    const nextRow = document.querySelector('[data-shortcut="next"] dd');
    expect(nextRow?.textContent).toBe('Call the next speaker and start the clock');
    // The focus is still on the box: the clicker works all the same.
    expect(document.activeElement).toBe(option());
    await press({ key: 'PageDown', code: 'PageDown' }, option());
    await press({ key: 'ArrowRight', code: 'ArrowRight' });
    fireEvent.click(screen.getByRole('button', { name: /^Next speaker/ }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(view.hub.sent).toEqual([
      { type: 'nextSpeaker', start: true, expectedVersion: state.version },
      { type: 'nextSpeaker', start: true, expectedVersion: state.version + 1 },
      { type: 'nextSpeaker', start: true, expectedVersion: state.version + 2 },
    ]);
    expect(publicView(view.hub.state()).floor?.timer.runningSince).not.toBeNull();
  });

  it('Space on the box ticks it and sends nothing', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    expect(await press({ key: ' ', code: 'Space' }, option())).toBe(false);
    expect(view.hub.sent).toEqual([]);
  });

  it('is kept for the room: a new console of the same room finds it ticked', () => {
    const first = consoleOn(makeRoom());
    fireEvent.click(option());
    first.unmount();
    consoleOn(makeRoom());
    expect((option() as HTMLInputElement).checked).toBe(true);
    // Another room's console keeps its own.
    expect(createConsoleSettings('cr1').store.getState().callStarts).toBe(false);
    expect(createConsoleSettings('cr4').store.getState().callStarts).toBe(true);
  });

  it('while suspended, Next calls without starting: the hub would refuse the whole call', async () => {
    const state = run(
      makeRoom(),
      T0,
      callAndStart,
      { type: 'endSpeech' },
      { type: 'suspendMeeting' },
    );
    const view = consoleOn(state);
    fireEvent.click(option());
    await press({ key: 'PageDown', code: 'PageDown' });
    expect(view.hub.sent).toEqual([{ type: 'nextSpeaker', expectedVersion: state.version }]);
    expect(view.status()).toBe('Next speaker called.');
  });
});

describe('the console’s settings in the browser', () => {
  it('holds a choice for the visit when storage refuses, and starts from the defaults', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const settings = createConsoleSettings('cr4', refusing);
    expect(settings.store.getState()).toEqual({ callStarts: false, keysOpen: true });
    settings.set('callStarts', true);
    expect(settings.store.getState().callStarts).toBe(true);
  });

  it('reads back what it kept, and ignores what it did not write', () => {
    const kept = new Map<string, string>([[settingKeys('cr4').keysOpen, 'yes']]);
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    };
    expect(createConsoleSettings('cr4', storage).store.getState().keysOpen).toBe(true);
    createConsoleSettings('cr4', storage).set('keysOpen', false);
    expect(createConsoleSettings('cr4', storage).store.getState().keysOpen).toBe(false);
  });
});

describe('the Keys list in six languages', () => {
  for (const language of UN_LANGUAGES) {
    const messages = CHAIR_MESSAGES[language];
    it(`${language}: heading, each key by its printed name, what it does`, () => {
      const view = renderConsole(everyKeyApplies(), { language });
      const list = view.container.querySelector('details.chair-keys');
      if (!(list instanceof HTMLDetailsElement)) throw new Error('no Keys list');
      expect(list.open).toBe(true);
      expect(list.querySelector('summary')?.textContent).toBe(messages.keysHeading);
      const rows = [...list.querySelectorAll<HTMLElement>('[data-shortcut]')];
      for (const row of rows) {
        const shortcut = row.dataset.shortcut as Shortcut;
        const names = [...row.querySelectorAll('kbd')].map((k) => k.textContent);
        const listed = (row.dataset.keys ?? '').split(' ') as (keyof typeof messages.keyNames)[];
        expect(names).toEqual(listed.map((name) => messages.keyNames[name]));
        expect(row.querySelector('dd')?.textContent).toBe(messages.keysActions[shortcut]);
      }
      expect(list.textContent).toContain(messages.keysClicker);
      expect(view.container.querySelector('.chair')?.getAttribute('dir')).toBe(
        language === 'ar' ? 'rtl' : 'ltr',
      );
    });
  }

  it('stays closed once the chair closes it', () => {
    const view = consoleOn(makeRoom());
    const list = view.container.querySelector('details.chair-keys') as HTMLDetailsElement;
    act(() => {
      list.open = false;
      list.dispatchEvent(new Event('toggle'));
    });
    expect(localStorage.getItem('rostrum.chair.keysOpen')).toBe('false');
    view.unmount();
    const again = consoleOn(makeRoom());
    expect((again.container.querySelector('details.chair-keys') as HTMLDetailsElement).open).toBe(
      false,
    );
  });
});
