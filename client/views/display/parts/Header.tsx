import { localized } from '../../../../shared/domain/localized.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { useRoomHead } from '../../../view-kit/use-room-head.ts';
import { statusText } from '../../../view-kit/room-words.ts';
import { RoomClock } from './RoomClock.tsx';

/**
 * The meeting's title, organ and room, the segment in play, the room's local time and the
 * status; with no meeting open, the room's name in its place.
 */
export function Header(props: { store: LiveRoom }) {
  const { language, texts } = useScreen<WallTexts>();
  const head = useRoomHead(props.store);
  if (!head) return null;
  const { room, meeting, status, segment } = head;
  return (
    <header className="wall-header">
      <div className="wall-title">
        {/* Isolated: the meeting's own words, whatever the screen's direction. */}
        <h1>
          <bdi>
            {meeting ? localized(meeting.title, meeting.titleTranslations, language) : room.name}
          </bdi>
        </h1>
        {meeting && (
          <p>
            <bdi>{[meeting.organ, room.name].filter(Boolean).join(' · ')}</bdi>
          </p>
        )}
        {/* The segment in play; an adjourned meeting has none in play any more. */}
        {meeting && segment && status.kind !== 'adjourned' && (
          <p className="wall-segment">
            <bdi>{segment}</bdi>
          </p>
        )}
      </div>
      <div className="wall-meta">
        <RoomClock store={props.store} timeZone={room.timeZone} />
        <span className="wall-status" data-status={status.kind}>
          {statusText(status, room.timeZone, texts)}
        </span>
      </div>
    </header>
  );
}
