import { useEffect, useState } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { RoomStore } from '../../../store/room-store.ts';
import { roomTime } from '../display-model.ts';

/** The room's local time (the meeting's time zone, not the browser's), on the server's clock. */
export function RoomClock(props: { store: RoomStore; timeZone: string }) {
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs]);
  return (
    <time className="wall-clock" dateTime={new Date(now).toISOString()}>
      {roomTime(now, props.timeZone)}
    </time>
  );
}
