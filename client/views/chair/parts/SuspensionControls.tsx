import { useId, useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import type { Translations } from '../../../../shared/domain/types.ts';
import { resolveTimeOfDay } from '../../../../shared/time-of-day.ts';
import { localDateAt } from '../../../../shared/zoned-time.ts';
import { givenVersions } from '../../../../shared/domain/versions.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { TranslationFields } from '../../../shared-ui/TranslationFields.tsx';
import { useServerNowEverySecond } from '../../../shared-ui/use-server-now.ts';
import { useChair } from '../chair-context.tsx';
import { readClockTime } from '../typed-time.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { ConfirmBar } from './ConfirmBar.tsx';

/**
 * What a typed time to resume means, by the hub's own rule (resolveTimeOfDay): nothing to say
 * when it is today; "tomorrow at 16:12" when it is the next day; a warning when the hub will
 * refuse it. Its own component, so that the second-by-second clock re-renders only this line.
 */
function ResumeHint(props: { time: string }) {
  const { store, messages } = useChair();
  const meeting = useRoomSlice(store, (s) => s.room?.meeting);
  const now = useServerNowEverySecond(store);
  if (!meeting) return null;
  const at = resolveTimeOfDay(props.time, now, meeting);
  let hint: string | undefined;
  if (at === undefined) hint = messages.resumeTimeGone;
  else if (localDateAt(at, meeting.timeZone) !== localDateAt(now, meeting.timeZone)) {
    hint = messages.resumesTomorrow;
  }
  if (!hint) return null;
  return (
    <p className="chair-field-hint" role="status">
      {format(hint, { time: props.time })}
    </p>
  );
}

/** Suspending (with the time to resume, room time), resuming, and adjourning after a confirmation. */
export function SuspensionControls() {
  const { store, run, note: say, messages, language } = useChair();
  const kind = useRoomSlice(store, (s) => s.room?.status.kind);
  const [resumeAt, setResumeAt] = useState('');
  const [note, setNote] = useState('');
  const [versions, setVersions] = useState<Translations>({});
  const [confirming, setConfirming] = useState(false);
  const timeId = useId();
  const noteId = useId();
  const adjourned = useMeetingClosed();
  const typed = readClockTime(resumeAt);
  const suspend = async (event: FormEvent) => {
    event.preventDefault();
    const time = readClockTime(resumeAt);
    if (time === undefined) {
      say(messages.invalidTime);
      return;
    }
    const noteTranslations = givenVersions(versions);
    const ack = await run({
      type: 'suspendMeeting',
      ...(time !== '' && { resumesAt: time }),
      ...(note.trim() !== '' && { note: note.trim() }),
      ...(Object.keys(noteTranslations).length > 0 && { noteTranslations }),
    });
    if (ack.ok) {
      setNote('');
      setVersions({});
    }
  };
  return (
    <section className="chair-card" aria-label={messages.suspendHeading}>
      <h3>{messages.suspendHeading}</h3>
      <form className="chair-meeting-form chair-suspend" onSubmit={(e) => void suspend(e)}>
        <div className="chair-field">
          <label htmlFor={timeId}>{messages.resumeAt}</label>
          {/* Text, not type=time: the room's clock is a 24-hour one, whatever the browser's. */}
          <input
            id={timeId}
            inputMode="numeric"
            autoComplete="off"
            placeholder="15:00"
            disabled={adjourned}
            value={resumeAt}
            onChange={(e) => setResumeAt(e.target.value)}
          />
          {typed !== undefined && typed !== '' && !adjourned && <ResumeHint time={typed} />}
        </div>
        <div className="chair-field">
          <label htmlFor={noteId}>{messages.note}</label>
          <input
            id={noteId}
            disabled={adjourned}
            value={note}
            maxLength={TEXT_LIMITS.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <TranslationFields
          label={messages.noteTranslations}
          hint={messages.translationsHint}
          name="noteTranslations"
          value={versions}
          onChange={setVersions}
          reader={language}
          maxLength={TEXT_LIMITS.note}
          disabled={adjourned}
        />
        <div className="chair-buttons">
          <button type="submit" className="chair-strong" disabled={adjourned}>
            {messages.suspend}
          </button>
          <button
            type="button"
            disabled={kind !== 'suspended'}
            onClick={() => void run({ type: 'resumeMeeting' })}
          >
            {messages.resume}
          </button>
        </div>
      </form>
      <h3>{messages.adjournHeading}</h3>
      {confirming ? (
        <ConfirmBar
          question={messages.confirmAdjourn}
          confirm={messages.adjournHeading}
          cancel={messages.cancel}
          onConfirm={() => {
            setConfirming(false);
            void run({ type: 'adjournMeeting' });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="chair-buttons">
          <button
            type="button"
            className="chair-danger"
            disabled={adjourned}
            onClick={() => setConfirming(true)}
          >
            {messages.adjourn}
          </button>
        </div>
      )}
    </section>
  );
}
