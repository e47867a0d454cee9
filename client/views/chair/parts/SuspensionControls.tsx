import { useId, useState, type FormEvent } from 'react';
import { TEXT_LIMITS } from '../../../../shared/domain/text-limits.ts';
import type { Translations } from '../../../../shared/domain/types.ts';
import { resolveTimeOfDay } from '../../../../shared/time-of-day.ts';
import { localDateAt } from '../../../../shared/zoned-time.ts';
import { givenVersions } from '../../../../shared/domain/versions.ts';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { TranslationFields } from '../../../view-kit/TranslationFields.tsx';
import { useServerNowEverySecond } from '../../../view-kit/use-server-now.ts';
import { useChair } from '../chair-context.tsx';
import { readClockTime } from '../typed-time.ts';
import { useMeetingClosed } from '../use-closed.ts';
import { ConfirmBar } from './ConfirmBar.tsx';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * What a typed time to resume means, by the hub's own rule (resolveTimeOfDay): nothing to say
 * when it is today; "tomorrow at 16:12" when it is the next day; a warning when the hub will
 * refuse it. Its own component, so that the second-by-second clock re-renders only this line.
 */
function ResumeHint(props: { time: string }) {
  const { store } = useChair();
  const { texts } = useScreen<ChairMessages>();
  const meeting = useRoomSlice(store, (s) => s.room?.meeting);
  const now = useServerNowEverySecond(store);
  if (!meeting) return null;
  const at = resolveTimeOfDay(props.time, now, meeting);
  let hint: string | undefined;
  if (at === undefined) hint = texts.resumeTimeGone;
  else if (localDateAt(at, meeting.timeZone) !== localDateAt(now, meeting.timeZone)) {
    hint = texts.resumesTomorrow;
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
  const { store, run, note: say } = useChair();
  const { texts, language } = useScreen<ChairMessages>();
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
      say(texts.invalidTime);
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
    <section className="chair-card" aria-label={texts.suspendHeading}>
      <h3>{texts.suspendHeading}</h3>
      <form className="chair-meeting-form chair-suspend" onSubmit={(e) => void suspend(e)}>
        <div className="chair-field">
          <label htmlFor={timeId}>{texts.resumeAt}</label>
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
          <label htmlFor={noteId}>{texts.note}</label>
          <input
            id={noteId}
            disabled={adjourned}
            value={note}
            maxLength={TEXT_LIMITS.note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <TranslationFields
          label={texts.noteTranslations}
          hint={texts.translationsHint}
          name="noteTranslations"
          value={versions}
          onChange={setVersions}
          reader={language}
          maxLength={TEXT_LIMITS.note}
          disabled={adjourned}
        />
        <div className="chair-buttons">
          <button type="submit" className="chair-strong" disabled={adjourned}>
            {texts.suspend}
          </button>
          <button
            type="button"
            disabled={kind !== 'suspended'}
            onClick={() => void run({ type: 'resumeMeeting' })}
          >
            {texts.resume}
          </button>
        </div>
      </form>
      <h3>{texts.adjournHeading}</h3>
      {confirming ? (
        <ConfirmBar
          question={texts.confirmAdjourn}
          confirm={texts.adjournHeading}
          cancel={texts.cancel}
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
            {texts.adjourn}
          </button>
        </div>
      )}
    </section>
  );
}
