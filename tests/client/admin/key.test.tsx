// @vitest-environment jsdom
// The secretariat's key, against a real hub: taken from #key= and removed from the address, kept
// for the tab; a wrong key (or a chair's) is refused with a clear reason and not kept, while a
// hub that does not answer leaves it kept; a typed key opens the console; "Forget the key" asks
// for it again.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_KEY, adminHarness, renderAdmin, settle } from './admin-harness.tsx';

const { harness, start } = adminHarness();

afterEach(async () => {
  cleanup();
  await harness.cleanup();
});

describe('the key', () => {
  it('is taken from the link, removed from the address, and opens the rooms', async () => {
    const { hub } = await start();
    renderAdmin(hub);
    expect(window.location.hash).toBe('');
    expect(await screen.findByRole('heading', { name: 'Conference Room 9' })).toBeTruthy();
    expect(sessionStorage.getItem('rostrum.adminKey')).toBe(ADMIN_KEY);
    expect(screen.getByRole('navigation', { name: 'Rooms' }).textContent).toContain('cr9');
  });

  it('is refused when wrong, in the console’s words, and not kept', async () => {
    const { hub } = await start();
    renderAdmin(hub, { key: 'not-the-key' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The hub refused this key: This is not the secretariat’s key.',
    );
    expect(sessionStorage.getItem('rostrum.adminKey')).toBeNull();
    expect(screen.getByLabelText('Secretariat key')).toBeTruthy();
  });

  it('is refused when it is a chair key: a room’s chair does not set up meetings', async () => {
    const { hub } = await start();
    renderAdmin(hub, { key: hub.chairKey('cr9') });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This is not the secretariat’s key.',
    );
  });

  it('is kept when the hub does not answer, to try again', async () => {
    const { hub } = await start();
    await hub.close();
    renderAdmin(hub);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The hub could not be reached, or answered in a way the console does not understand\./,
    );
    expect(sessionStorage.getItem('rostrum.adminKey')).toBe(ADMIN_KEY);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('can be typed, and forgotten', async () => {
    const { hub } = await start();
    renderAdmin(hub, { key: null });
    fireEvent.change(screen.getByLabelText('Secretariat key'), { target: { value: ADMIN_KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the secretariat' }));
    expect(await screen.findByRole('heading', { name: 'Conference Room 9' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget the key' }));
    await settle();
    expect(screen.getByLabelText('Secretariat key')).toBeTruthy();
    expect(sessionStorage.getItem('rostrum.adminKey')).toBeNull();
  });
});
