// @vitest-environment jsdom
// The floor's keyboard shortcuts: each key sends its command, made on the version on screen
// (expectedVersion), whatever has the focus; nothing while the chair types in a field.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/domain/types.ts';
import { makeRoom, renderConsole, run, sec, T0, type RenderedConsole } from './chair-harness.tsx';

afterEach(cleanup);

const call = { type: 'nextSpeaker' };
const callAndStart = { type: 'nextSpeaker', start: true };

/** Presses a key on the page (the body has the focus), and lets the answer come back. */
async function press(
  init: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; repeat?: boolean },
  target: Element = document.body,
): Promise<void> {
  await act(async () => {
    fireEvent.keyDown(target, init);
    fireEvent.keyUp(target, { key: init.key });
    await Promise.resolve();
  });
}

/** The console on `state`; the version the console shows is `state.version`. */
function consoleOn(state: RoomState): RenderedConsole {
  return renderConsole(state, { now: T0 + sec(60) });
}

describe('Space starts, pauses and resumes, by the phase of the clock', () => {
  const cases: { name: string; state: () => RoomState; sent: Record<string, unknown> }[] = [
    {
      name: 'nobody on the floor: calls the next speaker and starts the clock',
      state: () => makeRoom(),
      sent: { type: 'nextSpeaker', start: true },
    },
    {
      name: 'a speaker called, clock ready: starts it',
      state: () => run(makeRoom(), T0, call),
      sent: { type: 'startSpeech' },
    },
    {
      name: 'the clock running: pauses it',
      state: () => run(makeRoom(), T0, callAndStart),
      sent: { type: 'pauseSpeech' },
    },
    {
      name: 'the clock paused: resumes it',
      state: () => run(makeRoom(), T0, callAndStart, { type: 'pauseSpeech' }),
      sent: { type: 'resumeSpeech' },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const state = c.state();
      const view = consoleOn(state);
      await press({ key: ' ' });
      expect(view.hub.sent).toEqual([{ ...c.sent, expectedVersion: state.version }]);
    });
  }
});

describe('the other keys', () => {
  // FRA spoke, DEU has the floor with a started clock, then paused: every floor key applies.
  const cases: { keys: Parameters<typeof press>[0][]; sent: Record<string, unknown> }[] = [
    { keys: [{ key: 'ArrowRight' }, { key: 'PageDown' }], sent: { type: 'nextSpeaker' } },
    { keys: [{ key: 'ArrowLeft' }, { key: 'PageUp' }], sent: { type: 'previousSpeaker' } },
    { keys: [{ key: 's' }, { key: 'S' }], sent: { type: 'skipSpeaker' } },
    { keys: [{ key: '+' }, { key: '=' }], sent: { type: 'adjustTime', deltaMs: 30_000 } },
    { keys: [{ key: '-' }], sent: { type: 'adjustTime', deltaMs: -30_000 } },
    {
      keys: [
        { key: 'z', ctrlKey: true },
        { key: 'z', metaKey: true },
      ],
      sent: { type: 'undo' },
    },
  ];
  for (const c of cases) {
    for (const key of c.keys) {
      const name = `${key.ctrlKey ? 'Ctrl+' : ''}${key.metaKey ? 'Meta+' : ''}${key.key}`;
      it(`${name} sends ${JSON.stringify(c.sent)} with the version on screen`, async () => {
        const state = run(makeRoom(), T0, callAndStart, call);
        const view = consoleOn(state);
        await press(key);
        expect(view.hub.sent).toEqual([{ ...c.sent, expectedVersion: state.version }]);
      });
    }
  }

  it('each command carries the version of the state it was made on', async () => {
    const state = run(makeRoom(), T0, call);
    const view = consoleOn(state);
    await press({ key: ' ' });
    await press({ key: ' ' });
    await press({ key: 'ArrowRight' });
    expect(view.hub.sent).toEqual([
      { type: 'startSpeech', expectedVersion: 1 },
      { type: 'pauseSpeech', expectedVersion: 2 },
      { type: 'nextSpeaker', expectedVersion: 3 },
    ]);
    expect(view.status()).toBe('Next speaker called.');
  });

  it('a held key sends one command, not one per repeat', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    await press({ key: '+' });
    await press({ key: '+', repeat: true });
    await press({ key: '+', repeat: true });
    expect(view.hub.sent).toHaveLength(1);
  });

  it('keys with Alt (or Ctrl, but for Z) are left to the browser', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    await press({ key: 'ArrowRight', altKey: true });
    await press({ key: 's', ctrlKey: true });
    await press({ key: ' ', ctrlKey: true });
    expect(view.hub.sent).toEqual([]);
  });

  it('the keys work while a button has the focus', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    const button = screen.getByRole('button', { name: /Next speaker/ });
    button.focus();
    await press({ key: ' ' }, button);
    expect(view.hub.sent).toEqual([{ type: 'pauseSpeech', expectedVersion: 1 }]);
  });
});

