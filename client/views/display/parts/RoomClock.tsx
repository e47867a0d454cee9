import { useEffect, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useClientClock } from '../../../shared-ui/client-clock.tsx';
import type { RoomStore } from '../../../store/room-store.ts';
import { roomTime } from '../display-model.ts';

/** The room's local time (the meeting's time zone, not the browser's), on the server's clock. */
export function RoomClock(props: { store: RoomStore; timeZone: string }) {
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  const clientNow = useClientClock();
  const [now, setNow] = useState(() => clientNow() + offsetMs);
  useEffect(() => {
    setNow(clientNow() + offsetMs);
    const timer = setInterval(() => setNow(clientNow() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs, clientNow]);
  return (
    <time className="wall-clock" dateTime={new Date(now).toISOString()}>
      {roomTime(now, props.timeZone)}
    </time>
  );
}
