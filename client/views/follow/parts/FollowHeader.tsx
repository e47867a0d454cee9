import type { UnLanguage } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import type { RoomStore } from '../../../store/room-store.ts';
import { statusText } from '../../../shared-ui/room-words.ts';
import { useFollowText } from '../follow-text.tsx';
import { KeepScreenOn } from './KeepScreenOn.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';

/** The meeting, its status, and the page's two settings (language, screen). */
export function FollowHeader(props: {
  store: RoomStore;
  onLanguage: (language: UnLanguage) => void;
}) {
  const { text } = useFollowText();
  const meeting = useRoomSlice(props.store, (s) => s.room?.meeting);
  const status = useRoomSlice(props.store, (s) => s.room?.status);
  const place = meeting ? [meeting.room, meeting.organ].filter(Boolean).join(' · ') : '';
  return (
    <header className="follow-header">
      <div className="follow-tools">
        <LanguagePicker onChange={props.onLanguage} />
        <KeepScreenOn />
      </div>
      {meeting && (
        <>
          {/* Isolated: the meeting's own words, whatever the screen's direction. */}
          <h1 className="follow-title">
            <bdi>{meeting.title}</bdi>
          </h1>
          {place && (
            <p className="follow-place">
              <bdi>{place}</bdi>
            </p>
          )}
        </>
      )}
      {meeting && status && (
        <p className="follow-status" data-status={status.kind}>
          {statusText(status, meeting.timeZone, text)}
        </p>
      )}
    </header>
  );
}
