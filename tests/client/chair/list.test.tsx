// @vitest-environment jsdom
// Managing the list from the console: adding with the type-ahead over the States (in the
// console's language) or an organization as typed, inserting at a place, correcting, removing
// after a confirmation, reordering with buttons and with Alt+arrows, closing and reopening.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoom, renderConsole, run, settle, T0 } from './chair-harness.tsx';

afterEach(cleanup);

/** The delegations in the list, in order, as the console names them. */
const names = () =>
  [...document.querySelectorAll('.chair-row-delegation')].map((e) => e.textContent ?? '');

async function click(element: HTMLElement) {
  fireEvent.click(element);
  await settle();
}

function openAddForm() {
  fireEvent.click(screen.getByRole('button', { name: 'Add a speaker' }));
  return screen.getByRole('form', { name: 'Add a speaker' });
}

describe('adding a speaker', () => {
  it('finds a State as the chair types and adds it by its code', async () => {
    const view = renderConsole(makeRoom());
    const form = openAddForm();
    const field = within(form).getByRole('combobox', { name: 'Delegation' });
    fireEvent.change(field, { target: { value: 'ken' } });
    const options = within(form).getAllByRole('option');
    expect(options[0]?.textContent).toMatch(/^Kenya/);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((field as HTMLInputElement).value).toBe('Kenya');
    expect(within(form).getByText('State: Kenya (KEN)')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Title'), {
      target: { value: 'Permanent Representative' },
    });
    fireEvent.change(within(form).getByLabelText('Limit (m:ss)'), { target: { value: '2:30' } });
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    expect(view.hub.sent).toEqual([
      {
        type: 'addSpeaker',
        delegation: 'KEN',
        title: 'Permanent Representative',
        limitMs: 150_000,
        expectedVersion: 0,
      },
    ]);
    expect(names().at(-1)).toBe('Kenya');
    expect(view.status()).toBe('Speaker added.');
  });

  it('picks with the arrow keys, and matches words inside a name', () => {
    renderConsole(makeRoom());
    const field = within(openAddForm()).getByRole('combobox', { name: 'Delegation' });
    fireEvent.change(field, { target: { value: 'kingdom' } });
    const found = screen.getAllByRole('option').map((o) => o.querySelector('bdi')?.textContent);
    expect(found).toContain('United Kingdom of Great Britain and Northern Ireland');
    expect(found).toContain('Netherlands (Kingdom of the)');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((field as HTMLInputElement).value).toBe(found[1]);
  });

  it('names the States in the console’s language', () => {
    renderConsole(makeRoom(), { language: 'fr' });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un orateur' }));
    const field = screen.getByRole('combobox', { name: 'Délégation' });
    fireEvent.change(field, { target: { value: 'allem' } });
    expect(screen.getAllByRole('option')[0]?.querySelector('bdi')?.textContent).toBe('Allemagne');
    // The list names them in French too.
    expect(names()[1]).toBe('Allemagne');
  });

  it('keeps a known organization by its English name, whatever name it was typed by', async () => {
    const view = renderConsole(makeRoom());
    const form = openAddForm();
    const field = within(form).getByRole('combobox', { name: 'Delegation' });
    fireEvent.change(field, { target: { value: 'AU' } });
    // "AU" is Australia's ISO code too: the console says so rather than guess.
    expect(
      within(form).getByText(/Several delegations go by this name: Australia \/ African Union/),
    ).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Union africaine' } });
    expect(within(form).getByText('Organization: African Union')).toBeTruthy();
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    expect(view.hub.sent[0]).toEqual({
      type: 'addSpeaker',
      delegation: 'African Union',
      expectedVersion: 0,
    });
  });

  it('adds an organization as typed', async () => {
    const view = renderConsole(makeRoom());
    const form = openAddForm();
    const field = within(form).getByRole('combobox', { name: 'Delegation' });
    fireEvent.change(field, { target: { value: 'Commonwealth of Learning' } });
    expect(within(form).getByText('Not a State: shown as typed')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Category'), {
      target: { value: 'intergovernmental' },
    });
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    expect(view.hub.sent[0]).toEqual({
      type: 'addSpeaker',
      delegation: 'Commonwealth of Learning',
      category: 'intergovernmental',
      expectedVersion: 0,
    });
  });

  it('inserts a speaker to speak next, or before someone', async () => {
    const view = renderConsole(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    let form = openAddForm();
    fireEvent.change(within(form).getByRole('combobox', { name: 'Delegation' }), {
      target: { value: 'Chile' },
    });
    fireEvent.change(within(form).getByLabelText('Where'), { target: { value: 'next' } });
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    form = screen.getByRole('form', { name: 'Add a speaker' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Delegation' }), {
      target: { value: 'Peru' },
    });
    const where = within(form).getByLabelText('Where');
    const before = within(where)
      .getAllByRole('option')
      .find((o) => o.textContent === 'Before 5. Japan');
    fireEvent.change(where, { target: { value: before?.getAttribute('value') } });
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    expect(view.hub.sent.map((c) => (c.type === 'addSpeaker' ? c.position : undefined))).toEqual([
      1, 4,
    ]);
    expect(names()).toEqual([
      'France',
      'Chile',
      'Germany',
      'United Kingdom of Great Britain and Northern Ireland',
      'Peru',
      'Japan',
      'Brazil',
    ]);
  });

  it('says what the hub refused, in the form', async () => {
    const view = renderConsole(makeRoom());
    view.hub.refuseWith({
      ok: false,
      error: { code: 'listFull', message: 'The list is full (600 speakers at most).' },
    });
    const form = openAddForm();
    fireEvent.change(within(form).getByRole('combobox', { name: 'Delegation' }), {
      target: { value: 'Chile' },
    });
    await click(within(form).getByRole('button', { name: 'Add to the list' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'The list is full (600 speakers at most).',
    );
  });
});

describe('correcting and removing', () => {
  it('edits an entry, sending only what changed (a blank clears)', async () => {
    const state = run(makeRoom(), T0, {
      type: 'updateSpeaker',
      speakerId: 's2',
      title: 'Minister',
      speakerName: 'A. Person',
    });
    const view = renderConsole(state);
    const row = document.querySelector<HTMLElement>('[data-speaker-id="s2"]');
    if (!row) throw new Error('no row s2');
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const form = within(row).getByRole('form', { name: 'Edit Germany' });
    expect(
      (within(form).getByRole('combobox', { name: 'Delegation' }) as HTMLInputElement).value,
    ).toBe('Germany');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('On behalf of'), {
      target: { value: 'the Group of Friends' },
    });
    await click(within(form).getByRole('button', { name: 'Save' }));
    expect(view.hub.sent).toEqual([
      {
        type: 'updateSpeaker',
        speakerId: 's2',
        title: null,
        onBehalfOf: 'the Group of Friends',
        expectedVersion: 1,
      },
    ]);
    expect(within(row).queryByRole('form')).toBeNull();
  });

  it('removes only after a confirmation', async () => {
    const view = renderConsole(makeRoom());
    const row = document.querySelector<HTMLElement>('[data-speaker-id="s3"]');
    if (!row) throw new Error('no row s3');
    fireEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    expect(view.hub.sent).toEqual([]);
    const confirm = within(row).getByRole('alertdialog');
    expect(confirm.textContent).toMatch(
      /^Remove United Kingdom of Great Britain and Northern Ireland from the list\?/,
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(view.hub.sent).toEqual([]);
    fireEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    await click(
      within(within(row).getByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    expect(view.hub.sent).toEqual([{ type: 'removeSpeaker', speakerId: 's3', expectedVersion: 0 }]);
    expect(names()).not.toContain('United Kingdom of Great Britain and Northern Ireland');
  });
});

describe('reordering', () => {
  it('moves a speaker up and down with its buttons', async () => {
    const view = renderConsole(makeRoom());
    await click(screen.getByRole('button', { name: 'Move down: France' }));
    await click(screen.getByRole('button', { name: 'Move up: Brazil' }));
    expect(view.hub.sent).toEqual([
      { type: 'moveSpeaker', speakerId: 's1', toIndex: 1, expectedVersion: 0 },
      { type: 'moveSpeaker', speakerId: 's5', toIndex: 3, expectedVersion: 1 },
    ]);
    expect(names()).toEqual([
      'Germany',
      'France',
      'United Kingdom of Great Britain and Northern Ireland',
      'Brazil',
      'Japan',
    ]);
  });

  it('moves with Alt+↑ / Alt+↓ on the handle, which keeps the focus', async () => {
    const view = renderConsole(makeRoom());
    const handle = screen.getByRole('button', { name: /^Move Japan: drag/ });
    handle.focus();
    await act(async () => {
      fireEvent.keyDown(handle, { key: 'ArrowUp', altKey: true });
    });
    await settle();
    expect(names()[2]).toBe('Japan');
    expect(document.activeElement?.getAttribute('data-handle-for')).toBe('s4');
    await act(async () => {
      fireEvent.keyDown(document.activeElement ?? handle, { key: 'ArrowUp', altKey: true });
    });
    await settle();
    expect(names()[1]).toBe('Japan');
    expect(view.hub.sent.map((c) => (c.type === 'moveSpeaker' ? c.toIndex : -1))).toEqual([2, 1]);
  });

  it('never moves a speaker into the history (who has spoken, who has the floor)', () => {
    renderConsole(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    expect(
      (screen.getByRole('button', { name: 'Move up: Germany' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.queryByRole('button', { name: /^Move France/ })).toBeNull();
  });
});

describe('the list', () => {
  it('is closed and reopened', async () => {
    const view = renderConsole(makeRoom());
    await click(screen.getByRole('button', { name: 'Close the list' }));
    expect(screen.getByText('The list is closed')).toBeTruthy();
    const form = openAddForm();
    expect(within(form).getByRole('button', { name: 'Add after closure' })).toBeTruthy();
    await click(screen.getByRole('button', { name: 'Reopen the list' }));
    expect(view.hub.sent.map((c) => c.type)).toEqual(['closeList', 'reopenList']);
  });

  it('hides those who have spoken until asked', async () => {
    const state = run(
      makeRoom(),
      T0,
      { type: 'nextSpeaker', start: true },
      { type: 'nextSpeaker', start: true },
    );
    renderConsole(state);
    expect(names()).toEqual([
      'Germany',
      'United Kingdom of Great Britain and Northern Ireland',
      'Japan',
      'Brazil',
    ]);
    await click(screen.getByRole('button', { name: 'Show the 1 speaker who has spoken' }));
    expect(names()[0]).toBe('France');
  });
});
