import { useState, type FormEvent } from 'react';
import type { MeetingDetail, RoomSummary } from '../../../../shared/protocol.ts';
import { useAdmin } from '../admin-context.tsx';
import { sittingLabel, sittingsMovedTo } from '../calendar-model.ts';
import { fieldOfPath } from '../field-of-path.ts';
import { refusalError, type FieldError } from '../field-errors.ts';
import { ErrorText } from './ErrorText.tsx';
import { Field } from './Field.tsx';

/**
 * A copy of the meeting on another date: the same settings, segments and lists, its sittings
 * moved so that the first falls on the date chosen (a meeting on two days stays on two days).
 */
export function CopyMeeting(props: {
  room: RoomSummary;
  detail: MeetingDetail;
  onCopied: (meetingId: string) => void;
  onCancel: () => void;
}) {
  const { api, messages, language } = useAdmin();
  const { detail, room } = props;
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, FieldError>>({});
  const [busy, setBusy] = useState(false);
  const sittings = /^\d{4}-\d\d-\d\d$/.test(date) ? sittingsMovedTo(detail.sittings, date) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sittings.length === 0) {
      setErrors({ date: { text: messages.problems.required } });
      return;
    }
    setBusy(true);
    const copied = await api.copyMeeting(room.roomId, detail.meetingId, sittings);
    setBusy(false);
    if (copied.ok) {
      props.onCopied(copied.value.meetingId);
      return;
    }
    // A sitting at fault is shown at its line ('sittings.1', whatever part of it); the rest under
    // the date.
    const sitting = /^sittings\.\d+/.exec(fieldOfPath(copied.error.path).field)?.[0];
    setErrors({ [sitting ?? 'date']: refusalError(copied.error, messages) });
  };

  return (
    <form
      className="admin-copy"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={messages.copyMeeting}
    >
      <h4>{messages.copyHeading}</h4>
      <p className="chair-field-hint">{messages.copyHelp}</p>
      <Field
        label={messages.fields.copyDate}
        name="date"
        type="date"
        value={date}
        onChange={(next) => {
          setDate(next);
          setErrors({});
        }}
        error={errors.date}
        required
      />
      {sittings.length > 0 && (
        <ol className="admin-copy-sittings" aria-label={messages.copySittings}>
          {sittings.map((s, index) => {
            const error = errors[`sittings.${index}`];
            return (
              <li key={`${s.date} ${s.start}`}>
                {sittingLabel(s, language)}
                {error && <ErrorText error={error} />}
              </li>
            );
          })}
        </ol>
      )}
      <div className="chair-buttons">
        <button type="submit" className="chair-strong" disabled={busy}>
          {messages.copyConfirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
