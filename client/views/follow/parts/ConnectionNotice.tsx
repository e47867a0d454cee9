import { useRoomSlice } from '../../../app/use-room.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { roomTimeWithSeconds } from '../follow-model.ts';
import { format } from '../../../i18n/format.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/**
 * Said at once when the hub is out of reach (a phone on a crowded Wi-Fi wants to know), with the
 * time of the last news in the room's time; the clock and the estimates keep running meanwhile.
 */
export function ConnectionNotice(props: { store: LiveRoom }) {
  const { texts } = useScreen<FollowMessages>();
  const connection = useRoomSlice(props.store, (s) => s.connection);
  const lastUpdateAt = useRoomSlice(props.store, (s) => s.lastUpdateAt);
  const offsetMs = useRoomSlice(props.store, (s) => s.offsetMs);
  const timeZone = useRoomSlice(props.store, (s) => s.room?.room.timeZone);
  const offline = connection === 'reconnecting';
  return (
    <div role="status" className="follow-connection-region">
      {offline && (
        <p className="follow-offline">
          <span aria-hidden="true">⚠ </span>
          {lastUpdateAt !== null && timeZone
            ? format(texts.offline, {
                time: roomTimeWithSeconds(lastUpdateAt + offsetMs, timeZone),
              })
            : texts.offlineNoUpdate}
        </p>
      )}
    </div>
  );
}
