// The console's projection, computed once (view-kit/use-room-projection.ts) and handed to every
// part that shows an estimate.
import { createContext, useContext, type ReactNode } from 'react';
import type { Projection } from '../../../shared/domain/projection.ts';
import { useRoomProjection } from '../../view-kit/use-room-projection.ts';
import type { LiveRoom } from '../../store/live-room.ts';

const ProjectionContext = createContext<Projection | undefined>(undefined);

/** Computes the projection once for the whole console. */
export function ProjectionProvider(props: { store: LiveRoom; children: ReactNode }) {
  const projection = useRoomProjection(props.store);
  return (
    <ProjectionContext.Provider value={projection}>{props.children}</ProjectionContext.Provider>
  );
}

/** The console's projection (undefined before the room is known). */
export function useProjection(): Projection | undefined {
  return useContext(ProjectionContext);
}
