import { useId, useState, type FormEvent } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { useChair } from '../chair-context.tsx';
import { readClockTime } from '../typed-time.ts';
import { ConfirmBar } from './ConfirmBar.tsx';

/** Suspending (with the time to resume, room time), resuming, and adjourning after a confirmation. */
export function SuspensionControls() {
  const { store, run, note: say, messages } = useChair();
  const kind = useRoomSlice(store, (s) => s.room?.status.kind);
  const [resumeAt, setResumeAt] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const timeId = useId();
  const noteId = useId();
  const adjourned = kind === 'adjourned';
  const suspend = async (event: FormEvent) => {
    event.preventDefault();
    const time = readClockTime(resumeAt);
    if (time === undefined) {
      say(messages.invalidTime);
      return;
    }
    const ack = await run({
      type: 'suspendMeeting',
      ...(time !== '' && { resumesAt: time }),
      ...(note.trim() !== '' && { note: note.trim() }),
    });
    if (ack.ok) setNote('');
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
            value={resumeAt}
            onChange={(e) => setResumeAt(e.target.value)}
          />
        </div>
        <div className="chair-field">
          <label htmlFor={noteId}>{messages.note}</label>
          <input
            id={noteId}
            value={note}
            maxLength={300}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
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