describe('never while typing', () => {
  it('sends nothing for any shortcut typed in a text field, a menu or a checkbox', async () => {
    const view = consoleOn(run(makeRoom(), T0, callAndStart));
    const limit = screen.getByLabelText('This speaker’s limit');
    const keys = [' ', 'ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 's', '+', '-', '='];
    for (const key of keys) await press({ key }, limit);
    await press({ key: 'z', ctrlKey: true }, limit);
    // The delegation field of the add form, a menu and a checkbox of the meeting tab too.
    fireEvent.click(screen.getByRole('button', { name: 'Add a speaker' }));
    const delegation = screen.getByRole('combobox', { name: 'Delegation' });
    for (const key of keys) await press({ key }, delegation);
    const category = screen.getByLabelText('Category');
    await press({ key: ' ' }, category);
    fireEvent.click(screen.getByRole('tab', { name: 'Meeting' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Partial' }));
    await press({ key: ' ' }, screen.getByRole('checkbox', { name: 'French' }));
    expect(view.hub.sent).toEqual([]);
  });

  it('sends nothing from a confirmation, which takes its own keys', async () => {
    const view = consoleOn(makeRoom());
    fireEvent.click(screen.getAllByRole('button', { name: 'Remove' })[0] as HTMLElement);
    const confirm = screen.getByRole('alertdialog');
    await press({ key: ' ' }, confirm.querySelector('button') ?? confirm);
    expect(view.hub.sent).toEqual([]);
  });
});

describe('what the chair is told, where the buttons are', () => {
  it('a refusal shows the hub’s reason', async () => {
    const view = consoleOn(makeRoom());
    await press({ key: 'ArrowLeft' });
    expect(view.status()).toBe(
      'Go back to the previous speaker: refused. There is no previous speech to go back to.',
    );
    expect(view.container.querySelector('.chair-status')?.getAttribute('data-kind')).toBe(
      'refused',
    );
  });

  it('a command made on a stale state is refused, and the console says the room changed', async () => {
    const state = run(makeRoom(), T0, callAndStart);
    const view = consoleOn(state);
    // Another console pauses the clock; this one has not heard of it yet.
    view.hub.refuseWith({
      ok: false,
      error: { code: 'conflict', message: 'The room changed (now version 2, …)' },
    });
    await press({ key: '+' });
    expect(view.hub.sent).toEqual([{ type: 'adjustTime', deltaMs: 30_000, expectedVersion: 1 }]);
    expect(view.status()).toBe(
      'The room changed; here is the current state. Check it, then try again.',
    );
  });

  it('a real conflict: two presses on the same state, the second is refused', async () => {
    const state = run(makeRoom(), T0, callAndStart);
    const view = consoleOn(state);
    // The hub applies the first, but the console sends the second before hearing of it.
    const stale = view.store.getState();
    await press({ key: '+' });
    act(() => view.store.setState(stale));
    await press({ key: '+' });
    expect(view.hub.sent.map((c) => c.expectedVersion)).toEqual([1, 1]);
    await waitFor(() => expect(view.status()).toMatch(/^The room changed; here is the current/));
  });

  it('Space with nobody left to call says so instead of sending', async () => {
    const view = consoleOn(makeRoom({ speakers: [] }));
    await press({ key: ' ' });
    expect(view.hub.sent).toEqual([]);
    expect(view.status()).toBe('Nobody is left to call.');
  });

  it('shows each shortcut on its button', () => {
    consoleOn(run(makeRoom(), T0, callAndStart));
    const keyOf = (name: RegExp) =>
      screen.getByRole('button', { name }).querySelector('kbd')?.textContent;
    expect(keyOf(/^Pause/)).toBe('Space');
    expect(keyOf(/^Next speaker/)).toBe('→ PgDn');
    expect(keyOf(/^Previous/)).toBe('← PgUp');
    expect(keyOf(/^Skip/)).toBe('S');
    expect(keyOf(/^\+30 s/)).toBe('+');
    expect(keyOf(/^−30 s/)).toBe('−');
    expect(keyOf(/^Undo/)).toBe('Ctrl+Z');
  });
});
