import { localized } from '../../../../shared/domain/localized.ts';
import type { NextUp } from '../../../view-kit/room-phase.ts';
import { whenText } from '../../../view-kit/when-words.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';

/** The next scheduled meeting and when it starts (room time), or that nothing is scheduled. */
export function NextMeeting(props: { next: NextUp | null; timeZone: string }) {
  const { language, texts } = useScreen<FollowMessages>();
  const { next } = props;
  return (
    <section className="follow-upcoming" aria-labelledby="follow-upcoming-heading">
      <h2 id="follow-upcoming-heading" className="follow-label">
        {texts.nextMeeting}
      </h2>
      {next ? (
        <>
          {/* Isolated: the meeting's own words, whatever the screen's direction. */}
          <p className="follow-upcoming-title">
            <bdi>{localized(next.meeting.title, next.meeting.titleTranslations, language)}</bdi>
          </p>
          <p className="follow-upcoming-when">
            {whenText(next.starts, texts, props.timeZone, language)}
          </p>
        </>
      ) : (
        <p className="follow-upcoming-none">{texts.noMeetingScheduled}</p>
      )}
    </section>
  );
}
