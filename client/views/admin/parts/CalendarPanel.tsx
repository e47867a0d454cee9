// A room's calendar: past meetings (adjourned, with their record), the open one, the upcoming
// ones, each in calendar order with its status and sittings; a meeting chosen opens its page, and
// a new one is scheduled from here.
import { useState } from 'react';
import type { MeetingListing, RoomSummary } from '../../../../shared/protocol.ts';
import { localDateAt, localTimeAt } from '../../../../shared/zoned-time.ts';
import { useClientClock } from '../../../view-kit/client-clock.tsx';
import { format } from '../../../i18n/format.ts';
import { useAdmin } from '../admin-context.tsx';
import { calendarGroups, datePassed, sittingLabel } from '../calendar-model.ts';
import { useLoaded } from '../use-loaded.ts';
import { FocusedHeading } from './FocusedHeading.tsx';
import { Loading } from './Loading.tsx';
import { MeetingPage } from './MeetingPage.tsx';

/** How many past meetings are listed before "show all": the latest ones. */
const PAST_SHOWN = 5;

type Shown = { kind: 'calendar' } | { kind: 'new' } | { kind: 'meeting'; meetingId: string };

function MeetingLine(props: { meeting: MeetingListing; now: string; onOpen: () => void }) {
  const { messages, language } = useAdmin();
  const { meeting } = props;
  const passed = meeting.status === 'scheduled' && datePassed(meeting.sittings, props.now);
  return (
    <li className="admin-meeting" data-status={meeting.status} data-meeting-id={meeting.meetingId}>
      <button type="button" className="admin-meeting-open" onClick={props.onOpen}>
        <span className="admin-meeting-title">
          <bdi>{meeting.title}</bdi>
        </span>
        <span className="admin-meeting-id" dir="ltr">
          {meeting.meetingId}
        </span>
      </button>
      <ul className="admin-meeting-sittings">
        {meeting.sittings.map((s) => (
          <li key={`${s.date} ${s.start}`}>{sittingLabel(s, language)}</li>
        ))}
      </ul>
      <span className="admin-badge" data-status={meeting.status}>
        {messages.meetingStatus[meeting.status]}
        {passed && ` · ${messages.datePassed}`}
      </span>
    </li>
  );
}

function Group(props: {
  heading: string;
  empty: string;
  meetings: MeetingListing[];
  now: string;
  onOpen: (meetingId: string) => void;
  /** Only the last `latest` until the secretariat asks for all. */
  latest?: number;
}) {
  const { messages } = useAdmin();
  const [all, setAll] = useState(false);
  const hidden =
    props.latest !== undefined && !all ? Math.max(0, props.meetings.length - props.latest) : 0;
  const meetings = props.meetings.slice(hidden);
  return (
    <section className="admin-calendar-group" aria-label={props.heading}>
      <h3>
        {props.heading} <span className="admin-count">({props.meetings.length})</span>
      </h3>
      {props.meetings.length === 0 ? (
        <p className="admin-empty">{props.empty}</p>
      ) : (
        <ol className="admin-meetings">
          {meetings.map((m) => (
            <MeetingLine
              key={m.meetingId}
              meeting={m}
              now={props.now}
              onOpen={() => props.onOpen(m.meetingId)}
            />
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <button type="button" className="admin-show-all" onClick={() => setAll(true)}>
          {format(messages.showAllPast, { n: props.meetings.length })}
        </button>
      )}
    </section>
  );
}

export function CalendarPanel(props: { room: RoomSummary; onChanged: () => void }) {
  const { api, messages } = useAdmin();
  const { room } = props;
  const clock = useClientClock();
  const { loaded, reload } = useLoaded(room.roomId, () => api.meetings(room.roomId));
  const [shown, setShown] = useState<Shown>({ kind: 'calendar' });
  // Back from a meeting, the focus (and the page) goes to the calendar's heading.
  const [focusHeading, setFocusHeading] = useState(false);
  // What the last change did, said where the secretariat lands after it.
  const [done, setDone] = useState('');
  const changed = (what: string) => {
    setDone(what);
    reload();
    props.onChanged();
  };
  const show = setShown;
  const doneLine = (
    <p className="admin-saved" role="status">
      {done}
    </p>
  );
  if (shown.kind !== 'calendar') {
    return (
      <>
        <MeetingPage
          done={doneLine}
          room={room}
          meetingId={shown.kind === 'meeting' ? shown.meetingId : undefined}
          onShow={(meetingId) => {
            setFocusHeading(meetingId === undefined);
            show(meetingId === undefined ? { kind: 'calendar' } : { kind: 'meeting', meetingId });
          }}
          onChanged={changed}
        />
      </>
    );
  }
  const at = clock();
  const now = `${localDateAt(at, room.timeZone)} ${localTimeAt(at, room.timeZone)}`;
  return (
    <div className="admin-calendar">
      <div className="chair-toolbar">
        <FocusedHeading className="admin-toolbar-title" focus={focusHeading}>
          {messages.calendarHeading}
        </FocusedHeading>
        <button
          type="button"
          className="chair-strong"
          onClick={() => {
            setDone('');
            show({ kind: 'new' });
          }}
        >
          {messages.newMeeting}
        </button>
        {doneLine}
      </div>
      <Loading loaded={loaded}>
        {(listing) => {
          const groups = calendarGroups(listing);
          const open = (meetingId: string) => {
            setDone('');
            show({ kind: 'meeting', meetingId });
          };
          return (
            <>
              <Group
                heading={messages.groups.past}
                empty={messages.groups.nonePast}
                meetings={groups.past}
                now={now}
                onOpen={open}
                latest={PAST_SHOWN}
              />
              <Group
                heading={messages.groups.open}
                empty={messages.groups.noneOpen}
                meetings={groups.open}
                now={now}
                onOpen={open}
              />
              <Group
                heading={messages.groups.upcoming}
                empty={messages.groups.noneUpcoming}
                meetings={groups.upcoming}
                now={now}
                onOpen={open}
              />
            </>
          );
        }}
      </Loading>
    </div>
  );
}
