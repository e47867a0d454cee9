import { useState } from 'react';
import type { UpcomingMeeting } from '../../../../shared/domain/types.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { localDateText } from '../../../shared-ui/when-words.ts';
import { timeRange } from '../capacity.ts';
import { useChair } from '../chair-context.tsx';
import { ConfirmBar } from './ConfirmBar.tsx';

const NONE: UpcomingMeeting[] = [];

/** One scheduled meeting: its title, its sittings (room time), and opening it after a question. */
function Upcoming(props: { meeting: UpcomingMeeting; first: boolean }) {
  const { run, messages, language } = useChair();
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
            {format(messages.sittingOn, {
              date: localDateText(s.date, language),
              range: timeRange(s.start, s.end),
            })}
          </li>
        ))}
      </ul>
      {confirming ? (
        <ConfirmBar
          question={format(messages.confirmOpen, { title: meeting.title })}
          confirm={messages.openYes}
          cancel={messages.cancel}
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
            {messages.openThis}
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
  const { store, messages } = useChair();
  const upcoming = useRoomSlice(store, (s) => s.room?.upcoming ?? NONE);
  return (
    <section className="chair-card chair-open-meeting" aria-label={messages.openHeading}>
      <h2>{messages.openHeading}</h2>
      {upcoming.length === 0 ? (
        <p className="chair-empty">{messages.nothingScheduled}</p>
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
