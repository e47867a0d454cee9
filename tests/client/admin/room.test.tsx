// @vitest-environment jsdom
// Rooms from the console, against a real hub: a new room (its chair key shown once, and working),
// its errors at their field; renaming; a new chair key after a confirmation that says what it
// does (the old key then refused by the hub); the printed sheet's QR codes and links, the chair
// key on it only when asked for, right after a new one was issued.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readRooms } from '../../../client/views/admin/api-shapes.ts';
import { adminHarness, renderAdmin, ROOM_ID, settle } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

const field = (name: string) => {
  const found = document.querySelector<HTMLInputElement>(`[data-field="${name}"]`);
  if (!found) throw new Error(`No field ${name}`);
  return found;
};
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const click = async (element: HTMLElement) => {
  fireEvent.click(element);
  await settle(120);
};

/** The console on the room's page, with its tab `tab` open. */
async function openTab(hub: Parameters<typeof renderAdmin>[0], tab: string) {
  renderAdmin(hub);
  await click(await screen.findByRole('tab', { name: tab }));
}

describe('a new room', () => {
  it('is created with its id, name and time zone; its chair key is shown once and works', async () => {
    const admin = await start();
    renderAdmin(admin.hub);
    await click(await screen.findByRole('button', { name: 'New room' }));
    type('id', 'ecosoc');
    type('name', 'ECOSOC Chamber');
    type('timeZone', 'Europe/Zurich');
    await click(screen.getByRole('button', { name: 'Create the room' }));

    expect(await screen.findByRole('heading', { name: 'ECOSOC Chamber' })).toBeTruthy();
    expect(screen.getByText('Room created. Here is its chair key.')).toBeTruthy();
    const key = screen.getByLabelText<HTMLInputElement>('New chair key').value;
    expect(screen.getByLabelText<HTMLInputElement>('Console link with the key').value).toBe(
      `${window.location.origin}/chair/ecosoc#key=${key}`,
    );
    expect(window.location.search).toBe('?room=ecosoc');
    const rooms = readRooms((await admin.rest('GET', '/api/rooms')).body);
    expect(rooms?.find((r) => r.roomId === 'ecosoc')).toMatchObject({
      name: 'ECOSOC Chamber',
      timeZone: 'Europe/Zurich',
    });
    // The key is the room's chair key: the hub takes it (and refuses the command: no meeting).
    const command = await admin.rest(
      'POST',
      '/api/rooms/ecosoc/commands',
      { type: 'closeList' },
      key,
    );
    expect(command.body).toMatchObject({ error: { code: 'noOpenMeeting' } });
  });

  it('says what is wrong next to each field; an id taken is refused by the hub at the id', async () => {
    const admin = await start();
    renderAdmin(admin.hub);
    await click(await screen.findByRole('button', { name: 'New room' }));
    type('id', 'Room 5');
    type('timeZone', 'Mars/Olympus');
    await click(screen.getByRole('button', { name: 'Create the room' }));
    const errorOf = (name: string) =>
      field(name).closest('.admin-field')?.querySelector('.admin-error');
    expect(errorOf('id')?.textContent).toBe('Lower-case letters, digits and dashes, e.g. cr4.');
    expect(errorOf('name')?.textContent).toBe('Required.');
    expect(errorOf('timeZone')?.textContent).toBe('Unknown time zone: e.g. America/New_York.');

    type('id', ROOM_ID);
    type('name', 'Another');
    type('timeZone', 'America/New_York');
    await click(screen.getByRole('button', { name: 'Create the room' }));
    expect(errorOf('id')?.querySelector('.admin-error-text')?.textContent).toBe(
      'A room with this id exists already.',
    );
  });
});

