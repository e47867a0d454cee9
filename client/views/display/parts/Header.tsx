import { useRoomSlice } from '../../../app/use-room.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import type { RoomStore } from '../../../store/room-store.ts';
import { statusText } from '../../../shared-ui/room-words.ts';
import { RoomClock } from './RoomClock.tsx';

/** Title, room, the room's local time and the meeting's status. */
export function Header(props: { store: RoomStore }) {
  const { messages } = useLanguage();
  const meeting = useRoomSlice(props.store, (s) => s.room?.meeting);
  const status = useRoomSlice(props.store, (s) => s.room?.status);
  if (!meeting || !status) return null;
  return (
    <header className="wall-header">
      <div className="wall-title">
        {/* Isolated: the meeting's own words, whatever the screen's direction. */}
        <h1>
          <bdi>{meeting.title}</bdi>
        </h1>
        <p>
          <bdi>{[meeting.organ, meeting.room].filter(Boolean).join(' · ')}</bdi>
        </p>
      </div>
      <div className="wall-meta">
        <RoomClock store={props.store} timeZone={meeting.timeZone} />
        <span className="wall-status" data-status={status.kind}>
          {statusText(status, meeting.timeZone, messages)}
        </span>
      </div>
    </header>
  );
}
