// @vitest-environment jsdom
// The wall and its link to the hub: waiting for the room, a refusal, and the discreet mark shown
// only after the hub has been away for a while (a blip is not worth alarming the room).
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLiveRoom } from '../../../client/store/live-room.ts';
import { Wall } from '../../../client/views/display/DisplayView.tsx';
import { RECONNECTING_MARK_AFTER_MS } from '../../../client/views/display/parts/ConnectionMark.tsx';
import { FOLLOW_URL, makeRoom, renderWall, run, storeWith, T0 } from './wall-harness.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers(); // faked by one test only
});

describe('the wall before the room arrives', () => {
  it('says it is connecting, then that the hub refused it', () => {
    const store = createLiveRoom();
    const wall = render(<Wall store={store} language="en" followUrl={FOLLOW_URL} />);
    expect(wall.container.textContent).toBe('Connecting…');
    act(() => store.setState({ connection: 'refused', refusal: 'There is no room "cr9".' }));
    expect(wall.container.textContent).toBe(
      'This screen cannot show the room: There is no room "cr9".',
    );
  });
});

describe('the reconnecting mark', () => {
  it(`appears only after ${RECONNECTING_MARK_AFTER_MS} ms without the hub, and goes when it is back`, () => {
    // The mark waits on a real setTimeout: only that is faked, the clock and frames stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = storeWith(run(makeRoom(), T0, { type: 'nextSpeaker', start: true }));
    const wall = renderWall(store);
    const mark = () => wall.container.querySelector('.wall-connection');
    expect(mark()).toBeNull();

    // A blip: back within the delay, nothing shown, and no mark left pending either.
    act(() => store.setState({ connection: 'reconnecting' }));
    act(() => vi.advanceTimersByTime(RECONNECTING_MARK_AFTER_MS - 1));
    expect(mark()).toBeNull();
    act(() => store.setState({ connection: 'connected' }));
    act(() => vi.advanceTimersByTime(RECONNECTING_MARK_AFTER_MS * 2));
    expect(mark()).toBeNull();

    // A real outage.
    act(() => store.setState({ connection: 'reconnecting' }));
    act(() => vi.advanceTimersByTime(RECONNECTING_MARK_AFTER_MS - 1));
    expect(mark()).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(mark()?.textContent).toBe('⟳ Reconnecting…');
    expect(mark()?.getAttribute('role')).toBe('status');
    // The rest of the wall stays as it was.
    expect(wall.textOf('.wall-delegation')).toBe('France');

    act(() => store.setState({ connection: 'connected' }));
    expect(mark()).toBeNull();
  });
});
