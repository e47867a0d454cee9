import { localized } from '../../../../shared/domain/localized.ts';
import type { NextUp } from '../../../shared-ui/room-phase.ts';
import { whenText } from '../../../shared-ui/when-words.ts';
import { useFollowText } from '../follow-text.tsx';

/** The next scheduled meeting and when it starts (room time), or that nothing is scheduled. */
export function NextMeeting(props: { next: NextUp | null; timeZone: string }) {
  const { language, text } = useFollowText();
  const { next } = props;
  return (
    <section className="follow-upcoming" aria-labelledby="follow-upcoming-heading">
      <h2 id="follow-upcoming-heading" className="follow-label">
        {text.nextMeeting}
      </h2>
      {next ? (
        <>
          {/* Isolated: the meeting's own words, whatever the screen's direction. */}
          <p className="follow-upcoming-title">
            <bdi>{localized(next.meeting.title, next.meeting.titleTranslations, language)}</bdi>
          </p>
          <p className="follow-upcoming-when">
            {whenText(next.starts, text, props.timeZone, language)}
          </p>
        </>
      ) : (
        <p className="follow-upcoming-none">{text.noMeetingScheduled}</p>
      )}
    </section>
  );
}
