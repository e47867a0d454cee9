import { localized } from '../../../../shared/domain/localized.ts';
import { useLanguage } from '../../../i18n/language-context.tsx';
import type { NextUp } from '../../../shared-ui/room-phase.ts';
import { whenText } from '../../../shared-ui/when-words.ts';

/** The next scheduled meeting and when it starts (room time), or that nothing is scheduled. */
export function NextMeeting(props: { next: NextUp | null; timeZone: string }) {
  const { language, messages } = useLanguage();
  const { next } = props;
  if (!next) {
    return (
      <div className="wall-upcoming" data-next="none">
        <p className="wall-upcoming-none">{messages.noMeetingScheduled}</p>
      </div>
    );
  }
  return (
    <div className="wall-upcoming" data-next={next.meeting.meetingId}>
      <p className="wall-upcoming-label">{messages.nextMeeting}</p>
      {/* Isolated: the meeting's own words, whatever the screen's direction. */}
      <h2 className="wall-upcoming-title">
        <bdi>{localized(next.meeting.title, next.meeting.titleTranslations, language)}</bdi>
      </h2>
      <p className="wall-upcoming-when">
        {whenText(next.starts, messages, props.timeZone, language)}
      </p>
    </div>
  );
}
