import { useState } from 'react';
import type { UpcomingMeeting } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { localDateText } from '../../../view-kit/when-words.ts';
import { timeRange } from '../capacity.ts';
import { useChair } from '../chair-context.tsx';
import { ConfirmBar } from './ConfirmBar.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

const NONE: UpcomingMeeting[] = [];

/** One scheduled meeting: its title, its sittings (room time), and opening it after a question. */
function Upcoming(props: { meeting: UpcomingMeeting; first: boolean }) {
  const { run } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
  const [confirming, setConfirming] = useState(false);
  const { meeting } = props;
  return (
    <li className="chair-upcoming" data-meeting-id={meeting.meetingId}>
      <h3>
        <bdi>{meeting.title}</bdi>
      </h3>
      <ul className="chair-upcoming-sittings">
        {meeting.sittings.map((s) => (
          <li key={`${s.date} ${s.start}`}>
            {format(texts.sittingOn, {
              date: localDateText(s.date, language),
              range: timeRange(s.start, s.end),
            })}
          </li>
        ))}
      </ul>
      {confirming ? (
        <ConfirmBar
          question={format(texts.confirmOpen, { title: meeting.title })}
          confirm={texts.openYes}
          cancel={texts.cancel}
          tone="strong"
          onConfirm={() => {
            setConfirming(false);
            void run({ type: 'openMeeting', meetingId: meeting.meetingId });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="chair-buttons">
          <button
            type="button"
            className={props.first ? 'chair-strong' : undefined}
            onClick={() => setConfirming(true)}
          >
            {texts.openThis}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * With no meeting open, or the current one adjourned: the room's scheduled meetings, soonest
 * first, each opened from here once the chair confirms (the wall and the phones follow at once).
 */
export function OpenMeetingPanel() {
  const { store } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const upcoming = useRoomSlice(store, (s) => s.room?.upcoming ?? NONE);
  return (
    <section className="chair-card chair-open-meeting" aria-label={texts.openHeading}>
      <h2>{texts.openHeading}</h2>
      {upcoming.length === 0 ? (
        <p className="chair-empty">{texts.nothingScheduled}</p>
      ) : (
        <ol className="chair-upcoming-list">
          {upcoming.map((meeting, index) => (
            <Upcoming key={meeting.meetingId} meeting={meeting} first={index === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}