describe('a room', () => {
  it('is renamed; its id stays', async () => {
    const admin = await start();
    await openTab(admin.hub, 'Room settings');
    type('name', 'Conference Room 9 (North Lawn)');
    await click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Saved.')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Rooms' });
    expect(await within(nav).findByText('Conference Room 9 (North Lawn)')).toBeTruthy();
    const rooms = readRooms((await admin.rest('GET', '/api/rooms')).body);
    expect(rooms?.[0]).toMatchObject({ roomId: ROOM_ID, name: 'Conference Room 9 (North Lawn)' });
  });

  it('gets a new chair key after a confirmation; the old key stops working at once', async () => {
    const admin = await start();
    const oldKey = admin.hub.chairKey(ROOM_ID);
    await openTab(admin.hub, 'Chair key');
    await click(screen.getByRole('button', { name: 'Issue a new chair key' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain(
      'Issue a new chair key for Conference Room 9? The old key stops working at once, and consoles using it are disconnected.',
    );
    await click(within(question).getByRole('button', { name: 'Issue the new key' }));
    expect(
      screen.getByText('New key issued. Consoles using the old key have been disconnected.'),
    ).toBeTruthy();
    const newKey = screen.getByLabelText<HTMLInputElement>('New chair key').value;
    expect(newKey).not.toBe(oldKey);
    const path = `/api/rooms/${ROOM_ID}/commands`;
    expect((await admin.rest('POST', path, { type: 'closeList' }, oldKey)).status).toBe(403);
    // The new key is taken: the command is refused only because the room has no meeting open.
    const answer = await admin.rest('POST', path, { type: 'closeList' }, newKey);
    expect(answer).toMatchObject({ status: 409, body: { error: { code: 'noOpenMeeting' } } });
  });
});

describe('the printed sheet', () => {
  /** The sheet's QR codes, by the link each one holds. */
  const codes = () =>
    [...document.querySelectorAll('.admin-sheet svg[role="img"]')].map((svg) =>
      svg.getAttribute('aria-label'),
    );

  it('holds the QR codes and links of the wall, the phones and the console, without the key', async () => {
    const admin = await start();
    await openTab(admin.hub, 'Screens and printed sheet');
    const origin = window.location.origin;
    expect(codes()).toEqual([
      `${origin}/display/cr9`,
      `${origin}/follow/cr9`,
      `${origin}/chair/cr9`,
    ]);
    // Each code is drawn, not an empty box.
    expect(
      document.querySelector('.admin-sheet svg path')?.getAttribute('d')?.length,
    ).toBeGreaterThan(500);
    expect(within(screen.getByRole('article')).getByRole('heading').textContent).toBe(
      'Conference Room 9',
    );
    // No key was issued in this tab: the sheet cannot carry one.
    expect(screen.queryByRole('checkbox')).toBeNull();
    // Phones reach the hub at its address on the room's network, not at localhost.
    expect(screen.getByText(/This address only works on this computer/)).toBeTruthy();
    type('hubAddress', '192.0.2.2:8080');
    expect(codes()[1]).toBe('http://192.0.2.2:8080/follow/cr9');
    expect(screen.queryByText(/This address only works on this computer/)).toBeNull();
  });

  it('carries the console link with the new key only when asked, after a new key', async () => {
    const admin = await start();
    await openTab(admin.hub, 'Chair key');
    await click(screen.getByRole('button', { name: 'Issue a new chair key' }));
    await click(screen.getByRole('button', { name: 'Issue the new key' }));
    const key = screen.getByLabelText<HTMLInputElement>('New chair key').value;
    await click(screen.getByRole('tab', { name: 'Screens and printed sheet' }));
    expect(codes()[2]).toBe(`${window.location.origin}/chair/cr9`);
    await click(screen.getByRole('checkbox', { name: /Print the console link with the new key/ }));
    expect(codes()[2]).toBe(`${window.location.origin}/chair/cr9#key=${key}`);
    expect(
      screen.getByText('This sheet holds the chair key: whoever has it can run the meeting.'),
    ).toBeTruthy();
  });
});
