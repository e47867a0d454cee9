import { useId, useState, type FormEvent } from 'react';
import { useRoomSlice } from '../../../app/use-room.ts';
import { format } from '../../../i18n/format.ts';
import { useChair } from '../chair-context.tsx';
import { useMeetingClosed } from '../use-closed.ts';

/** The longest announcement the hub takes. */
const MAX_ANNOUNCEMENT = 500;

/** A message from the chair on the wall (and the phones), and clearing it. */
export function AnnouncementForm() {
  const { store, run, messages } = useChair();
  const current = useRoomSlice(store, (s) => s.room?.announcement);
  const closed = useMeetingClosed();
  const [text, setText] = useState('');
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The wall shows one paragraph, and the hub takes no line breaks (clean text): Enter in the
    // box becomes a space.
    const ack = await run({ type: 'announce', text: text.replace(/\s*[\r\n]+\s*/g, ' ') });
    if (ack.ok) setText('');
  };
  return (
    <section className="chair-card" aria-label={messages.announcementHeading}>
      <h3>{messages.announcementHeading}</h3>
      {/* Read, not changed, once the meeting is adjourned (the hub takes only undo). */}
      <fieldset className="chair-plain" disabled={closed}>
        {current && (
          <div className="chair-now chair-announcement-now">
            <p>
              <bdi>{format(messages.announcementNow, { text: current.text })}</bdi>
            </p>
            <button type="button" onClick={() => void run({ type: 'clearAnnouncement' })}>
              {messages.clearAnnouncement}
            </button>
          </div>
        )}
        <form className="chair-meeting-form" onSubmit={(e) => void submit(e)}>
          <div className="chair-field">
            <label htmlFor={id}>{messages.announcementText}</label>
            <textarea
              id={id}
              rows={2}
              value={text}
              maxLength={MAX_ANNOUNCEMENT}
              onChange={(e) => setText(e.target.value)}
            />
            <p className="chair-field-hint" dir="ltr">
              {text.length} / {MAX_ANNOUNCEMENT}
            </p>
          </div>
          <div className="chair-buttons">
            <button type="submit" className="chair-strong" disabled={text.trim() === ''}>
              {messages.showAnnouncement}
            </button>
          </div>
        </form>
      </fieldset>
    </section>
  );
}
