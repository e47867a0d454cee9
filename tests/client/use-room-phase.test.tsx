// @vitest-environment jsdom
// The room's phase is checked against the clock once a second, but a screen that reads it is
// re-rendered only when the phase changes: an idle wall left on all night does not redraw its
// announcement every second, and a part comparing the phase by identity keeps it.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientClockProvider } from '../../client/view-kit/client-clock.tsx';
import type { RoomPhase } from '../../client/view-kit/room-phase.ts';
import { useRoomPhase } from '../../client/view-kit/use-room-phase.ts';
import type { LiveRoom } from '../../client/store/live-room.ts';
import { at, DIALOGUE_MEETING, min, roomFrom, steppingClock, storeAt, T0 } from './room-harness.ts';

afterEach(cleanup);

/** Renders a part that reads the phase, recording each phase it rendered with. */
function renderPhases(store: LiveRoom, now: number) {
  const clock = steppingClock(now);
  const seen: (RoomPhase | undefined)[] = [];
  function Part() {
    seen.push(useRoomPhase(store));
    return null;
  }
  render(
    <ClientClockProvider clock={clock.now}>
      <Part />
    </ClientClockProvider>,
  );
  return { clock, seen };
}

const seconds = (n: number) =>
  act(() => new Promise((resolve) => setTimeout(resolve, n * 1_000 + 100)));

describe('useRoomPhase', () => {
  it('re-renders when the phase changes, not as the clock runs', async () => {
    const room = roomFrom({
      id: 'cr4',
      meeting: DIALOGUE_MEETING,
      speakers: [{ delegation: 'FRA' }],
    });
    // 13:20: between the sittings.
    const { clock, seen } = renderPhases(storeAt(room, T0), at(min(200)));
    const first = seen.length;
    expect(seen.at(-1)?.kind).toBe('betweenSittings');
    clock.set(at(min(201)));
    await seconds(2);
    expect(seen.length).toBe(first);
    // 15:00: the afternoon sitting opens.
    clock.set(at(min(300)));
    await seconds(1);
    expect(seen.length).toBe(first + 1);
    expect(seen.at(-1)).toEqual({ kind: 'sitting' });
  });
});
