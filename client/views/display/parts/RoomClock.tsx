import { isoInstant } from '../../../../shared/time.ts';
import { useServerNowEverySecond } from '../../../view-kit/use-server-now.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { roomTime } from '../display-model.ts';

/** The room's local time (the room's time zone, not the browser's), on the server's clock. */
export function RoomClock(props: { store: LiveRoom; timeZone: string }) {
  const now = useServerNowEverySecond(props.store);
  return (
    <time className="wall-clock" dateTime={isoInstant(now)}>
      {roomTime(now, props.timeZone)}
    </time>
  );
}
