// @vitest-environment jsdom
// Every screen has the one error boundary of the view kit (view-kit/ScreenErrorBoundary.tsx):
// a part that throws on a bad snapshot shows "This screen hit an error. Reconnecting…" in the
// screen's language instead of a blank page, and the next good snapshot draws the screen again.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publicView } from '../../shared/domain/public-view.ts';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import { useRoomSlice } from '../../client/app/use-room.ts';
import { ScreenErrorBoundary } from '../../client/view-kit/ScreenErrorBoundary.tsx';
import { withSnapshot, type LiveRoom } from '../../client/store/live-room.ts';
import { renderConsole } from './chair/chair-harness.tsx';
import { renderWall } from './display/wall-harness.tsx';
import { renderFollow } from './follow/follow-harness.tsx';
import { DIALOGUE_MEETING, roomFrom, storeAt, T0 } from './room-harness.ts';

const EN = 'This screen hit an error. Reconnecting…';

const good = () =>
  roomFrom({
    id: 'cr4',
    meeting: DIALOGUE_MEETING,
    speakers: [{ delegation: 'FRA' }, { delegation: 'DEU' }],
  });

/** Hands the store a snapshot of `room`, as the connection does on joining or after `sync`. */
function receive(store: LiveRoom, room: PublicRoomState, version: number) {
  act(() => {
    store.setState((s) => withSnapshot(s, { ...room, version, serverNow: T0 }, T0));
  });
}

/**
 * A snapshot of a shape no screen can read: no room (as a hub before rooms held meetings wrote
 * it), a list of speakers that is not a list. (No meeting at all is a state the screens show.)
 */
function badRoom(): PublicRoomState {
  return { ...publicView(good()), room: null, speakers: null } as unknown as PublicRoomState;
}

let quiet: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // React and the boundary report the error on the console; the test expects it.
  quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  quiet.mockRestore();
});

/** A part that throws on a bad snapshot, as any part reading the room might. */
function TitleOrThrow(props: { store: LiveRoom }) {
  const title = useRoomSlice(props.store, (s) => s.room?.meeting?.title);
  if (title === 'bad') throw new RangeError('Invalid time value');
  return <h1>{title}</h1>;
}

describe('ScreenErrorBoundary', () => {
  it('shows the message for a child that throws, then the child again with the next snapshot', () => {
    const room = publicView(good());
    const meeting = room.meeting;
    if (!meeting) throw new Error('the room has no meeting');
    const store = storeAt(good(), T0);
    render(
      <ScreenErrorBoundary store={store} message={EN} className="waiting">
        <TitleOrThrow store={store} />
      </ScreenErrorBoundary>,
    );
    expect(screen.getByRole('heading').textContent).toBe(DIALOGUE_MEETING.title);

    receive(store, { ...room, meeting: { ...meeting, title: 'bad' } }, 1);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(EN);
    expect(alert.className).toBe('waiting');
    expect(screen.queryByRole('heading')).toBeNull();

    // Another bad one: still the message, no crash.
    receive(store, { ...room, meeting: { ...meeting, title: 'bad' } }, 2);
    expect(screen.getByRole('alert').textContent).toBe(EN);

    receive(store, { ...room, meeting: { ...meeting, title: 'Fixed' } }, 3);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe('Fixed');
  });
});

describe('every screen keeps going through a bad snapshot', () => {
  it('the wall, in its language', () => {
    const store = storeAt(good(), T0);
    const wall = renderWall(store, { language: 'fr' });
    expect(wall.container.querySelector('.wall-main')).not.toBeNull();
    receive(store, badRoom(), 1);
    expect(wall.textOf('.wall-error')).toBe('Cet écran a rencontré une erreur. Reconnexion…');
    receive(store, publicView(good()), 2);
    expect(wall.container.querySelector('.wall-error')).toBeNull();
    expect(wall.container.querySelector('.wall-main')).not.toBeNull();
  });

  it('the phone', async () => {
    const store = storeAt(good(), T0);
    const phone = await renderFollow(store);
    expect(phone.has('.follow-main')).toBe(true);
    receive(store, badRoom(), 1);
    expect(phone.textOf('.follow-waiting')).toBe(EN);
    receive(store, publicView(good()), 2);
    expect(phone.has('.follow-waiting')).toBe(false);
    expect(phone.has('.follow-main')).toBe(true);
  });

  it('the console, in its language', () => {
    const console = renderConsole(good(), { language: 'es' });
    expect(console.container.querySelector('.chair-body')).not.toBeNull();
    receive(console.store, badRoom(), 1);
    expect(console.container.querySelector('.chair-waiting')?.textContent).toBe(
      'Esta pantalla ha tenido un error. Reconectando…',
    );
    receive(console.store, publicView(good()), 2);
    expect(console.container.querySelector('.chair-waiting')).toBeNull();
    expect(console.container.querySelector('.chair-body')).not.toBeNull();
  });
});
