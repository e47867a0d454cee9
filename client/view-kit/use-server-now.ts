// The server's time now, on this screen's estimate of the server clock, moved on once a second:
// what a clock to the minute (the room's local time in a header) needs, and no more.
import { useEffect, useState } from 'react';
import type { EpochMs } from '../../shared/time.ts';
import { useRoomSlice } from '../app/use-room.ts';
import type { LiveRoom } from '../store/live-room.ts';
import { useClientClock } from './client-clock.tsx';

export function useServerNowEverySecond(store: LiveRoom): EpochMs {
  const offsetMs = useRoomSlice(store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [now, setNow] = useState(() => clientNow() + offsetMs);
  useEffect(() => {
    setNow(clientNow() + offsetMs);
    const timer = setInterval(() => setNow(clientNow() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [clientNow, offsetMs]);
  return now;
}
