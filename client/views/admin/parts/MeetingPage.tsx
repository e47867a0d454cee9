// One meeting of the calendar, as far as the secretariat may still change it: a new or scheduled
// meeting is edited whole (its lists too), an open one in its details only (the rest is the
// chair's), an adjourned one is read, with its record. Copying works for all; deleting for a
// scheduled meeting only, after a confirmation.
import { useState, type ReactNode } from 'react';
import type { MeetingDetail, RoomSummary } from '../../../../shared/protocol.ts';
import { addDays, localDateAt } from '../../../../shared/zoned-time.ts';
import { format } from '../../../i18n/format.ts';
import { useClientClock } from '../../../view-kit/client-clock.tsx';
import { ConfirmBar } from '../../chair/parts/ConfirmBar.tsx';
import { useAdmin } from '../admin-context.tsx';
import { refusalError, type FieldError } from '../field-errors.ts';
import { draftFromSetup, newDraft, openMeetingSetup } from '../meeting-draft.ts';
import { useLoaded } from '../use-loaded.ts';
import type { ApiResult } from '../admin-api.ts';
import { CopyMeeting } from './CopyMeeting.tsx';
import { ErrorText } from './ErrorText.tsx';
import { FocusedHeading } from './FocusedHeading.tsx';
import { Loading } from './Loading.tsx';
import { MeetingEditor } from './MeetingEditor.tsx';
import { MeetingRecord } from './MeetingRecord.tsx';
import { MeetingSummary } from './MeetingSummary.tsx';

interface PageProps {
  room: RoomSummary;
  /** Show another meeting (undefined: back to the calendar). */
  onShow: (meetingId: string | undefined) => void;
  /** The calendar changed (a meeting saved, copied, deleted): what happened, in words. */
  onChanged: (what: string) => void;
}

/** The actions under a meeting that exists: copy it, and delete it while it is scheduled. */
function MeetingActions(props: PageProps & { detail: MeetingDetail }) {
  const { api, messages } = useAdmin();
  const { detail, room } = props;
  const [step, setStep] = useState<'none' | 'copy' | 'delete'>('none');
  const [error, setError] = useState<FieldError | null>(null);
  const remove = async () => {
    const result = await api.deleteMeeting(room.roomId, detail.meetingId);
    if (!result.ok) {
      setStep('none');
      setError(refusalError(result.error, messages));
      return;
    }
    props.onChanged(format(messages.deleted, { title: detail.title }));
    props.onShow(undefined);
  };
  return (
    <section className="admin-card admin-meeting-actions" aria-label={messages.otherActions}>
      <div className="chair-buttons">
        <button
          type="button"
          aria-expanded={step === 'copy'}
          onClick={() => setStep(step === 'copy' ? 'none' : 'copy')}
        >
          {messages.copyMeeting}
        </button>
        {detail.status === 'scheduled' && (
          <button type="button" className="chair-danger-text" onClick={() => setStep('delete')}>
            {messages.deleteMeeting}
          </button>
        )}
      </div>
      {error && <ErrorText error={error} />}
      {step === 'copy' && (
        <CopyMeeting
          room={room}
          detail={detail}
          onCopied={(meetingId) => {
            props.onChanged(format(messages.copyMade, { id: meetingId }));
            props.onShow(meetingId);
          }}
          onCancel={() => setStep('none')}
        />
      )}
      {step === 'delete' && (
        <ConfirmBar
          question={format(messages.deleteQuestion, { title: detail.title })}
          confirm={messages.deleteConfirm}
          cancel={messages.cancel}
          onConfirm={() => void remove()}
          onCancel={() => setStep('none')}
        />
      )}
    </section>
  );
}

function ExistingMeeting(props: PageProps & { detail: MeetingDetail; reload: () => void }) {
  const { messages } = useAdmin();
  const { detail, room } = props;
  const saved = () => {
    props.reload();
    // The form says "Saved." itself, where the secretariat is looking.
    props.onChanged('');
  };
  return (
    <>
      {detail.status === 'scheduled' && (
        <MeetingEditor
          room={room}
          mode="scheduled"
          meetingId={detail.meetingId}
          initial={draftFromSetup(detail.setup)}
          baseline={detail.setup}
          onSaved={saved}
        />
      )}
      {detail.status === 'open' && detail.state && (
        <>
          <p className="admin-notice">{messages.openMeetingNotice}</p>
          <MeetingEditor
            room={room}
            mode="open"
            meetingId={detail.meetingId}
            initial={draftFromSetup(openMeetingSetup(detail.setup, detail.state))}
            baseline={openMeetingSetup(detail.setup, detail.state)}
            state={detail.state}
            onSaved={saved}
          />
        </>
      )}
      {detail.status === 'adjourned' && <MeetingSummary detail={detail} />}
      {detail.status !== 'scheduled' && <MeetingRecord room={room} detail={detail} />}
      <MeetingActions {...props} />
    </>
  );
}

const noMeeting = (): Promise<ApiResult<null>> => Promise.resolve({ ok: true, value: null });

export function MeetingPage(
  props: PageProps & {
    meetingId: string | undefined;
    /** What the last change did (the calendar's status line), beside the way back. */
    done?: ReactNode;
  },
) {
  const { api, messages } = useAdmin();
  const { room, meetingId } = props;
  const clock = useClientClock();
  const { loaded, reload } = useLoaded(meetingId ?? '', () =>
    meetingId === undefined ? noMeeting() : api.meeting(room.roomId, meetingId),
  );
  return (
    <div className="admin-meeting-page">
      <div className="chair-toolbar">
        <button type="button" onClick={() => props.onShow(undefined)}>
          {messages.backToCalendar}
        </button>
        {props.done}
      </div>
      <Loading loaded={loaded}>
        {(detail) =>
          detail === null ? (
            <>
              <FocusedHeading className="admin-page-title" focus>
                {messages.newMeetingHeading}
              </FocusedHeading>
              <MeetingEditor
                room={room}
                mode="new"
                // A new meeting starts tomorrow, on the room's calendar.
                initial={{
                  draft: newDraft(addDays(localDateAt(clock(), room.timeZone), 1)),
                  lists: [[]],
                }}
                onSaved={(created) => {
                  props.onChanged(format(messages.scheduled, { id: created ?? '' }));
                  props.onShow(created);
                }}
                onCancel={() => props.onShow(undefined)}
              />
            </>
          ) : (
            <>
              <FocusedHeading className="admin-page-title" focus key={detail.meetingId}>
                <bdi>{detail.title}</bdi>{' '}
                <span className="admin-badge" data-status={detail.status}>
                  {messages.meetingStatus[detail.status]}
                </span>
              </FocusedHeading>
              <ExistingMeeting
                key={`${detail.meetingId} ${detail.status}`}
                {...props}
                detail={detail}
                reload={reload}
              />
            </>
          )
        }
      </Loading>
    </div>
  );
}
