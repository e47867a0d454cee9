// Whether the interpreters' "slower, please" is being shown, the same on every screen that shows
// it (the lectern, the chair's console, the booth that asked): from the hub's time of the request
// (floor.slowerAt) for SLOWER_SIGNAL_MS, on this screen's estimate of the hub's clock, so that
// every screen stops showing it at the same moment whatever its own clock says.
import { useEffect, useState } from 'react';
import { SLOWER_SIGNAL_MS } from '../../shared/domain/slower.ts';
import type { EpochMs } from '../../shared/time.ts';
import { useRoomSlice } from '../app/use-room.ts';
import { useClientClock } from './client-clock.tsx';
import { useScreen } from './screen.tsx';

/** How often a shown signal checks whether its time is over. */
const CHECK_MS = 250;

/** When the signal for a request at `slowerAt` ends (the hub's clock). */
export function slowerShownUntil(slowerAt: EpochMs): EpochMs {
  return slowerAt + SLOWER_SIGNAL_MS;
}

/**
 * The moment the signal ends while it is shown, else undefined. Re-renders once when it ends.
 */
export function useSlowerShown(slowerAt: EpochMs | undefined): EpochMs | undefined {
  const { store } = useScreen();
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [, recheck] = useState(0);
  const until = slowerAt === undefined ? undefined : slowerShownUntil(slowerAt);
  const shown = until !== undefined && clientNow() + offsetMs < until;
  useEffect(() => {
    if (!shown || until === undefined) return undefined;
    const timer = setInterval(() => {
      if (clientNow() + offsetMs >= until) recheck((n) => n + 1);
    }, CHECK_MS);
    return () => clearInterval(timer);
  }, [shown, until, offsetMs, clientNow]);
  return shown ? until : undefined;
}
