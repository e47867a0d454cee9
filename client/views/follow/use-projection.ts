// When each speaker still to be called should take the floor, worked out on the phone with the
// hub's own rules (projectWith over the public state and its pace). Recomputed when the room
// changes and every PROJECTION_EVERY_MS as time passes, never every frame: estimates are shown
// to the minute, and the list must not re-render with the countdown.
import { useEffect, useMemo, useState } from 'react';
import { projectWith, type Projection } from '../../../shared/domain/projection.ts';
import type { DurationMs } from '../../../shared/time.ts';
import { useRoomSlice } from '../../app/use-room.ts';
import { useClientClock } from '../../shared-ui/client-clock.tsx';
import type { RoomStore } from '../../store/room-store.ts';

export const PROJECTION_EVERY_MS: DurationMs = 15_000;

/** The projection at the estimated server time, or undefined before the room is known. */
export function useProjection(store: RoomStore): Projection | undefined {
  const meeting = useRoomSlice(store, (s) => s.room?.meeting);
  const status = useRoomSlice(store, (s) => s.room?.status);
  const speakers = useRoomSlice(store, (s) => s.room?.speakers);
  const floor = useRoomSlice(store, (s) => s.room?.floor ?? null);
  const pace = useRoomSlice(store, (s) => s.room?.pace);
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), PROJECTION_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return useMemo(
    () =>
      meeting && status && speakers && pace
        ? projectWith({ meeting, status, speakers, floor }, pace, clientNow() + offsetMs)
        : undefined,
    // `tick` moves `now` on; the clock is read when something changed, not on every render.
    [meeting, status, speakers, floor, pace, offsetMs, clientNow, tick],
  );
}
