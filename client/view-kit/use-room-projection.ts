// When each waiting speaker should speak, worked out on the screen with the hub's own rules
// (projectWith over the public state and its pace): again whenever the list, the floor or the
// meeting changes, and every PROJECTION_EVERY_MS as time passes; never every frame, so that the
// list does not re-render with the countdown. Estimates are shown to the minute.
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  projectWith,
  type Pace,
  type Projection,
  type ProjectionInput,
} from '../../shared/domain/projection.ts';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { DurationMs } from '../../shared/time.ts';
import { useRoomSlice } from '../app/use-room.ts';
import type { LiveRoom } from '../store/live-room.ts';
import { useClientClock } from './client-clock.tsx';

/** How often the estimates move on with the clock. */
export const PROJECTION_EVERY_MS: DurationMs = 15_000;

/** What the projection reads of a public state; nothing to project without a meeting. */
export function projectionInput(
  room: PublicRoomState,
): (ProjectionInput & { pace: Pace }) | undefined {
  const { meeting, status, speakers, floor, pace } = room;
  return meeting ? { meeting, status, speakers, floor, pace } : undefined;
}

/** The projection now, recomputed on every change of its inputs and every 15 s. */
export function useRoomProjection(store: LiveRoom): Projection | undefined {
  const input = useRoomSlice(
    store,
    useShallow((s) => (s.room ? projectionInput(s.room) : undefined)),
  );
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), PROJECTION_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return useMemo(
    () => (input ? projectWith(input, input.pace, clientNow() + offsetMs) : undefined),
    // `tick` is not read: it is here to move the estimate on with the clock.
    [input, offsetMs, clientNow, tick],
  );
}
