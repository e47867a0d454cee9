// The room's phase (room-phase.ts) on this screen's estimate of the server clock. It is checked
// once a second, but the screen is told only when it changes (a sitting ends, midnight turns
// "tomorrow" into "today", the chair opens a meeting), so an idle wall does not re-render for
// nothing, and a part that reads it keeps the same value while nothing changed.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRoomSlice } from '../app/use-room.ts';
import type { LiveRoom } from '../store/live-room.ts';
import { useClientClock } from './client-clock.tsx';
import { phaseInput, roomPhase, samePhase, type RoomPhase } from './room-phase.ts';

export function useRoomPhase(store: LiveRoom): RoomPhase | undefined {
  const input = useRoomSlice(
    store,
    useShallow((s) => (s.room ? phaseInput(s.room) : undefined)),
  );
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [, moved] = useState(0);
  const phaseNow = () => input && roomPhase(input, clientNow() + offsetMs);
  // Kept while it says the same, so that it can be compared by identity downstream. Worked out
  // on each render (the room changed, or the clock moved it on): the same input gives the same.
  const shown = useRef<RoomPhase | undefined>(undefined);
  const phase = phaseNow();
  if (!samePhase(shown.current, phase)) shown.current = phase;
  useEffect(() => {
    const timer = setInterval(() => {
      if (!samePhase(shown.current, phaseNow())) moved((n) => n + 1);
    }, 1000);
    return () => clearInterval(timer);
    // `phaseNow` reads exactly these.
  }, [input, offsetMs, clientNow]);
  return shown.current;
}
