// When each waiting speaker should speak: the hub's projection, computed here from the state and
// its pace (projectWith), again whenever the list, the floor or the meeting changes and every
// 15 seconds as time passes; never every frame.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { projectWith, type Projection } from '../../../shared/domain/projection.ts';
import type { DurationMs } from '../../../shared/time.ts';
import { useRoomSlice } from '../../app/use-room.ts';
import { useClientClock } from '../../shared-ui/client-clock.tsx';
import type { RoomStore } from '../../store/room-store.ts';

/** How often the estimates move on with the clock. */
export const PROJECTION_EVERY_MS: DurationMs = 15_000;

/** The projection now, recomputed on every change of its inputs and every 15 s. */
export function useRoomProjection(store: RoomStore): Projection | undefined {
  const input = useRoomSlice(
    store,
    useShallow((s) =>
      s.room
        ? {
            meeting: s.room.meeting,
            status: s.room.status,
            speakers: s.room.speakers,
            floor: s.room.floor,
            pace: s.room.pace,
          }
        : undefined,
    ),
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

const ProjectionContext = createContext<Projection | undefined>(undefined);

/** Computes the projection once for the whole console. */
export function ProjectionProvider(props: { store: RoomStore; children: ReactNode }) {
  const projection = useRoomProjection(props.store);
  return (
    <ProjectionContext.Provider value={projection}>{props.children}</ProjectionContext.Provider>
  );
}

/** The console's projection (undefined before the room is known). */
export function useProjection(): Projection | undefined {
  return useContext(ProjectionContext);
}
