import { localized } from '../../../../shared/domain/localized.ts';
import type { UnLanguage } from '../../../../shared/domain/types.ts';
import type { LiveRoom } from '../../../store/live-room.ts';
import { useRoomHead } from '../../../view-kit/use-room-head.ts';
import { statusText } from '../../../view-kit/room-words.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';
import { KeepScreenOn } from './KeepScreenOn.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';

/**
 * The meeting (or, with none open, the room), the segment in play, the status, and the page's
 * two settings (language, screen).
 */
export function FollowHeader(props: {
  store: LiveRoom;
  onLanguage: (language: UnLanguage) => void;
}) {
  const { language, texts } = useScreen<FollowMessages>();
  const head = useRoomHead(props.store);
  const meeting = head?.meeting;
  const place = meeting && head ? [head.room.name, meeting.organ].filter(Boolean).join(' · ') : '';
  return (
    <header className="follow-header">
      <div className="follow-tools">
        <LanguagePicker onChange={props.onLanguage} />
        <KeepScreenOn />
      </div>
      {head && (
        <>
          {/* Isolated: the meeting's own words, whatever the screen's direction. */}
          <h1 className="follow-title">
            <bdi>
              {meeting
                ? localized(meeting.title, meeting.titleTranslations, language)
                : head.room.name}
            </bdi>
          </h1>
          {place && (
            <p className="follow-place">
              <bdi>{place}</bdi>
            </p>
          )}
          {/* The segment in play; an adjourned meeting has none in play any more. */}
          {meeting && head.segment && head.status.kind !== 'adjourned' && (
            <p className="follow-segment">
              <bdi>{head.segment}</bdi>
            </p>
          )}
          <p className="follow-status" data-status={head.status.kind}>
            {statusText(head.status, head.room.timeZone, texts)}
          </p>
        </>
      )}
    </header>
  );
}
