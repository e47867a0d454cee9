import { localized } from '../../../../shared/domain/localized.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { WallTexts } from '../wall-texts.ts';
import type { NextUp } from '../../../view-kit/room-phase.ts';
import { whenText } from '../../../view-kit/when-words.ts';

/** The next scheduled meeting and when it starts (room time), or that nothing is scheduled. */
export function NextMeeting(props: { next: NextUp | null; timeZone: string }) {
  const { language, texts } = useScreen<WallTexts>();
  const { next } = props;
  if (!next) {
    return (
      <div className="wall-upcoming" data-next="none">
        <p className="wall-upcoming-none">{texts.noMeetingScheduled}</p>
      </div>
    );
  }
  return (
    <div className="wall-upcoming" data-next={next.meeting.meetingId}>
      <p className="wall-upcoming-label">{texts.nextMeeting}</p>
      {/* Isolated: the meeting's own words, whatever the screen's direction. */}
      <h2 className="wall-upcoming-title">
        <bdi>{localized(next.meeting.title, next.meeting.titleTranslations, language)}</bdi>
      </h2>
      <p className="wall-upcoming-when">{whenText(next.starts, texts, props.timeZone, language)}</p>
    </div>
  );
}
